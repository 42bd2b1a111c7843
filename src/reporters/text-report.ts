// Compiler-style text: `path:line:column: severity rule message` (and, past the listing limit,
// `path: 523,266 more range errors not listed (…)`), then, with profiles, one QuickLaunch line per
// manifest, then a one-line summary.
import { MAX_LISTED_PER_RULE, type Omitted, type Report } from '../findings.js';
import { displayPath } from '../text/describe.js';

/** A count for a sentence, thousands grouped: "1,000". */
export const count = (n: number): string => n.toLocaleString('en-US');

/** "1 error", "1,503 errors": counts in words are grouped as count() groups them, everywhere. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
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
      const seen = visible.length > 0 ? `visible to profile${visible.length === 1 ? '' : 's'} ${visible.join(', ')}` : 'visible to none of the profiles';
      lines.push(`QuickLaunch ${displayPath(file.path)}: ${seen}${visible.length > 0 && hidden.length > 0 ? `; not to ${hidden.join(', ')}` : ''}`);
    }
  }
  const { manifests, errors, warnings } = report.summary;
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}`);
  return lines.join('\n') + '\n';
}
