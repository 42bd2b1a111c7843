// Workflow-command annotations (`::error file=…,line=…::message`), as plain data: the action hands
// each to @actions/core (core.error / core.warning / core.notice), the command line's
// `--format github` prints them as commands. GitHub shows 10 errors and 10 warnings per step; past
// that a notice says how many are not shown and where they all are. Messages are `logSafe`: a
// command's data is one line already (escaped below or by @actions/core), and no invisible
// character or `##[` from a manifest reaches the log through it either. The `file` property is
// the real path, or the annotation would not attach to the file: it cannot break the command (its
// `:` and `,` are escaped, and the runner parses a line that starts with `::error ` as that command).
import type { Finding, Report } from '../engine/findings.js';
import { logSafe } from './log-safe.js';
import { plural } from './text-report.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10;

/** The annotation properties of a workflow command (the names @actions/core's AnnotationProperties uses). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: AnnotationProperties;
}

/** Columns only when the finding is on one line (GitHub ignores them otherwise). */
export function annotationOf(path: string, f: Finding): Annotation {
  const properties: AnnotationProperties = { title: `${f.rule} (LivePerson manifest)`, file: path, startLine: f.line, endLine: f.endLine };
  if (f.line === f.endLine) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  return { level: f.severity, message: logSafe(f.message), properties };
}

/** One annotation per finding, in report order. */
export function annotations(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const file of report.files) for (const f of file.findings) out.push(annotationOf(file.path, f));
  return out;
}

export interface AnnotationOptions {
  /** Where the full list is, for the "more than 10" notice. */
  moreAt?: string;
}

/** The notice that GitHub will not display every annotation, when there are more than it shows. */
export function tooManyAnnotationsNotice(report: Report, options: AnnotationOptions = {}): Annotation | undefined {
  const { errors, warnings } = report.summary;
  const hidden = Math.max(0, errors - ANNOTATIONS_SHOWN_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_SHOWN_PER_LEVEL);
  if (hidden === 0) return undefined;
  const where = options.moreAt ?? 'the job summary and the log';
  return {
    level: 'notice',
    message: logSafe(
      `${plural(errors, 'error')} and ${plural(warnings, 'warning')} found; GitHub displays only ${ANNOTATIONS_SHOWN_PER_LEVEL} errors and ${ANNOTATIONS_SHOWN_PER_LEVEL} warnings per step, so ${plural(hidden, 'finding')} are not shown as annotations here. Every finding is in ${where}.`,
    ),
    properties: { title: 'More findings than annotations' },
  };
}

// --- As text, for the command line's --format github (the action uses @actions/core instead) ---

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The names workflow commands use for the properties (as @actions/core writes them). */
const COMMAND_PROPERTY: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

export function formatCommand(a: Annotation): string {
  const list = (Object.keys(COMMAND_PROPERTY) as (keyof AnnotationProperties)[])
    .filter((k) => a.properties[k] !== undefined)
    .map((k) => `${COMMAND_PROPERTY[k]}=${escapeProperty(String(a.properties[k]))}`)
    .join(',');
  return `::${a.level}${list ? ' ' + list : ''}::${escapeData(a.message)}`;
}

/** Every annotation as a workflow command, and the notice when GitHub will not display them all. */
export function annotationCommands(report: Report, options: AnnotationOptions = {}): string[] {
  const all = annotations(report);
  const notice = tooManyAnnotationsNotice(report, options);
  if (notice !== undefined) all.push(notice);
  return all.map(formatCommand);
}
