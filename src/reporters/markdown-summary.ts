// The Markdown summary shown as the job summary and as the check run's summary: counts, a table per
// file (line, rule, message) and, with profiles, a manifest x profile QuickLaunch table. It is cut,
// with a note, before `maxChars` (GitHub: 65,535 for a check run, 1 MiB for a job summary).
import type { Report } from '../findings.js';
import { plural } from './text-report.js';

export interface SummaryOptions {
  maxChars: number;
  /** The profiles input, for the QuickLaunch table. */
  profiles?: readonly number[];
  /** Help links base (README), for rule ids. */
  readmeUrl?: string;
  /** Where the complete list is when the summary is cut. */
  moreAt?: string;
}

/** "3 errors in 2 of 14 manifests", "2 warnings in 1 of 3 manifests", "14 manifests, no problems". */
export function reportTitle(report: Report): string {
  const { manifests, errors, warnings } = report.summary;
  if (manifests === 0) return 'No LivePerson manifests found';
  const withErrors = report.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  if (errors > 0) {
    return `${plural(errors, 'error')}${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''} in ${withFindings === withErrors ? withErrors : withFindings} of ${plural(manifests, 'manifest')}`;
  }
  if (warnings > 0) return `${plural(warnings, 'warning')} in ${withFindings} of ${plural(manifests, 'manifest')}`;
  return `${plural(manifests, 'manifest')} checked, no problems`;
}

export function escapeCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/`/g, '\\`');
}

export function formatMarkdownSummary(report: Report, options: SummaryOptions): string {
  const icon = report.summary.errors > 0 ? '❌' : report.summary.warnings > 0 ? '⚠️' : '✅';
  const head: string[] = [`## ${icon} LivePerson manifests: ${reportTitle(report)}`, ''];
  head.push(`| manifests | errors | warnings |`, `|---:|---:|---:|`, `| ${report.summary.manifests} | ${report.summary.errors} | ${report.summary.warnings} |`, '');

  const sections: string[] = [];
  const profiles = options.profiles ?? [];
  if (profiles.length > 0 && report.files.length > 0) {
    const rows = [`### QuickLaunch visibility`, '', `| manifest | ${profiles.map((p) => `profile ${p}`).join(' | ')} |`, `|---|${profiles.map(() => ':---:').join('|')}|`];
    for (const f of report.files) {
      const visible = f.quickLaunch?.visibleTo ?? [];
      rows.push(`| \`${escapeCell(f.path)}\` | ${profiles.map((p) => (visible.includes(p) ? '✅' : '—')).join(' | ')} |`);
    }
    sections.push(rows.join('\n') + '\n');
  }
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = [`### ${file.valid ? '⚠️' : '❌'} \`${escapeCell(file.path)}\``, '', '| line | severity | rule | message |', '|---:|---|---|---|'];
    for (const f of file.findings) {
      const rule = options.readmeUrl ? `[\`${f.rule}\`](${options.readmeUrl}#${f.rule})` : `\`${f.rule}\``;
      rows.push(`| ${f.line}:${f.column} | ${f.severity} | ${rule} | ${escapeCell(f.message)} |`);
    }
    sections.push(rows.join('\n') + '\n');
  }

  let out = head.join('\n');
  const reserve = 400;
  let cut = 0;
  for (const section of sections) {
    if (cut === 0 && out.length + section.length + 1 <= options.maxChars - reserve) out += '\n' + section;
    else cut++;
  }
  if (cut > 0) {
    out += `\n> **Summary cut:** ${plural(cut, 'more section')} did not fit. Every finding is in ${options.moreAt ?? 'the log and the JSON report'}.\n`;
  }
  return out.length > options.maxChars ? out.slice(0, options.maxChars) : out;
}
