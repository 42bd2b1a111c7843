// --format rdjson: the Reviewdog Diagnostic Format (reviewdog/reviewdog proto/rdf/reviewdog.proto),
// one DiagnosticResult document, for `reviewdog -f=rdjson`. Fixes and suggestions both become the
// diagnostic's `suggestions` (reviewdog's reporters post them as suggested changes). rdf counts
// columns in UTF-8 bytes of the file (its example: in 'a𐐀b' the column of b is 6), ours in UTF-16
// code units: each position is converted on its line's text, a byte order mark counting on line 1.
import type { Finding, Report, TextEdit } from '../engine/findings.js';
import { README_URL, REPOSITORY_URL, TOOL_NAME } from '../tool-info.js';

/** A checked file's text as the engine saw it, and whether the file starts with a byte order mark. */
export interface SourceText {
  text: string;
  bom: boolean;
}

export interface RdjsonOptions {
  /** The text of a file of the report (undefined when it cannot be read: columns are then left in UTF-16 units). */
  source: (path: string) => SourceText | undefined;
  readmeUrl?: string;
}

interface RdfPosition {
  line: number;
  column: number;
}

interface RdfRange {
  start: RdfPosition;
  end: RdfPosition;
}

/** UTF-8 byte columns of one file's positions. */
class ByteColumns {
  private readonly starts: number[] = [0];

  constructor(private readonly source: SourceText | undefined) {
    const text = source?.text ?? '';
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(line: number, column: number): RdfPosition {
    const start = this.starts[line - 1];
    if (this.source === undefined || start === undefined) return { line, column };
    const before = this.source.text.slice(start, start + column - 1);
    return { line, column: Buffer.byteLength(before, 'utf8') + 1 + (line === 1 && this.source.bom ? 3 : 0) };
  }

  range(r: Pick<TextEdit, 'line' | 'column' | 'endLine' | 'endColumn'>): RdfRange {
    return { start: this.position(r.line, r.column), end: this.position(r.endLine, r.endColumn) };
  }
}

function diagnostic(path: string, f: Finding, columns: ByteColumns, readme: string): object {
  // One suggestion per edit: our fixes have one edit each, and reviewdog posts a suggestion only
  // when its lines are the comment's.
  const edits = [...(f.fix?.edits ?? []), ...(f.suggestion?.edits ?? [])];
  return {
    message: f.message,
    location: { path, range: columns.range(f) },
    severity: f.severity === 'error' ? 'ERROR' : 'WARNING',
    code: { value: f.rule, url: `${readme}#${f.rule}` },
    ...(edits.length > 0 ? { suggestions: edits.map((e) => ({ range: columns.range(e), text: e.text })) } : {}),
  };
}

export function buildRdjson(report: Report, options: RdjsonOptions): object {
  const readme = options.readmeUrl ?? README_URL;
  const diagnostics: object[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const columns = new ByteColumns(options.source(file.path));
    for (const f of file.findings) diagnostics.push(diagnostic(file.path, f, columns, readme));
  }
  return { source: { name: TOOL_NAME, url: REPOSITORY_URL }, diagnostics };
}

export function formatRdjson(report: Report, options: RdjsonOptions): string {
  return JSON.stringify(buildRdjson(report, options), null, 2) + '\n';
}

export interface RdjsonStreamOptions {
  /** As RdjsonOptions.source, possibly read now: one file's text is held at a time. */
  source: (path: string) => SourceText | undefined | Promise<SourceText | undefined>;
  readmeUrl?: string;
}

/**
 * formatRdjson's text in pieces, one file's diagnostics at a time (text-stream.ts): each file's
 * text is asked for when its diagnostics are written, and dropped after.
 */
export async function* rdjsonChunks(report: Report, options: RdjsonStreamOptions): AsyncGenerator<string> {
  const readme = options.readmeUrl ?? README_URL;
  const files = report.files.filter((f) => f.findings.length > 0);
  // The document without its diagnostics, then each diagnostic indented as JSON.stringify would.
  const shell = formatRdjson({ ...report, files: [] }, { source: () => undefined });
  if (files.length === 0) {
    yield shell;
    return;
  }
  yield shell.slice(0, shell.lastIndexOf('[]')) + '[';
  let first = true;
  for (const file of files) {
    const columns = new ByteColumns(await options.source(file.path));
    let piece = '';
    for (const f of file.findings) {
      piece += (first ? '\n    ' : ',\n    ') + JSON.stringify(diagnostic(file.path, f, columns, readme), null, 2).replace(/\n/g, '\n    ');
      first = false;
    }
    yield piece;
  }
  yield '\n  ]\n}\n';
}
