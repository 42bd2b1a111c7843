// The config file, `.lp-manifest.yaml` (or `.lp-manifest.yml`) at the repository root or the path
// given (`--config` / the `config` input): read with the `yaml` package, checked against
// schemas/lp-manifest-config.schema.json (Ajv standalone code, compiled at build time), every
// problem a UsageError naming FILE:LINE:COLUMN and the closest valid word. A pull request can change
// this file, so it is read as hostile: bounded size, no symbolic link (unless named explicitly),
// bounded alias expansion and node count, prototype keys rejected as unknown keys.
import { isUtf8 } from 'node:buffer';
import { lstat, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { ErrorObject } from 'ajv';
import { normalizeGlobs, toPosix, UsageError } from '../discovery/discovery.js';
import type { SeverityOverrides } from '../engine/engine.js';
import type { RuleId, Severity } from '../engine/findings.js';
import type { FailOn } from '../engine/options.js';
import { closestMatch } from '../text/closest.js';
import { globstars, MAX_GLOB_GLOBSTARS } from '../discovery/exclude.js';
import { count } from '../reporters/text-report.js';

// The yaml package and the schema's validator are loaded with the first config file (a dynamic
// import, its own chunk of the bundle): a run without a config file never loads or compiles them.
let { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } = {} as typeof import('yaml');
let validateConfig: typeof import('../schema/generated/validate-config.cjs');
let parserLoaded: Promise<void> | undefined;

/** Loads the parser of config files (once); loadConfig does, parseConfig needs it done. */
export function loadConfigParser(): Promise<void> {
  return (parserLoaded ??= Promise.all([import('yaml'), import('../schema/generated/validate-config.cjs')]).then(([yaml, validator]) => {
    ({ isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml);
    validateConfig = validator.default;
  }));
}

/** The names looked for at the repository root, in this order. */
export const CONFIG_FILE_NAMES = ['.lp-manifest.yaml', '.lp-manifest.yml'] as const;
/** A config file is a few hundred bytes; past this it is refused unread. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** YAML aliases expanded at most (`*ref`): a "billion laughs" file must not take the run down. */
export const MAX_CONFIG_ALIASES = 100;
/** Problems listed in one usage error; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;
/** Schema errors worded (and sorted into file order) at most. */
const MAX_DESCRIBED = 1000;
/** Flow collections ([ and {) nested deeper than this are refused before parsing (the parser recurses). */
export const MAX_CONFIG_DEPTH = 32;

/** The offset of the first `[` or `{` past MAX_CONFIG_DEPTH (brackets counted as they come, quotes or not), or -1. */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_CONFIG_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

export interface ConfigOverride {
  /** Workspace-relative globs, as the user wrote them (normalized like `files`). */
  files: string[];
  rules: SeverityOverrides;
}

export interface LoadedConfig {
  /** The file's path as shown in messages (workspace-relative when inside it, POSIX). */
  path: string;
  files?: string[];
  exclude?: string[];
  profiles?: number[];
  requireQuickLaunch?: boolean;
  failOn?: FailOn;
  rules?: SeverityOverrides;
  overrides: ConfigOverride[];
}

/** The raw value, as the schema describes it. */
interface RawConfig {
  files?: string[];
  exclude?: string[];
  profiles?: number[];
  'require-quick-launch'?: boolean;
  'fail-on'?: FailOn;
  rules?: Record<string, Severity | 'off'>;
  overrides?: { files: string[]; rules?: Record<string, Severity | 'off'> }[];
}

export interface FindConfigOptions {
  workspaceRoot: string;
  /** `--config` / the `config` input: this file must exist. Empty or undefined: look at the root. */
  explicit?: string;
}

/**
 * The config file of a workspace: undefined when there is none (and none was named). A file named
 * explicitly that is missing, two default names at once, or a broken file is a UsageError.
 */
export async function loadConfig(options: FindConfigOptions): Promise<LoadedConfig | undefined> {
  const root = options.workspaceRoot;
  if (options.explicit !== undefined && options.explicit.trim() !== '') {
    const given = options.explicit.trim();
    const absolute = isAbsolute(given) ? given : join(root, given);
    const rel = toPosix(relative(root, absolute));
    const shown = rel !== '' && !rel.startsWith('../') && !isAbsolute(rel) ? rel : given;
    let bytes: Buffer;
    try {
      const info = await lstat(absolute);
      if (info.isDirectory()) throw new UsageError(`config: ${JSON.stringify(given)} is a directory; name a YAML file such as .lp-manifest.yaml`);
      bytes = await readBounded(absolute, shown);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`config: cannot read ${JSON.stringify(given)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    await loadConfigParser();
    return parseConfig(bytes, shown);
  }
  const present: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const info = await lstat(join(root, name)).catch(() => undefined);
    if (info === undefined) continue;
    // A pull request can commit a link to any file of the runner: never followed (name it with --config / config to use it).
    if (info.isSymbolicLink()) throw new UsageError(`${name} is a symbolic link; a config file at the repository root must be a regular file`);
    if (!info.isFile()) throw new UsageError(`${name} is not a regular file`);
    present.push(name);
  }
  if (present.length === 0) return undefined;
  if (present.length > 1) throw new UsageError(`${present.join(' and ')} are both present; keep one (the settings of the other would be ignored)`);
  const name = present[0]!;
  const bytes = await readBounded(join(root, name), name);
  await loadConfigParser();
  return parseConfig(bytes, name);
}

async function readBounded(absolute: string, shown: string): Promise<Buffer> {
  const info = await lstat(absolute).catch(() => undefined);
  if (info !== undefined && info.isFile() && info.size > MAX_CONFIG_BYTES) throw new UsageError(`${shown}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES})`);
  const bytes = await readFile(absolute);
  if (bytes.length > MAX_CONFIG_BYTES) throw new UsageError(`${shown}: too large for a config file (at most ${MAX_CONFIG_BYTES} bytes)`);
  return bytes;
}

/** A key or value quoted for a message: JSON (no control character or line break shows raw), and cut. */
function quote(s: unknown): string {
  const text = typeof s === 'string' ? s : (JSON.stringify(s) ?? String(s));
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** Parses and checks a config file's bytes (`shown`: the name in messages). */
export function parseConfig(bytes: Buffer, shown: string): LoadedConfig {
  if (!isUtf8(bytes)) throw new UsageError(`${shown}: not UTF-8 text`);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const line = text.slice(0, deep).split('\n').length;
    throw new UsageError(`${shown}:${line}:${deep - text.lastIndexOf('\n', deep - 1)}: nests deeper than ${MAX_CONFIG_DEPTH} levels; a config file needs at most 4`);
  }
  // Unique keys are checked below, in one pass (the yaml package compares each key with every other).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: false, strict: true, version: '1.2' });
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`);
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) yamlProblems.push(`${at(pair.key.range?.[0] ?? 0)}: Map keys must be unique`);
        seen.add(name);
      }
    },
  });
  if (yamlProblems.length > 0) throw new UsageError(listProblems(yamlProblems));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch (error) {
    throw new UsageError(`${shown}: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) value = {};
  if (!validateConfig(value)) {
    // (Described: the first MAX_DESCRIBED; each lookup of a key is by index, not a search.)
    const errors = (validateConfig.errors ?? []).slice(0, MAX_DESCRIBED);
    // In file order (Ajv's is the schema's), each problem once.
    const problems = errors.map((e) => describeSchemaError(e, doc, at, shown));
    const position = (p: string) => (/^[^\n]*?:(\d+):(\d+): /.exec(p.slice(shown.length)) ?? ['', '0', '0']).slice(1).map(Number);
    const sorted = [...new Set(problems)].sort((x, y) => {
      const [a, b] = [position(x), position(y)];
      return a[0]! - b[0]! || a[1]! - b[1]!;
    });
    const more = (validateConfig.errors?.length ?? 0) - errors.length;
    throw new UsageError(listProblems(sorted, more));
  }
  const raw = value as RawConfig;
  const config: LoadedConfig = { path: shown, overrides: [] };
  const globsAt = (segments: (string | number)[], globs: string[]) => {
    globs.forEach((g, i) => {
      if (globstars(g) > MAX_GLOB_GLOBSTARS) {
        const node = nodeAt(doc, [...segments, i]);
        throw new UsageError(`${node ? at(node.range![0]) : shown}: ${pathName([...segments, i])}: ${quote(g)} has ${globstars(g)} "**" segments; a glob may have at most ${MAX_GLOB_GLOBSTARS}`);
      }
      try {
        normalizeGlobs([g], '');
      } catch {
        const node = nodeAt(doc, [...segments, i]);
        throw new UsageError(
          `${node ? at(node.range![0]) : shown}: ${pathName([...segments, i])}: ${quote(g)} points outside the repository; use a glob relative to the repository root such as "apps/**/*.json"`,
        );
      }
    });
    return globs;
  };
  if (raw.files !== undefined) config.files = globsAt(['files'], raw.files);
  if (raw.exclude !== undefined) config.exclude = raw.exclude;
  if (raw.profiles !== undefined) config.profiles = [...new Set(raw.profiles)];
  if (raw['require-quick-launch'] !== undefined) config.requireQuickLaunch = raw['require-quick-launch'];
  if (raw['fail-on'] !== undefined) config.failOn = raw['fail-on'];
  if (raw.rules !== undefined) config.rules = severities(raw.rules);
  for (const [i, o] of (raw.overrides ?? []).entries()) config.overrides.push({ files: globsAt(['overrides', i, 'files'], o.files), rules: severities(o.rules ?? {}) });
  if (config.requireQuickLaunch === true && (config.profiles ?? []).length === 0) {
    const node = nodeAt(doc, ['require-quick-launch']);
    throw new UsageError(`${node ? at(node.range![0]) : shown}: require-quick-launch needs profiles (the profiles that must see each app)`);
  }
  return config;
}

function severities(rules: Record<string, Severity | 'off'>): SeverityOverrides {
  // (The schema allows only rule ids as keys: no prototype key reaches here.)
  return new Map(Object.entries(rules) as [RuleId, Severity | 'off'][]);
}

/** `uncounted`: problems not in `problems` (past MAX_DESCRIBED). */
function listProblems(problems: string[], uncounted = 0): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length + uncounted;
  if (more > 0) listed.push(`and ${count(more)} more problems`);
  return listed.join('\n');
}

/** `overrides[0].rules.placeholder` for a JSON pointer's segments. */
function pathName(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function segmentsOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** Each map's pairs by key, made on first use: a file of thousands of unknown keys is worded in linear time. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairOf(map: YAMLMap, name: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairsByKey.set(map, index);
  }
  return index.get(name);
}

/** The YAML node at a path of the parsed value (aliases followed), or undefined. */
function nodeAt(doc: Document, segments: readonly (string | number)[]): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (const s of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) node = pairOf(node, String(s))?.value;
    else if (isSeq(node) && typeof s === 'number') node = node.items[s];
    else return undefined;
  }
  return node !== null && typeof node === 'object' && 'range' in node && Array.isArray((node as YamlNode).range) ? (node as YamlNode) : undefined;
}

/** The key node of `name` in the map at `segments`. */
function keyNodeAt(doc: Document, segments: readonly (string | number)[], name: string): YamlNode | undefined {
  let map: unknown = segments.length === 0 ? doc.contents : nodeAt(doc, segments);
  if (isAlias(map)) map = map.resolve(doc);
  if (!isMap(map)) return undefined;
  const pair = pairOf(map, name);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', integer: 'an integer', boolean: 'true or false', number: 'a number' };

function describeSchemaError(e: ErrorObject, doc: Document, at: (offset: number) => string, shown: string): string {
  const segments = segmentsOf(e.instancePath);
  const where = pathName(segments);
  const node = nodeAt(doc, segments);
  const place = node?.range ? at(node.range[0]) : shown;
  const isRules = segments[segments.length - 1] === 'rules';
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      const key = keyNodeAt(doc, segments, name);
      const keyPlace = key?.range ? at(key.range[0]) : place;
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
      if (isRules && name === 'internal-error') return `${keyPlace}: ${where}: internal-error cannot be changed; a validator failure always fails the run`;
      const guess = closestMatch(name, known);
      const what = isRules ? 'unknown rule id' : 'unknown key';
      return `${keyPlace}: ${what} ${quote(name)}${where === '' ? '' : ` in ${where}`}; ${guess !== undefined ? `did you mean ${quote(guess)}?` : `valid: ${known.join(', ')}`}`;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof e.data === 'string' ? closestMatch(e.data, allowed) : undefined;
      return `${place}: ${where}: ${quote(e.data)} is not one of ${allowed.join(', ')}${guess !== undefined ? `; did you mean ${quote(guess)}?` : ''}`;
    }
    case 'type': {
      const type = String((e.params as { type: string }).type);
      return `${place}: ${where === '' ? 'the config file' : where} must be ${TYPE_NAMES[type] ?? type}, not ${quote(e.data)}`;
    }
    case 'required':
      return `${place}: ${where} needs ${String((e.params as { missingProperty: string }).missingProperty)}`;
    default:
      return `${place}: ${where === '' ? 'the config file' : where} ${e.message ?? 'is not valid'}`;
  }
}
