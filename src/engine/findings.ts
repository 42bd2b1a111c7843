// Findings are plain data. A rule first produces a PendingFinding that names *what* is wrong by JSON
// pointer; the engine then places it on the exact token (line and column) from the source text.
import type { RuleId, Severity } from '../rules/catalogue.js';
import type { AccountReport } from '../reporters/account-report.js';

export type { RuleId, Severity };

/** Which token of the value at `pointer` the finding is about. */
export type Target =
  | 'key' // the property name (unknown-property, duplicate-key, server-field, unknown-event)
  | 'value' // the whole value
  | 'open-brace'; // the first character of the value: `{` for `required`

export interface Span {
  /** UTF-16 offsets into the file's text, end exclusive. */
  start: number;
  end: number;
}

export interface PendingFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** RFC 6901 pointer of the value or key; "" for the whole document. */
  pointer: string;
  target: Target;
  /** Set when the rule already knows the exact characters (e.g. invalid-json, duplicate-key). */
  span?: Span;
  /** A correction that is certain (applied by --fix); see docs in README "Fixes". */
  fix?: PendingFix;
  /** A correction that needs a person's judgement (offered, never applied by --fix). */
  suggestion?: PendingFix;
}

/**
 * What a rule wants changed, as data: the engine's resolver (src/json/edit-ops.ts) turns each
 * operation into exact edits from the parsed tokens' positions.
 */
export type EditOp =
  /** Rename the key of the member at `pointer` (the last of a repeated key, as JSON.parse keeps it). */
  | { op: 'rename-key'; pointer: string; to: string }
  /** Replace the value at `pointer` with `json` (JSON text). */
  | { op: 'replace-value'; pointer: string; json: string }
  /** Remove the member at `pointer` with one adjacent comma; `keyOffset` picks one of a repeated key (its key's first character). */
  | { op: 'remove-member'; pointer: string; keyOffset?: number }
  /** Remove the array item at `pointer` with one adjacent comma. */
  | { op: 'remove-item'; pointer: string }
  /** Put the value at `pointer` in an array of one item. */
  | { op: 'wrap-in-array'; pointer: string }
  /** Delete these characters (text that does not parse: a trailing comma). */
  | { op: 'delete'; span: Span };

export interface PendingFix {
  /** What the fix does, for a person: `rename "clientName" to "client_name"`. */
  description: string;
  ops: EditOp[];
}

/** One replacement: the characters from (line, column) to (endLine, endColumn), end exclusive, become `text`. */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface Fix {
  description: string;
  /** Never overlapping, in file order. */
  edits: TextEdit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  pointer: string;
  /** 1-based; columns count UTF-16 code units, like editors and SARIF's default; end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A certain correction (absent when there is none). */
  fix?: Fix;
  /** A correction that needs judgement (absent when there is none). */
  suggestion?: Fix;
}

/**
 * A profile id: a positive 64-bit integer (LivePerson's profile ids are Java longs), 1 to
 * 9223372036854775807. A number up to Number.MAX_SAFE_INTEGER (9007199254740991); above that, a
 * JavaScript number cannot hold every id exactly, so the id is its decimal digits as a string.
 * Either way one id has one representation: `===` and Set compare ids exactly.
 */
export type ProfileId = number | string;

export interface QuickLaunchStatus {
  /** quick_launch_enabled is true. */
  enabled: boolean;
  /** enabled, a non-empty entry_uri, at least one profile, and the app not disabled. */
  ready: boolean;
  /** The manifest's enabled_for_profiles: the valid profile ids only, each once. */
  profiles: ProfileId[];
  /** With the `profiles` input: those of the listed profiles that will see the app in QuickLaunch. */
  visibleTo?: ProfileId[];
}

/**
 * At most this many findings of one rule are listed per file (like a compiler's error limit); the
 * rest are counted in FileResult.omitted. A 1 MiB file can hold a million findings: listed, they
 * would make a 250 MB report and a million log lines, and take seconds to place and print.
 */
export const MAX_LISTED_PER_RULE = 1000;

/**
 * At most this many findings are listed in one run, whatever the number of files (the run's listing
 * budget); past it, each file still lists its first finding, and the rest are counted in
 * FileResult.omitted. 300 files at the per-rule limit of three rules listed 900,000 findings: 3 GB
 * of memory, and a JSON report longer than JavaScript's longest string.
 */
export const MAX_LISTED_PER_RUN = 10_000;

/** Findings of one rule and severity (after the overrides) that a file has but does not list. */
export interface Omitted {
  rule: RuleId;
  severity: Severity;
  count: number;
  /** 'run': not listed because the run's budget (MAX_LISTED_PER_RUN) was spent; absent: the per-file limit of the rule. */
  limit?: 'run';
}

export interface FileResult {
  /** Workspace-relative POSIX path; quoted as git quotes it when it is not the name's UTF-8 (see pathBytes). */
  path: string;
  /**
   * The name's bytes, base64, when `path` is quoted: a name that is not valid UTF-8 (`"caf\351.json"`
   * for a Latin-1 café.json), or one that starts with `"`. Absent otherwise (`path` is the name).
   */
  pathBytes?: string;
  /** No finding is an error, listed or omitted. */
  valid: boolean;
  quickLaunch: QuickLaunchStatus | null;
  /** The listed findings: at most MAX_LISTED_PER_RULE of each rule, the first the checks produced. */
  findings: Finding[];
  /** The findings past MAX_LISTED_PER_RULE (or the run's MAX_LISTED_PER_RUN), counted by rule and severity; absent when none are. */
  omitted?: Omitted[];
}

export interface Summary {
  manifests: number;
  errors: number;
  warnings: number;
  valid: boolean;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  summary: Summary;
  files: FileResult[];
  /** The account checks (liveperson-account), when asked for. */
  account?: AccountReport;
}

/** JSON pointer helpers (RFC 6901). */
export function pointerFrom(segments: readonly (string | number)[]): string {
  // Called for every value a rule looks at: escape only segments that need it.
  let pointer = '';
  for (const segment of segments) {
    const s = String(segment);
    pointer += s.includes('~') || s.includes('/') ? '/' + s.replace(/~/g, '~0').replace(/\//g, '~1') : '/' + s;
  }
  return pointer;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return segments;
  return segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

/** Every finding is counted: the listed ones and those past the listing limit. */
export function summarize(files: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const f of file.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
    for (const o of file.omitted ?? []) {
      if (o.severity === 'error') errors += o.count;
      else warnings += o.count;
    }
  }
  return { manifests: files.length, errors, warnings, valid: errors === 0 };
}
