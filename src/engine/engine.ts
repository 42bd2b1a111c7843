// The validation engine: manifest paths in, per-file results out. Pure of GitHub: the action and the
// command line both call it. Per file: read -> JSON.parse -> schema + semantic rules; the
// position-aware parse runs only for files that have findings. One file's failure never stops the run.
// Files are checked one at a time as they are added (synchronously unless a file must be read with
// fs/promises or a rule has to read a logo), so a caller can validate each manifest as soon as it has
// read it and drop its text: only a result and the client_name are kept per file.
// A file lists at most MAX_LISTED_PER_RULE findings of each rule, a run at most MAX_LISTED_PER_RUN in
// all (then each file its first), and counts the rest (finding-budget.ts).
import type { EditOp, FileResult, Finding, Fix, Omitted, PendingFinding, PendingFix, ProfileId, RuleId, Severity } from './findings.js';
import { compareFindings } from './findings.js';
import { FindingBudget, RunBudget } from './finding-budget.js';
import { pathJoiner, type WorkspaceFile } from '../discovery/file-path.js';
import { resolveOps, type OffsetEdit } from '../json/edit-ops.js';
import { countKeysWithin, countMembersFast, scanStructure, syntaxErrorFinding } from '../json/parse-json.js';
import { SourceMap } from '../json/source-map.js';
import { LineIndex } from '../json/text-positions.js';
import { enabledProfileTokens, quickLaunchIn, quickLaunchStatus } from './quick-launch.js';
import { DEFAULT_MAX_FILE_BYTES, readManifestText, readManifestTextSync, type ReadOutcome } from '../discovery/read-manifest-file.js';
import { describeRule } from '../rules/catalogue.js';
import { redactPointer } from '../text/redact.js';
import { schemaFindings } from '../schema/schema-findings.js';
import { clientNameKey, duplicateClientNames, type ClientNameEntry } from '../semantic/duplicate-client-name.js';
import { MANIFEST_CHECKS } from '../semantic/index.js';
import { LogoMeasurements } from '../semantic/logo-size.js';
import { isRecord, own, type CheckOptions, type ManifestContext } from '../semantic/manifest-check.js';
import type { AccountView } from '../semantic/account-facts.js';

export const DEPTH_LIMIT = 64;

export type SeverityOverrides = ReadonlyMap<RuleId, Severity | 'off'>;

export interface ValidationOptions {
  /** Absolute path of the workspace; manifest paths are relative to it. */
  workspaceRoot: string;
  profiles?: readonly ProfileId[];
  requireQuickLaunch?: boolean;
  severities?: SeverityOverrides;
  /** Per file, in place of `severities` (the config file's per-path overrides). */
  severitiesFor?: (path: string) => SeverityOverrides | undefined;
  maxFileBytes?: number;
  /** Files read or checked asynchronously at once (symbolic links, logo files). */
  concurrency?: number;
  /**
   * Whether findings carry the edits of their fixes and suggestions (default true). False when no
   * output will show them (the command line's text and github formats): resolving edits reads the
   * whole file's structure, a third of the work of placing a file's findings.
   */
  fixes?: boolean;
  /** Findings the run lists in all (default MAX_LISTED_PER_RUN); past them each file lists its first and counts the rest. */
  maxListedPerRun?: number;
  /** The LivePerson account (unknown-profile, drift), when its checks are on and it was read. */
  account?: AccountView;
}

/** A manifest to check: its workspace-relative POSIX path (and its bytes, when the name is not UTF-8). */
export interface ManifestInput extends WorkspaceFile {
  /** The text, when discovery already read it: what readManifestText would return for the file. */
  text?: string;
  /** With `text`: JSON.parse(text), when discovery parsed it (never undefined then). */
  value?: unknown;
  /** The bytes already decoded (the command line's --stdin): checked as the file read would be. */
  read?: ReadOutcome;
}

/** One file's outcome, before the findings that span files (duplicate-client-name). */
interface CheckedFile {
  result: FileResult;
  /** The manifest's client_name, when it is a non-blank string. */
  clientName?: string;
  /** The file's name as bytes, when it is not UTF-8 (to read it again for duplicate-client-name). */
  fsPath?: Buffer;
}

/** Turns a fix's operations into edits (undefined: they cannot be made, and the finding goes without). */
type ResolveOps = (ops: readonly EditOp[]) => OffsetEdit[] | undefined;

/** Text that does not parse: only character deletions (a trailing comma) can be resolved. */
const spansOnly =
  (text: string): ResolveOps =>
  (ops) =>
    resolveOps(text, ops, () => undefined);

function placeFix(pending: PendingFix | undefined, resolve: ResolveOps, lines: LineIndex): Fix | undefined {
  if (pending === undefined) return undefined;
  const edits = resolve(pending.ops);
  if (edits === undefined || edits.length === 0) return undefined;
  return {
    description: pending.description,
    edits: edits.map((e) => {
      const start = lines.position(e.start);
      const end = lines.position(e.end);
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: e.text };
    }),
  };
}

/** `resolve`: undefined when the findings go without their fixes' edits (ValidationOptions.fixes). */
function place(pending: PendingFinding, locate: (p: PendingFinding) => { start: number; end: number }, lines: LineIndex, resolve: ResolveOps | undefined): Finding {
  const span = pending.span ?? locate(pending);
  const start = lines.position(span.start);
  const end = lines.position(Math.max(span.end, span.start));
  const finding: Finding = {
    rule: pending.rule,
    severity: pending.severity,
    message: pending.message,
    pointer: redactPointer(pending.pointer), // a key may hold a credential (a URL with a password)
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (resolve === undefined) return finding;
  const fix = placeFix(pending.fix, resolve, lines);
  if (fix !== undefined) finding.fix = fix;
  const suggestion = placeFix(pending.suggestion, resolve, lines);
  if (suggestion !== undefined) finding.suggestion = suggestion;
  return finding;
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

function severitiesOf(options: ValidationOptions, path: string): SeverityOverrides | undefined {
  return options.severitiesFor === undefined ? options.severities : options.severitiesFor(path);
}

/** `omitted`: the findings past the listing limit (their severities are already the overridden ones). */
function finish(path: string, findings: Finding[], quickLaunch: FileResult['quickLaunch'], options: ValidationOptions, omitted?: Omitted[]): FileResult {
  const kept = findings.length === 0 ? findings : applySeverities(findings, severitiesOf(options, path)).sort(compareFindings);
  let valid = true;
  for (const f of kept) if (f.severity === 'error') valid = false;
  if (omitted === undefined) return { path, valid, quickLaunch, findings: kept };
  for (const o of omitted) if (o.severity === 'error') valid = false;
  return { path, valid, quickLaunch, findings: kept, omitted };
}

/** A file that could not be read, or is not JSON: one finding at a known span. */
function unreadable(path: string, finding: PendingFinding, text: string, options: ValidationOptions): CheckedFile {
  return { result: finish(path, [place(finding, () => ({ start: 0, end: 0 }), new LineIndex(text), options.fixes === false ? undefined : spansOnly(text))], null, options) };
}

function append(to: PendingFinding[], found: readonly PendingFinding[]): void {
  for (let i = 0; i < found.length; i++) to.push(found[i]!);
}

/** Runs the semantic rules in order; a promise only when a rule returned one (then the rest wait for it). */
function runChecks(context: ManifestContext, pending: PendingFinding[]): void | Promise<void> {
  for (let i = 0; i < MANIFEST_CHECKS.length; i++) {
    const found = MANIFEST_CHECKS[i]!(context);
    if (found instanceof Promise) return runChecksAfter(found, i + 1, context, pending);
    append(pending, found);
  }
}

async function runChecksAfter(first: Promise<readonly PendingFinding[]>, from: number, context: ManifestContext, pending: PendingFinding[]): Promise<void> {
  append(pending, await first);
  for (let i = from; i < MANIFEST_CHECKS.length; i++) {
    const found = MANIFEST_CHECKS[i]!(context);
    append(pending, found instanceof Promise ? await found : found);
  }
}

interface Settings {
  options: ValidationOptions;
  checkOptions: CheckOptions;
  maxBytes: number;
  absoluteOf: (file: WorkspaceFile) => string | Buffer;
  /** The run's listing budget, shared by its files. */
  run: RunBudget;
}

function settingsOf(options: ValidationOptions): Settings {
  return {
    options,
    // One LogoMeasurements per run: each logo file is measured once, however many manifests name it.
    checkOptions: {
      profiles: options.profiles ?? [],
      requireQuickLaunch: options.requireQuickLaunch ?? false,
      logos: new LogoMeasurements(),
      ...(options.account ? { account: options.account } : {}),
    },
    maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    absoluteOf: pathJoiner(options.workspaceRoot),
    run: new RunBudget(options.maxListedPerRun),
  };
}

/**
 * Checks one manifest's text (`parsed`: JSON.parse(text), when known): synchronously, unless a rule
 * has to wait (logo-size reading a file).
 */
function checkText(path: string, text: string, settings: Settings, parsed?: unknown): CheckedFile | Promise<CheckedFile> {
  const { options } = settings;
  let manifest = parsed;
  if (manifest === undefined)
    try {
      manifest = JSON.parse(text);
    } catch (error) {
      return unreadable(path, syntaxErrorFinding(text, error), text, options);
    }
  // Nesting depth and duplicate keys: counted on the parsed value and, fast, on the text; the full
  // scan of the text runs only when they disagree (duplicate keys), or the value nests too deep.
  // (keys is -1 only past DEPTH_LIMIT, which scanStructure measures the same way: it returns then.)
  const keys = countKeysWithin(manifest, DEPTH_LIMIT);
  let textKeys = keys >= 0 ? countMembersFast(text) : -1;
  if (textKeys < 0 || textKeys !== keys) {
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
      return unreadable(path, tooDeep, text, options);
    }
    textKeys = scan.keys;
  }
  const budget = new FindingBudget(severitiesOf(options, path), undefined, settings.run);
  // Profile ids are judged by their text (`1e300` and `9223372036854775808` parse to integers).
  const profileTokens = enabledProfileTokens(text, manifest);
  const pending = schemaFindings(manifest, budget, profileTokens);
  if (!isRecord(manifest)) return complete(path, text, manifest, pending, budget, textKeys !== keys, settings);
  const context: ManifestContext = {
    manifest,
    path,
    workspaceRoot: options.workspaceRoot,
    options: settings.checkOptions,
    budget,
    keys: undefined,
    webhooks: undefined,
    headers: undefined,
    urls: undefined,
    profileTokens,
    quickLaunch: undefined,
  };
  const waiting = runChecks(context, pending);
  if (waiting === undefined) return complete(path, text, manifest, pending, budget, textKeys !== keys, settings, context);
  return waiting.then(() => complete(path, text, manifest, pending, budget, textKeys !== keys, settings, context));
}

function complete(
  path: string,
  text: string,
  manifest: unknown,
  pending: PendingFinding[],
  budget: FindingBudget,
  hasDuplicateKeys: boolean,
  settings: Settings,
  context?: ManifestContext,
): CheckedFile {
  let findings: Finding[] = [];
  if (pending.length > 0 || hasDuplicateKeys) {
    const map = new SourceMap(text, { uniqueKeys: !hasDuplicateKeys });
    if (hasDuplicateKeys) append(pending, map.duplicateKeys(budget));
    const resolve: ResolveOps | undefined = settings.options.fixes === false ? undefined : (ops) => map.edits(ops);
    findings = pending.map((p) => place(p, (q) => map.locate(q.pointer, q.target), map.lines, resolve));
  }
  const clientName = isRecord(manifest) ? own(manifest, 'client_name') : undefined;
  const quickLaunch = context === undefined ? quickLaunchStatus(manifest, settings.checkOptions.profiles) : quickLaunchIn(context);
  const result = finish(path, findings, quickLaunch, settings.options, budget.omitted());
  return typeof clientName === 'string' && clientName.trim() !== '' ? { result, clientName } : { result };
}

function fromRead(path: string, read: ReadOutcome, settings: Settings): CheckedFile | Promise<CheckedFile> {
  return read.ok ? checkText(path, read.text, settings) : unreadable(path, read.finding, read.prefix ?? '', settings.options);
}

/** Checks one manifest: its given text, or the file read synchronously when it can be. */
function checkFile(input: ManifestInput, settings: Settings): CheckedFile | Promise<CheckedFile> {
  if (input.text !== undefined) return checkText(input.path, input.text, settings, input.value);
  if (input.read !== undefined) return fromRead(input.path, input.read, settings);
  const absolute = settings.absoluteOf(input);
  const read = readManifestTextSync(absolute, settings.maxBytes, settings.options.workspaceRoot);
  if (read !== undefined) return fromRead(input.path, read, settings);
  return readManifestText(absolute, settings.options.workspaceRoot, settings.maxBytes).then((r) => fromRead(input.path, r, settings));
}

/** A file's result; with its name's bytes when its path is quoted (the JSON report keeps the real name). */
function resultOf(c: CheckedFile): FileResult {
  if (c.fsPath === undefined) return c.result;
  const { path, ...rest } = c.result;
  return { path, pathBytes: c.fsPath.toString('base64'), ...rest };
}

/** Keeps a name that is not UTF-8 with its result, for a second read. */
function withName(checked: CheckedFile, input: ManifestInput): CheckedFile {
  return input.fsPath === undefined ? checked : { ...checked, fsPath: input.fsPath };
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

/**
 * Locates each colliding client_name and adds the duplicate-client-name findings. Only the files
 * whose name collides are read again (their text is not kept), in the order of `checked`.
 */
async function addDuplicateClientNames(checked: readonly CheckedFile[], settings: Settings): Promise<void> {
  const { options } = settings;
  // The first file of each name; a list only for names that collide (few, usually none).
  const first = new Map<string, CheckedFile>();
  let groups: Map<string, CheckedFile[]> | undefined;
  for (let i = 0; i < checked.length; i++) {
    const c = checked[i]!;
    if (c.clientName === undefined) continue;
    const key = clientNameKey(c.clientName); // names as a person reads them: "Acme" and "acme\u200b" are one
    if (key === '') continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, c);
    else {
      const group = (groups ??= new Map<string, CheckedFile[]>()).get(key);
      if (group) group.push(c);
      else groups.set(key, [seen, c]);
    }
  }
  if (groups === undefined) return;
  // Names in order of first appearance, each with its files in the order of `checked`.
  const colliding: CheckedFile[] = [];
  for (const name of first.keys()) {
    const group = groups.get(name);
    if (group) for (const file of group) colliding.push(file);
  }
  const entries: (ClientNameEntry & { file: CheckedFile; map: SourceMap })[] = [];
  for (const file of colliding) {
    const read = await readManifestText(settings.absoluteOf({ path: file.result.path, fsPath: file.fsPath }), options.workspaceRoot, settings.maxBytes);
    if (!read.ok) continue;
    const map = new SourceMap(read.text);
    const line = map.position(map.locate('/client_name', 'value').start).line;
    entries.push({ path: file.result.path, clientName: file.clientName!, line, file, map });
  }
  for (const [entry, finding] of duplicateClientNames(entries)) {
    const added = place(
      finding,
      (q) => entry.map.locate(q.pointer, q.target),
      entry.map.lines,
      (ops) => entry.map.edits(ops),
    );
    // (One per file: never past the listing limit.)
    entry.file.result = finish(entry.path, [...entry.file.result.findings, added], entry.file.result.quickLaunch, options, entry.file.result.omitted);
  }
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A run of the engine: manifests are checked as they are added; `results` completes the run. */
export interface ValidationRun {
  /**
   * Checks one manifest now (synchronously when it can) and drops its text. A promise means the
   * run has as many files in flight as `concurrency` allows: wait for it before adding more.
   */
  add(input: ManifestInput): void | Promise<void>;
  /**
   * Waits for the files in flight, adds the duplicate-client-name findings and returns every result,
   * sorted by path.
   */
  results(select?: ResultSelection): Promise<FileResult[]>;
}

export interface ResultSelection {
  /**
   * A duplicate-client-name message lists the other files in path order (as when the files were
   * added sorted by path), instead of the order they were added.
   */
  namesInPathOrder?: boolean;
}

export function startValidation(options: ValidationOptions): ValidationRun {
  const settings = settingsOf(options);
  const checked: CheckedFile[] = [];
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, options.concurrency ?? 16);
  return {
    add(input) {
      const index = checked.length;
      checked.push(undefined as unknown as CheckedFile); // keeps the order of adding
      let outcome: CheckedFile | Promise<CheckedFile>;
      try {
        outcome = checkFile(input, settings);
      } catch (error) {
        outcome = internalError(input.path, error, options);
      }
      if (!(outcome instanceof Promise)) {
        checked[index] = withName(outcome, input);
        return;
      }
      const done: Promise<void> = outcome.then(
        (c) => void (checked[index] = withName(c, input)),
        (error: unknown) => void (checked[index] = internalError(input.path, error, options)),
      );
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
      if (inFlight.size >= limit) return Promise.race(inFlight);
    },
    async results(select = {}) {
      while (inFlight.size > 0) await Promise.all(inFlight);
      if (select.namesInPathOrder) {
        checked.sort((a, b) => byPath(a.result, b.result));
        await addDuplicateClientNames(checked, settings);
        return checked.map(resultOf);
      }
      await addDuplicateClientNames(checked, settings);
      return checked.map(resultOf).sort(byPath);
    },
  };
}

/** Validates manifests; results are sorted by path. */
export async function validateManifests(inputs: readonly ManifestInput[], options: ValidationOptions): Promise<FileResult[]> {
  const run = startValidation(options);
  for (const input of inputs) {
    const wait = run.add(input);
    if (wait) await wait;
  }
  return run.results();
}
