// Compiler-style text: `path:line:column: severity rule message`, then, with profiles, one
// QuickLaunch line per manifest, then a one-line summary.
import type { Report } from '../findings.js';
import { displayPath } from '../text/describe.js';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface TextOptions {
  /** The profiles asked about (`--profiles`): adds who sees each manifest in QuickLaunch. */
  profiles?: readonly number[];
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const path = displayPath(file.path);
    for (const f of file.findings) lines.push(`${path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}`);
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
