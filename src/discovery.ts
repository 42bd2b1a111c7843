// Finds the manifests to check. Candidates come from git (`git ls-files`: tracked, plus untracked
// files that are not ignored) or, outside a git repository, from a walk that skips node_modules/ and
// .git/. With `files` globs every matching file is a manifest; without, a *.json file is a manifest
// when its top-level object has client_name, capabilities, entry_uri, quick_launch_enabled or
// enabled_for_profiles (or, when it does not parse, its text contains "client_name").
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ManifestInput } from './engine.js';
import { decodeManifestBytes, DEFAULT_MAX_FILE_BYTES, isInside, readWithoutFollowing } from './read-manifest-file.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface DiscoveryOptions {
  workspaceRoot: string;
  /**
   * Search only this directory (workspace-relative, POSIX; `..` allowed: the command line's PATH
   * arguments). Paths stay workspace-relative, `exclude` globs apply to them as anywhere, and
   * symbolic links are judged against the workspace, as the engine reads them.
   */
  under?: string;
  /** Globs (workspace-relative). Empty: auto-discovery. */
  files?: readonly string[];
  exclude?: readonly string[];
  maxFileBytes?: number;
  /**
   * Auto-discovery only: called with each manifest, and the text read to recognise it, as soon as it
   * is found (in the order found, each path once), so the caller can check it and drop the text. The
   * returned list then holds paths only. A returned promise is awaited before reading on.
   */
  onManifest?: (manifest: ManifestInput) => void | Promise<void>;
}

export interface Discovery {
  manifests: ManifestInput[];
  /** Whether `files` globs chose the manifests (then zero matches is an error). */
  explicit: boolean;
  /** Where candidates came from. */
  source: 'git' | 'walk';
  /**
   * Set when this is a git work tree but git could not list its files (e.g. "detected dubious
   * ownership in repository", common when a container runs as another user): git's message. The
   * walk then searched every file but node_modules/ and .git/, files git ignores included; the
   * shells warn about it.
   */
  gitProblem?: string;
}

const MANIFEST_KEYS = ['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'];
const MARKERS = MANIFEST_KEYS.map((k) => `"${k}"`);
const MARKER_BYTES = MARKERS.map((m) => Buffer.from(m));

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Validates and normalizes user globs; a glob that leaves the workspace is a usage error. */
export function normalizeGlobs(globs: readonly string[], inputName: string): string[] {
  const out: string[] = [];
  for (const raw of globs) {
    let g = raw.trim();
    if (g === '') continue;
    if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.split('/').includes('..')) {
      throw new UsageError(`${inputName}: "${g}" points outside the workspace; use a workspace-relative glob such as "apps/**/*.json"`);
    }
    g = g.replace(/^\.\//, '');
    if (g.endsWith('/')) g += '**';
    // Like .gitignore: a pattern without a slash matches a file name at any depth.
    if (!g.includes('/')) g = `**/${g}`;
    out.push(g);
  }
  return out;
}

/** Splits a multi-value input on newlines and commas (commas inside {a,b} braces are kept). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of value) {
    if (c === '{') depth++;
    if (c === '}') depth = Math.max(0, depth - 1);
    if ((c === ',' && depth === 0) || c === '\n' || c === '\r') {
      if (current.trim()) items.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

/** Runs a command; a failure is an Error with the first line the command printed to stderr. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            stderr
              .split('\n')
              .find((line) => line.trim() !== '')
              ?.trim() ?? error.message,
          ),
        );
      else resolve(stdout);
    });
  });
}

/** Whether `dir` or a parent has a `.git` (directory or file): a git work tree, whatever git says. */
function looksLikeGitWorkTree(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

function splitNul(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

interface GitListing {
  tracked: string[];
  /** Untracked files that are not ignored: git walks the whole work tree for these, which in a large
   * repository is most of discovery's time, so tracked files are checked meanwhile. */
  untracked: Promise<string[]>;
}

/** git's candidates, or why git could not list them (outside a work tree `git ls-files` fails). */
async function gitFiles(root: string): Promise<GitListing | { failure: string }> {
  const lsFiles = ['-c', 'core.quotepath=off', 'ls-files', '-z'];
  const untracked = run('git', [...lsFiles, '--others', '--exclude-standard'], root).then(splitNul);
  // Handled where it is awaited; outside git it may fail before the tracked listing does.
  untracked.catch(() => undefined);
  try {
    return { tracked: splitNul(await run('git', [...lsFiles, '--cached'], root)), untracked };
  } catch (error) {
    return { failure: (error as Error).message };
  }
}

async function walkFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const rel = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') stack.push(rel);
      } else if (e.isFile() || e.isSymbolicLink()) out.push(rel);
    }
  }
  return out.sort();
}

function inNodeModules(path: string): boolean {
  return path === 'node_modules' || path.startsWith('node_modules/') || path.includes('/node_modules/');
}

interface Verdict {
  manifest: boolean;
  /** The text the engine would read (readManifestText), when the file is a manifest and valid UTF-8. */
  text?: string;
}

const NOT_A_MANIFEST: Verdict = { manifest: false };

/**
 * `{ "client_name"` at the start (after a byte order mark and whitespace): a manifest whether or not
 * the text parses (parsed, its top-level object has client_name; unparsable, it contains
 * "client_name"), so JSON.parse can be skipped. Most manifests begin this way.
 */
function opensWithClientName(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  if (c !== 123) return false;
  c = text.charCodeAt(++i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  return text.startsWith('"client_name"', i);
}

const A_MANIFEST: Verdict = { manifest: true };

/** The content check on a file's text (a UTF-8 byte order mark allowed). */
function verdictOf(text: string): Verdict {
  if (opensWithClientName(text)) return A_MANIFEST;
  if (!MARKERS.some((m) => text.includes(m))) return NOT_A_MANIFEST;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return text.includes('"client_name"') ? { manifest: true } : NOT_A_MANIFEST;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NOT_A_MANIFEST;
  // (The parsed value is not kept for the engine: holding 10,000 of them costs more memory and
  // garbage-collector time than parsing again saves; measured with scripts/bench.mjs.)
  return MANIFEST_KEYS.some((k) => Object.prototype.hasOwnProperty.call(value, k)) ? { manifest: true } : NOT_A_MANIFEST;
}

const CLIENT_NAME_BYTES = Buffer.from('"client_name"');

/**
 * A file over the size limit is not parsed, so it is judged as a file that does not parse: a
 * manifest when (its first part) contains "client_name". The engine then reports it as too large
 * instead of skipping it silently.
 */
function tooLargeVerdict(start: Buffer): Verdict {
  return start.includes(CLIENT_NAME_BYTES) ? A_MANIFEST : NOT_A_MANIFEST;
}

/**
 * A file's text for the content check. UTF-16 (told by its byte order mark, as Windows editors and
 * PowerShell's `>` write it) is decoded as UTF-16, so such a manifest is found and the engine
 * reports its encoding (unreadable-file) instead of discovery skipping it; anything else as UTF-8.
 */
function textToJudge(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)))
      .swap16()
      .toString('utf16le');
  return bytes.toString('utf8');
}

function hasMarkerBytes(bytes: Buffer): boolean {
  for (let m = 0; m < MARKER_BYTES.length; m++) if (bytes.includes(MARKER_BYTES[m]!)) return true;
  return false;
}

/**
 * The content check without following symbolic links, in a few synchronous system calls; most JSON
 * files hold no marker and are never decoded. A manifest's text goes to the engine (no second read).
 * Undefined for a symbolic link or anything unusual: the careful path decides.
 */
function sniff(absolutePath: string, maxBytes: number): Verdict | undefined {
  const read = readWithoutFollowing(absolutePath, maxBytes);
  if (read.kind === 'careful') return undefined;
  if (read.kind === 'too-large') return tooLargeVerdict(read.start);
  if (read.kind !== 'bytes') return NOT_A_MANIFEST;
  const bytes = read.bytes;
  if (!hasMarkerBytes(bytes)) return bytes[0] === 0xff || bytes[0] === 0xfe ? verdictOf(textToJudge(bytes)) : NOT_A_MANIFEST;
  const decoded = decodeManifestBytes(bytes, maxBytes);
  if (!decoded.ok) return verdictOf(textToJudge(bytes)); // invalid UTF-8: the engine reports it
  return verdictOf(decoded.text).manifest ? { manifest: true, text: decoded.text } : NOT_A_MANIFEST;
}

/** The content check of a symbolic link (or anything sniff leaves alone), with fs/promises. */
async function lookCarefully(absolutePath: string, maxBytes: number, workspaceRoot: string): Promise<Verdict> {
  try {
    const link = await lstat(absolutePath);
    if (link.isSymbolicLink()) {
      // Never read through a link that leaves the workspace (or loops): keep it as a manifest so
      // the engine reports it as unreadable-file instead of silently skipping it.
      const target = await realpath(absolutePath).catch(() => null);
      if (target === null || !isInside(target, await realpath(workspaceRoot))) return { manifest: true };
    }
    const info = await stat(absolutePath);
    if (!info.isFile()) return NOT_A_MANIFEST;
    if (info.size > maxBytes) return tooLargeVerdict(await readStart(absolutePath, maxBytes + 1));
    return verdictOf(textToJudge(await readFile(absolutePath)));
  } catch {
    return NOT_A_MANIFEST;
  }
}

/** The first `length` bytes of a file (fewer if it is shorter). */
async function readStart(absolutePath: string, length: number): Promise<Buffer> {
  const file = await open(absolutePath, 'r');
  try {
    const start = Buffer.alloc(length);
    const { bytesRead } = await file.read(start, 0, length, 0);
    return start.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Lets the event loop run (e.g. drain git's output) between chunks of synchronous reads. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function discoverManifests(options: DiscoveryOptions): Promise<Discovery> {
  const root = options.workspaceRoot;
  const include = normalizeGlobs(options.files ?? [], 'files');
  const exclude = normalizeGlobs(options.exclude ?? [], 'exclude');
  // picomatch is loaded only when there are globs (most runs have none).
  const picomatch = include.length > 0 || exclude.length > 0 ? (await import('picomatch')).default : undefined;
  const isExcluded = picomatch && exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const searchRoot = options.under ? join(root, options.under) : root;
  const prefix = options.under ? `${options.under.replace(/\/+$/, '')}/` : '';
  const listing = await gitFiles(searchRoot);
  const fromGit = 'failure' in listing ? undefined : listing;
  let source: Discovery['source'] = fromGit ? 'git' : 'walk';
  /** Why git could not list the files, when it failed. */
  let gitFailure = 'failure' in listing ? listing.failure : undefined;
  /**
   * Candidates of a listing: POSIX, workspace-relative, outside node_modules/, each path once. A
   * listing is sorted (git prints a path once per merge stage, in a row); git's untracked files are
   * not in its tracked list, which is checked all the same when both have paths (cheap: untracked
   * files are few).
   */
  const candidates = (paths: readonly string[], listedBefore?: readonly string[]) => {
    const before = listedBefore !== undefined && listedBefore.length > 0 && paths.length > 0 ? new Set(listedBefore) : undefined;
    const out: string[] = [];
    let last: string | undefined;
    for (let i = 0; i < paths.length; i++) {
      const p = toPosix(paths[i]!);
      if (p === last || inNodeModules(p)) continue;
      last = p;
      const path = prefix + p;
      if (before === undefined || !before.has(path)) out.push(path);
    }
    return out;
  };
  const tracked = fromGit ? candidates(fromGit.tracked) : [];
  const untracked = async () => {
    try {
      return candidates(await fromGit!.untracked, tracked);
    } catch (error) {
      gitFailure = (error as Error).message;
      return null;
    }
  };
  /** When git lists the tracked files but not the untracked ones: the walk, as outside git. */
  const walkInstead = async () => {
    source = 'walk';
    return candidates(await walkFiles(searchRoot));
  };

  if (include.length > 0) {
    let all = fromGit ? tracked : await walkInstead();
    if (fromGit) {
      const more = await untracked();
      all = more ? all.concat(more) : await walkInstead();
    }
    const isIncluded = picomatch!(include, { dot: true });
    const existing: ManifestInput[] = [];
    for (const path of all.sort()) {
      if (!isIncluded(path) || isExcluded(path)) continue;
      try {
        // Deleted in the work tree but still in the index: nothing to check.
        if (statSync(join(root, path), { throwIfNoEntry: false }) !== undefined) existing.push({ path });
      } catch {
        existing.push({ path });
      }
    }
    return { manifests: existing, explicit: true, source, ...gitProblem(source, gitFailure, searchRoot) };
  }

  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const absoluteOf = pathJoiner(root);
  const manifests: ManifestInput[] = [];
  const onManifest = options.onManifest;
  /** After a restart with the walk: the paths already given to onManifest (not given again). */
  let given: Set<string> | undefined;
  const check = async (paths: readonly string[]) => {
    let sinceBreath = 0;
    for (const path of paths) {
      if (!path.endsWith('.json') || isExcluded(path)) continue;
      const absolute = absoluteOf(path);
      const verdict = sniff(absolute, maxBytes) ?? (await lookCarefully(absolute, maxBytes, root));
      if (verdict.manifest) {
        const found: ManifestInput = verdict.text === undefined ? { path } : { path, text: verdict.text };
        if (onManifest === undefined) manifests.push(found);
        else {
          manifests.push({ path });
          if (given === undefined || !given.has(path)) {
            const wait = onManifest(found);
            if (wait) await wait;
          }
        }
      }
      if (++sinceBreath === 256) {
        sinceBreath = 0;
        await breathe();
      }
    }
  };
  if (fromGit) {
    // The tracked files are checked while git is still walking the work tree for untracked ones.
    await check(tracked);
    const more = await untracked();
    if (more) await check(more);
    else {
      if (onManifest !== undefined) given = new Set(manifests.map((m) => m.path));
      manifests.length = 0;
      await check(await walkInstead());
    }
  } else {
    await check(await walkInstead());
  }
  manifests.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { manifests, explicit: false, source, ...gitProblem(source, gitFailure, searchRoot) };
}

/** The warning the shells give for a Discovery's gitProblem. */
export function gitProblemWarning(problem: string): string {
  return `git could not list the files of this repository (${problem}); every file but node_modules/ and .git/ was searched instead, including files .gitignore excludes`;
}

/** The gitProblem of a discovery that walked the files of a git work tree because git failed. */
function gitProblem(source: Discovery['source'], failure: string | undefined, searchRoot: string): Pick<Discovery, 'gitProblem'> {
  return source === 'walk' && failure !== undefined && looksLikeGitWorkTree(searchRoot) ? { gitProblem: failure } : {};
}

/**
 * Absolute path of a candidate, as join(root, path) gives it: a path listed by git or the walk is
 * already normal (no "." or ".." segments, no doubled "/"), so on POSIX the normalized root and the
 * path are simply concatenated (join normalizes the whole string every time: measurable on 10,000
 * files).
 */
export function pathJoiner(root: string): (path: string) => string {
  if (sep !== '/') return (path) => join(root, path);
  const base = join(root, '.');
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : base + '/';
  return (path) => prefix + path;
}
