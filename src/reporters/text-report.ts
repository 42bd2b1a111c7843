// Compiler-style text: `path:line:column: severity rule message`, then a one-line summary.
import type { Report } from '../findings.js';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) lines.push(`${file.path}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}`);
  }
  const { manifests, errors, warnings } = report.summary;
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(manifests, 'manifest')}`);
  return lines.join('\n') + '\n';
}
