// Compiler-style text: `path:line:column: severity rule message` (and, past the listing limit,
// `path: 523,266 more range errors not listed (…)`), then, with profiles, one QuickLaunch line per
// manifest, then a one-line summary.
import { MAX_LISTED_PER_RULE, type Omitted, type Report } from '../findings.js';
import { displayPath } from '../text/describe.js';
import { accountText, profileText } from './account-report.js';

/** A count for a sentence, thousands grouped: "1,000". */
export const count = (n: number): string => n.toLocaleString('en-US');

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "523,266 more range errors not listed (at most 1,000 of one rule per file)": what every report says of FileResult.omitted. */
export function omittedNote(o: Omitted): string {
  return `${count(o.count)} more ${o.rule} ${o.severity}${o.count === 1 ? '' : 's'} not listed (at most ${count(MAX_LISTED_PER_RULE)} of one rule per file)`;
}

export interface TextOptions {
  /** The profiles asked about (`--profiles`): adds who sees each manifest in QuickLaunch. */
  profiles?: readonly number[];
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue; // (most files: their path is not escaped for nothing)
    const path = displayPath(file.path);
    for (const f of file.findings) lines.push(`${path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}`);
    for (const o of file.omitted ?? []) lines.push(`${path}: ${omittedNote(o)}`);
  }
  const profiles = options.profiles ?? [];
  if (profiles.length > 0) {
    for (const file of report.files) {
      const visible = file.quickLaunch?.visibleTo ?? [];
      const hidden = profiles.filter((p) => !visible.includes(p));
      const label = (ids: readonly number[]) => ids.map((id) => profileText(id, report.account)).join(', ');
      const seen = visible.length > 0 ? `visible to profile${visible.length === 1 ? '' : 's'} ${label(visible)}` : 'visible to none of the profiles';
      lines.push(`QuickLaunch ${displayPath(file.path)}: ${seen}${visible.length > 0 && hidden.length > 0 ? `; not to ${label(hidden)}` : ''}`);
    }
  }
  if (report.account !== undefined) lines.push(accountText(report.account).trimEnd());
  const { manifests, errors, warnings } = report.summary;
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}`);
  return lines.join('\n') + '\n';
}
