// The account checks in the reports: the JSON report's `account` member, lines for the text
// report, a section for the Markdown summaries. Names come from the account and the repository:
// untrusted, shown quoted in text and as code spans in Markdown, and the lists are bounded.
import type { ProfileId } from '../engine/findings.js';
import { compareWithInstalled, profileName, type AccountComparison, type AccountView } from '../semantic/account-facts.js';
import { displayPath, quote } from '../text/describe.js';
import { codeSpan } from './markdown-summary.js';
import { count } from './text-report.js';

/** The JSON report's `account` member. */
export interface AccountReport {
  account: string;
  /** Whether the account's profiles were read (unknown-profile and profile names ran). */
  profilesChecked: boolean;
  /** Whether the installed apps were compared (drift ran). */
  installedCompared: boolean;
  /** With compare-installed: installed apps no manifest checked has (by client_name). */
  installedNotInRepository?: AccountComparison['installedNotInRepository'];
  /** With compare-installed: manifests checked with no installed app of their client_name. */
  notYetInstalled?: AccountComparison['notYetInstalled'];
  /** What was asked for and not checked, and why (the run fails with it). */
  notChecked?: string;
  /** The names of the profiles asked about (the profiles input), by id, for the QuickLaunch tables. */
  profileNames?: Record<string, string>;
  /** Set when only the manifests of a pull request were checked: the other manifests were not seen. */
  onlyChanged?: boolean;
}

/** Items of each list shown in the text and Markdown reports; the JSON report has them all. */
export const MAX_LISTED_NAMES = 30;

export function accountReport(account: string, view: AccountView | undefined, notChecked: string | undefined, profiles: readonly ProfileId[] = [], onlyChanged = false): AccountReport {
  const out: AccountReport = { account, profilesChecked: view?.profiles !== undefined, installedCompared: view?.installations !== undefined };
  const names: Record<string, string> = {};
  for (const id of profiles) {
    const name = typeof id === 'number' ? view?.profiles?.get(id)?.name : undefined;
    if (name !== undefined && name.trim() !== '') names[String(id)] = name;
  }
  if (Object.keys(names).length > 0) out.profileNames = names;
  const comparison = view ? compareWithInstalled(view) : undefined;
  if (comparison) {
    // With only-changed, the manifests not in the pull request were not read: none is "not in the repository".
    if (!onlyChanged) out.installedNotInRepository = comparison.installedNotInRepository;
    out.notYetInstalled = comparison.notYetInstalled;
  }
  if (onlyChanged) out.onlyChanged = true;
  if (notChecked !== undefined) out.notChecked = notChecked;
  return out;
}

/** At most `max` code points, for a code span (names from the account may be any length). */
function clip(text: string, max = 80): string {
  const points = [...text.slice(0, max * 2 + 2)];
  return points.length > max ? points.slice(0, max).join('') + '…' : text;
}

function more(total: number): string {
  return total > MAX_LISTED_NAMES ? ` and ${count(total - MAX_LISTED_NAMES)} more (every one is in the JSON report)` : '';
}

function installedLabel(i: { clientName: string; id?: string }): string {
  return `${quote(i.clientName, 80)}${i.id === undefined ? '' : ` (id ${quote(i.id, 40)})`}`;
}

/** `42 (Agent Manager)` in a line of text, `42` without a name. */
export function profileText(id: ProfileId, r: AccountReport | undefined): string {
  const name = r?.profileNames?.[String(id)];
  return name === undefined ? String(id) : `${id} (${profileName(name)})`;
}

/** `42` and the name as a code span in Markdown (a table cell: pipes escaped). */
export function profileMarkdown(id: ProfileId, r: AccountReport | undefined): string {
  const name = r?.profileNames?.[String(id)];
  return name === undefined ? String(id) : `${id} ${codeSpan(clip(name, 60), true)}`;
}

/** Lines for the text report (and the log). */
export function accountText(r: AccountReport): string {
  const lines: string[] = [];
  const what = [r.profilesChecked ? 'profiles checked' : 'profiles not checked', ...(r.installedCompared ? ['installed apps compared'] : [])];
  lines.push(`LivePerson account ${r.account}: ${what.join(', ')}`);
  if (r.installedNotInRepository !== undefined) {
    const list = r.installedNotInRepository;
    lines.push(
      list.length === 0
        ? 'Installed in the account and not in the repository: none'
        : `Installed in the account and not in the repository (${list.length}): ${list.slice(0, MAX_LISTED_NAMES).map(installedLabel).join(', ')}${more(list.length)}`,
    );
  }
  if (r.notYetInstalled !== undefined) {
    const list = r.notYetInstalled;
    lines.push(
      list.length === 0
        ? 'Manifests not yet installed: none'
        : `Manifests not yet installed (${list.length}): ${list
            .slice(0, MAX_LISTED_NAMES)
            .map((m) => `${displayPath(m.path)} (${quote(m.clientName, 80)})`)
            .join(', ')}${more(list.length)}`,
    );
  }
  if (r.notChecked !== undefined) lines.push(`Not checked: ${r.notChecked}`);
  return lines.join('\n') + '\n';
}

/** A section for the job summary and the check run summary. */
export function accountMarkdown(r: AccountReport): string {
  const lines = ['', `### LivePerson account ${codeSpan(r.account)}`, ''];
  if (r.notChecked !== undefined) lines.push(`❌ **Not checked:** ${codeSpan(r.notChecked)}`, '');
  if (r.installedNotInRepository !== undefined) {
    const list = r.installedNotInRepository;
    lines.push(`**Installed in the account, not in the repository** (${list.length}):${list.length === 0 ? ' none' : ''}`, '');
    for (const i of list.slice(0, MAX_LISTED_NAMES)) lines.push(`- ${codeSpan(clip(i.clientName))}${i.id === undefined ? '' : ` (id ${codeSpan(clip(i.id, 40))})`}`);
    if (list.length > MAX_LISTED_NAMES) lines.push(`- and ${count(list.length - MAX_LISTED_NAMES)} more (every one is in the JSON report)`);
    if (list.length > 0) lines.push('');
  }
  if (r.notYetInstalled !== undefined) {
    const list = r.notYetInstalled;
    lines.push(`**Manifests not yet installed** (${list.length}):${list.length === 0 ? ' none' : ''}`, '');
    for (const m of list.slice(0, MAX_LISTED_NAMES)) lines.push(`- ${codeSpan(clip(m.path, 200))} (${codeSpan(clip(m.clientName))})`);
    if (list.length > MAX_LISTED_NAMES) lines.push(`- and ${count(list.length - MAX_LISTED_NAMES)} more (every one is in the JSON report)`);
    if (list.length > 0) lines.push('');
  }
  if (r.notChecked === undefined && r.installedNotInRepository === undefined && r.notYetInstalled === undefined) lines.push(r.profilesChecked ? 'Profiles checked.' : 'Profiles not checked.', '');
  return lines.join('\n');
}
