// GitHub workflow commands (`::error file=…,line=…::message`): the annotations of a step, written
// to stdout. Pure string building, so the command line's --format github uses it too.
import type { Finding, Report } from '../findings.js';
import { plural } from './text-report.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationCommand(path: string, f: Finding): string {
  const props: [string, string | number][] = [
    ['file', path],
    ['line', f.line],
    ['endLine', f.endLine],
  ];
  if (f.line === f.endLine) props.push(['col', f.column], ['endColumn', f.endColumn]);
  props.push(['title', `${f.rule} (LivePerson manifest)`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${f.severity} ${list}::${escapeData(f.message)}`;
}

export interface AnnotationOptions {
  /** Where the full list is, for the "more than 10" notice. */
  moreAt?: string;
}

/** One command per finding, and a notice when GitHub will not display them all. */
export function annotationCommands(report: Report, options: AnnotationOptions = {}): string[] {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of report.files) {
    for (const f of file.findings) {
      lines.push(annotationCommand(file.path, f));
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  }
  const hidden = Math.max(0, errors - ANNOTATIONS_SHOWN_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_SHOWN_PER_LEVEL);
  if (hidden > 0) {
    const where = options.moreAt ?? 'the job summary and the log';
    lines.push(
      `::notice title=More findings than annotations::${escapeData(`${plural(errors, 'error')} and ${plural(warnings, 'warning')} found; GitHub displays only ${ANNOTATIONS_SHOWN_PER_LEVEL} errors and ${ANNOTATIONS_SHOWN_PER_LEVEL} warnings per step, so ${plural(hidden, 'finding')} are not shown as annotations here. Every finding is in ${where}.`)}`,
    );
  }
  return lines;
}
