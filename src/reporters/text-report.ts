// Compiler-style text: `path:line:column: severity rule message` (and, past the listing limit,
// `path: 523,266 more range errors not listed (…)`), then, with profiles, one QuickLaunch line per
// manifest, then a one-line summary.
import { MAX_LISTED_PER_RULE, MAX_LISTED_PER_RUN, type Omitted, type ProfileId, type Report } from '../engine/findings.js';
import { displayPath } from '../text/describe.js';
import { joinChunks } from './text-stream.js';
import { accountText, profileText } from './account-report.js';

/**
 * A count for a sentence, thousands grouped: "1,000". What toLocaleString('en-US') gives, without
 * its first call's cost (loading the locale data, ~15 ms of a one-manifest run) for whole numbers.
 */
export const count = (n: number): string => (Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));

/** "1 error", "1,503 errors": counts in words are grouped as count() groups them, everywhere. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Why findings are not listed: the per-file limit of one rule, or the run's budget. */
export function listingLimitOf(o: Pick<Omitted, 'limit'>): string {
  return o.limit === 'run' ? `at most ${count(MAX_LISTED_PER_RUN)} in a run, then the first of each file` : `at most ${count(MAX_LISTED_PER_RULE)} of one rule per file`;
}

/**
 * "523,266 more range errors not listed (at most 1,000 of one rule per file)", or past the run's
 * budget "(at most 10,000 in a run, then the first of each file)": what every report says of FileResult.omitted.
 */
export function omittedNote(o: Omitted): string {
  return `${count(o.count)} more ${o.rule} ${o.severity}${o.count === 1 ? '' : 's'} not listed (${listingLimitOf(o)})`;
}

export interface TextOptions {
  /** The profiles asked about (`--profiles`): adds who sees each manifest in QuickLaunch. */
  profiles?: readonly ProfileId[];
}

/** The text report in pieces (text-stream.ts): one file's lines at a time, each piece whole lines. */
export function* textReportChunks(report: Report, options: TextOptions = {}): Generator<string> {
  for (const file of report.files) {
    if (file.findings.length === 0 && file.omitted === undefined) continue; // (most files: their path is not escaped for nothing)
    const path = displayPath(file.path);
    let piece = '';
    for (const f of file.findings) piece += `${path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}\n`;
    for (const o of file.omitted ?? []) piece += `${path}: ${omittedNote(o)}\n`;
    yield piece;
  }
  const profiles = options.profiles ?? [];
  if (profiles.length > 0) {
    for (const file of report.files) {
      const visible = file.quickLaunch?.visibleTo ?? [];
      const hidden = profiles.filter((p) => !visible.includes(p));
      const label = (ids: readonly ProfileId[]) => ids.map((id) => profileText(id, report.account)).join(', ');
      const seen = visible.length > 0 ? `visible to profile${visible.length === 1 ? '' : 's'} ${label(visible)}` : 'visible to none of the profiles';
      yield `QuickLaunch ${displayPath(file.path)}: ${seen}${visible.length > 0 && hidden.length > 0 ? `; not to ${label(hidden)}` : ''}\n`;
    }
  }
  if (report.account !== undefined) yield `${accountText(report.account).trimEnd()}\n`;
  const { manifests, errors, warnings } = report.summary;
  yield `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}\n`;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  return joinChunks(textReportChunks(report, options));
}
