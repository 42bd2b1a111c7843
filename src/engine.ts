// The validation engine: manifest paths in, per-file results out. Pure of GitHub: the action and the
// command line both call it. Per file: read -> JSON.parse -> schema + semantic rules; the
// position-aware parse runs only for files that have findings. One file's failure never stops the run.
import { join } from 'node:path';
import type { FileResult, Finding, PendingFinding, RuleId, Severity } from './findings.js';
import { compareFindings } from './findings.js';
import { countParsedKeys, parseJson, scanStructure } from './json/parse-json.js';
import { SourceMap } from './json/source-map.js';
import { LineIndex } from './json/text-positions.js';
import { quickLaunchStatus } from './quick-launch.js';
import { DEFAULT_MAX_FILE_BYTES, readManifestText } from './read-manifest-file.js';
import { describeRule } from './rules/catalogue.js';
import { schemaFindings } from './schema/schema-findings.js';
import { duplicateClientNames, type ClientNameEntry } from './semantic/duplicate-client-name.js';
import { MANIFEST_CHECKS } from './semantic/index.js';
import { isRecord, own } from './semantic/manifest-check.js';

export const DEPTH_LIMIT = 64;

export type SeverityOverrides = ReadonlyMap<RuleId, Severity | 'off'>;

export interface ValidationOptions {
  /** Absolute path of the workspace; manifest paths are relative to it. */
  workspaceRoot: string;
  profiles?: readonly number[];
  requireQuickLaunch?: boolean;
  severities?: SeverityOverrides;
  maxFileBytes?: number;
  /** Files read and checked at once. */
  concurrency?: number;
}

export interface ManifestInput {
  /** Workspace-relative POSIX path. */
  path: string;
  /** The text, when discovery already read it: what readManifestText would return for the file. */
  text?: string;
}

interface CheckedFile {
  result: FileResult;
  clientName?: string;
  /** The text given by the caller, if any (files read from disk are re-read only when needed). */
  givenText?: string;
}

function place(pending: PendingFinding, locate: (p: PendingFinding) => { start: number; end: number }, lines: LineIndex): Finding {
  const span = pending.span ?? locate(pending);
  const start = lines.position(span.start);
  const end = lines.position(Math.max(span.end, span.start));
  return {
    rule: pending.rule,
    severity: pending.severity,
    message: pending.message,
    pointer: pending.pointer,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function applySeverities(findings: Finding[], overrides: SeverityOverrides | undefined): Finding[] {
  if (!overrides || overrides.size === 0) return findings;
  const kept: Finding[] = [];
  for (const f of findings) {
    const override = overrides.get(f.rule);
    if (override === 'off') continue;
    kept.push(override ? { ...f, severity: override } : f);
  }
  return kept;
}

function finish(path: string, findings: Finding[], quickLaunch: FileResult['quickLaunch'], options: ValidationOptions): FileResult {
  const kept = applySeverities(findings, options.severities).sort(compareFindings);
  return { path, valid: !kept.some((f) => f.severity === 'error'), quickLaunch, findings: kept };
}

async function checkFile(input: ManifestInput, options: ValidationOptions): Promise<CheckedFile> {
  let text = input.text;
  if (text === undefined) {
    const read = await readManifestText(join(options.workspaceRoot, input.path), options.workspaceRoot, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if (!read.ok) return { result: finish(input.path, [place(read.finding, () => ({ start: 0, end: 0 }), new LineIndex(read.prefix ?? ''))], null, options) };
    text = read.text;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { result: finish(input.path, [place(parsed.finding, () => ({ start: 0, end: 0 }), new LineIndex(text))], null, options) };
  }
  const scan = scanStructure(text, DEPTH_LIMIT);
  if (scan.overDepthAt >= 0) {
    const tooDeep: PendingFinding = {
      rule: 'unreadable-file',
      severity: 'error',
      message: `JSON nests deeper than ${DEPTH_LIMIT} levels; a manifest needs at most 6`,
      pointer: '',
      target: 'value',
      span: { start: scan.overDepthAt, end: scan.overDepthAt + 1 },
    };
    return { result: finish(input.path, [place(tooDeep, () => tooDeep.span!, new LineIndex(text))], null, options) };
  }
  const manifest = parsed.value;
  const pending = schemaFindings(manifest);
  if (isRecord(manifest)) {
    const context = {
      manifest,
      path: input.path,
      workspaceRoot: options.workspaceRoot,
      options: { profiles: options.profiles ?? [], requireQuickLaunch: options.requireQuickLaunch ?? false },
    };
    for (const check of MANIFEST_CHECKS) {
      // Most rules are synchronous: no await (a microtask hop per rule and file) for those.
      const found = check(context);
      pending.push(...(Array.isArray(found) ? found : await found));
    }
  }
  const hasDuplicateKeys = scan.keys !== countParsedKeys(manifest);
  let findings: Finding[] = [];
  if (pending.length > 0 || hasDuplicateKeys) {
    const map = new SourceMap(text);
    if (hasDuplicateKeys) pending.push(...map.duplicateKeys());
    findings = pending.map((p) => place(p, (q) => map.locate(q.pointer, q.target), map.lines));
  }
  const clientName = isRecord(manifest) ? own(manifest, 'client_name') : undefined;
  return {
    result: finish(input.path, findings, quickLaunchStatus(manifest, options.profiles ?? []), options),
    clientName: typeof clientName === 'string' && clientName.trim() !== '' ? clientName : undefined,
    givenText: input.text,
  };
}

function internalError(path: string, error: unknown, options: ValidationOptions): CheckedFile {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const finding: Finding = {
    rule: 'internal-error',
    severity: describeRule('internal-error').defaultSeverity,
    message: `the validator failed on this file (${detail.slice(0, 200)}); the other files were still checked`,
    pointer: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
  return { result: finish(path, [finding], null, options) };
}

/** Locates each manifest's client_name (re-reading only files whose name collides). */
async function addDuplicateClientNames(checked: CheckedFile[], options: ValidationOptions): Promise<void> {
  const byName = new Map<string, CheckedFile[]>();
  for (const c of checked) {
    if (c.clientName === undefined) continue;
    const list = byName.get(c.clientName);
    if (list) list.push(c);
    else byName.set(c.clientName, [c]);
  }
  const colliding = [...byName.values()].filter((list) => list.length > 1).flat();
  if (colliding.length === 0) return;
  const entries: (ClientNameEntry & { file: CheckedFile; map: SourceMap })[] = [];
  for (const file of colliding) {
    let text = file.givenText;
    if (text === undefined) {
      const read = await readManifestText(join(options.workspaceRoot, file.result.path), options.workspaceRoot, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      if (!read.ok) continue;
      text = read.text;
    }
    const map = new SourceMap(text);
    const line = map.position(map.locate('/client_name', 'value').start).line;
    entries.push({ path: file.result.path, clientName: file.clientName!, line, file, map });
  }
  const found = duplicateClientNames(entries);
  for (const entry of entries) {
    const added = found
      .filter((p) => p.path === entry.path)
      .map((p) => place(p.finding, (q) => entry.map.locate(q.pointer, q.target), entry.map.lines));
    if (added.length > 0) entry.file.result = finish(entry.path, [...entry.file.result.findings, ...added], entry.file.result.quickLaunch, options);
  }
}

/** Validates manifests concurrently; results are sorted by path. */
export async function validateManifests(inputs: readonly ManifestInput[], options: ValidationOptions): Promise<FileResult[]> {
  const checked: CheckedFile[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index]!;
      try {
        checked[index] = await checkFile(input, options);
      } catch (error) {
        checked[index] = internalError(input.path, error, options);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 16, inputs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await addDuplicateClientNames(checked, options);
  return checked.map((c) => c.result).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
