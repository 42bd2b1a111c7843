// Finds the manifests to check. Candidates come from git (one `git ls-files`: tracked, plus
// untracked files that are not ignored) or, outside a git repository, from a walk that skips
// node_modules/ and .git/; file names are bytes (a name that is not UTF-8 is shown quoted as git
// quotes it, and opened by its bytes). With `files` globs every matching file is a manifest; without, a file whose
// name ends in .json (any case) is one when recognize-manifest.ts says so.
import { isUtf8 } from 'node:buffer';
import { execFile } from 'node:child_process';
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ManifestInput } from '../engine/engine.js';
import { pathJoiner, type WorkspaceFile } from './file-path.js';
import { decodeManifestBytes, DEFAULT_MAX_FILE_BYTES, isInside, isLfsPointer, linkTargetInside, NO_FOLLOW_FLAGS, readWithoutFollowing, realPathBytes } from './read-manifest-file.js';
import { hasTopLevelManifestKey } from './recognize-large-file.js';
import { isBrokenManifestText, recognizeManifest } from './recognize-manifest.js';
import { displayPath } from '../text/describe.js';
import { decodeWide, quoteName, unquotedForm, wideEncodingOf } from '../text/unicode-encoding.js';
import { createExcluder } from './exclude.js';

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
   * Auto-discovery only: called with each manifest, and the text read (and value parsed) to recognise
   * it, as soon as it is found (in the order found, each path once), so the caller can check it and
   * drop them. The returned list then holds paths only. A returned promise is awaited before reading on.
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
  /**
   * What the shells say as notices (absent when nothing): git submodules, whose files are not
   * searched, and `.json` files that are Git LFS pointers but not named like manifests (a pointer
   * named like one is a manifest, and the engine reports it).
   */
  notices?: string[];
  /** The exclude patterns that match no file discovery looked at (the shells warn: a typo). */
  unmatchedExcludes?: string[];
}

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

/** Bytes `git ls-files` may print (some two million paths): beyond, git's listing fails and the walk is used. */
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;

/** Runs git; its output as bytes (file names need not be UTF-8); a failure is an Error with the first line git printed to stderr. */
function git(args: string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: GIT_OUTPUT_LIMIT, encoding: 'buffer' }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            stderr
              .toString('utf8')
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

/**
 * A file name from bytes: as is when valid UTF-8, else quoted as git quotes it (`"caf\351.json"`)
 * and kept as bytes to open. A UTF-8 name that starts with `"` is quoted too, so that no name is
 * shown as another's quoted form: paths stay one-to-one with names.
 */
function fromBytes(bytes: Buffer, valid: boolean): WorkspaceFile {
  return valid && bytes[0] !== QUOTE ? { path: bytes.toString('utf8') } : { path: quoteName(bytes), fsPath: bytes };
}

const QUOTE = 0x22;

/** `file` below `prefix` (a directory, POSIX, ending in '/'; or ''). */
function prefixed(prefix: string, file: WorkspaceFile): WorkspaceFile {
  if (prefix === '') return file;
  return file.fsPath === undefined ? { path: prefix + file.path } : fromBytes(Buffer.concat([Buffer.from(prefix), file.fsPath]), false);
}

/**
 * git's candidates: one `git ls-files` for tracked files and untracked ones that are not ignored,
 * NUL-separated bytes (no quoting), split as bytes. A path git prints once per merge stage, in a row,
 * is kept once (tracked and untracked files are distinct).
 */
async function gitFiles(root: string, prefix: string, wanted: (path: string) => boolean): Promise<WorkspaceFile[]> {
  const out = await git(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  // One validity check for the whole listing; per name only when some name is not UTF-8.
  const allValid = isUtf8(out);
  const files: WorkspaceFile[] = [];
  let previous: Buffer | undefined;
  for (let start = 0; start < out.length;) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    const bytes = out.subarray(start, end);
    start = end + 1;
    if (bytes.length === 0 || (previous !== undefined && bytes.equals(previous))) continue;
    previous = bytes;
    const file = prefixed(prefix, fromBytes(bytes, allValid || isUtf8(bytes)));
    if (wanted(unquotedForm(file.path))) files.push(file);
  }
  return files;
}

/** Outside git: every file but node_modules/ and .git/, names read as bytes; sorted by path. */
async function walkFiles(root: string, prefix: string, wanted: (path: string) => boolean): Promise<WorkspaceFile[]> {
  const files: WorkspaceFile[] = [];
  const absoluteOf = pathJoiner(root);
  const stack: WorkspaceFile[] = [{ path: '' }];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(absoluteOf(dir), { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.equals(NODE_MODULES) && !e.name.equals(DOT_GIT)) stack.push(inDirectory(dir, e.name));
      } else if (e.isFile() || e.isSymbolicLink()) {
        const file = prefixed(prefix, inDirectory(dir, e.name));
        if (wanted(unquotedForm(file.path))) files.push(file);
      }
    }
  }
  return files.sort(byPath);
}

/** The entry `name` of directory `dir` (both relative to the walk's root). */
function inDirectory(dir: WorkspaceFile, name: Buffer): WorkspaceFile {
  if (dir.fsPath === undefined && isUtf8(name) && !(dir.path === '' && name[0] === QUOTE)) {
    const n = name.toString('utf8');
    return { path: dir.path === '' ? n : `${dir.path}/${n}` };
  }
  const bytes = dir.path === '' ? name : Buffer.concat([dir.fsPath ?? Buffer.from(dir.path), SLASH, name]);
  return fromBytes(bytes, isUtf8(bytes));
}

const SLASH = Buffer.from('/');
const NODE_MODULES = Buffer.from('node_modules');
const DOT_GIT = Buffer.from('.git');

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function inNodeModules(path: string): boolean {
  return path === 'node_modules' || path.startsWith('node_modules/') || path.includes('/node_modules/');
}

/** `.json` in any letter case. */
const JSON_FILE = /\.json$/i;
const isJsonFile = (path: string) => JSON_FILE.test(path);

interface Verdict {
  manifest: boolean;
  /** The text the engine would read (readManifestText), when the file is a manifest and valid UTF-8. */
  text?: string;
  /** The text parsed, when it parses. */
  value?: unknown;
  /** Not a manifest, but a Git LFS pointer (the checkout has no LFS content). */
  lfsPointer?: boolean;
}

const NOT_A_MANIFEST: Verdict = { manifest: false };
/** Not a manifest by its name: a Git LFS pointer, for the notice. */
const AN_LFS_POINTER: Verdict = { manifest: false, lfsPointer: true };
const A_MANIFEST: Verdict = { manifest: true };

/**
 * The texts to judge a file by when the engine cannot read it as UTF-8: UTF-16/32 decoded when its
 * bytes say so (so such a manifest is found and the engine reports its encoding instead of discovery
 * skipping it), and always the bytes as UTF-8 (U+FFFD for bad bytes); NUL characters dropped from
 * both, so that neither a stray NUL byte nor the NUL bytes of wide text hide a key.
 */
function textsToJudge(bytes: Buffer): string[] {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const texts = [withoutNul(bytes.toString('utf8', bom ? 3 : 0))];
  const wide = wideEncodingOf(bytes);
  if (wide !== undefined) texts.unshift(withoutNul(decodeWide(bytes, wide)));
  return texts;
}

function withoutNul(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

/**
 * The content check on a file's bytes (at most the size limit). A manifest's text and parsed value
 * go to the engine: no second read, no second parse.
 */
function verdictOf(bytes: Buffer, path: string, maxBytes: number): Verdict {
  const decoded = decodeManifestBytes(bytes, maxBytes);
  if (!decoded.ok) {
    if (textsToJudge(bytes).some((text) => recognizeManifest(text, path).manifest)) return A_MANIFEST;
    return isLfsPointer(bytes) ? AN_LFS_POINTER : NOT_A_MANIFEST;
  }
  const { manifest, value } = recognizeManifest(decoded.text, path);
  if (!manifest) return NOT_A_MANIFEST;
  return value === undefined ? { manifest, text: decoded.text } : { manifest, text: decoded.text, value };
}

/**
 * A file over the size limit is not parsed: it is a manifest when its first part (the limit), judged
 * as a text that does not parse, or its name says so, or else when a streaming pass over the whole
 * file finds a manifest key in its top-level object (recognize-large-file.ts). The engine then
 * reports it as too large instead of skipping it silently.
 */
function tooLargeVerdict(start: Buffer, path: string, maxBytes: number, file: string | Buffer, flags: number): Verdict {
  if (textsToJudge(start.subarray(0, maxBytes)).some((text) => isBrokenManifestText(text, path))) return A_MANIFEST;
  return hasTopLevelManifestKey(file, flags) ? A_MANIFEST : NOT_A_MANIFEST;
}

/**
 * The content check without following symbolic links, in a few synchronous system calls.
 * Undefined for a symbolic link or anything unusual: the careful path decides.
 */
function sniff(absolutePath: string | Buffer, path: string, maxBytes: number, workspaceRoot: string): Verdict | undefined {
  let file = absolutePath;
  let read = readWithoutFollowing(file, maxBytes);
  let link = false;
  if (read.kind === 'careful') {
    // A symbolic link whose target is inside the workspace: resolved in one call, read the same way
    // (and its text handed to the engine, like a file's). Anything else: the careful path.
    const target = linkTargetInside(absolutePath, workspaceRoot);
    if (target === undefined) return undefined;
    file = target;
    link = true;
    read = readWithoutFollowing(file, maxBytes);
    if (read.kind === 'careful') return undefined;
  }
  if (read.kind === 'too-large') return tooLargeVerdict(read.start, path, maxBytes, file, NO_FOLLOW_FLAGS!);
  // A link named *.json to a directory (or anything but a file) is kept, for the engine to report.
  if (read.kind !== 'bytes') return link ? A_MANIFEST : NOT_A_MANIFEST;
  return verdictOf(read.bytes, path, maxBytes);
}

/** The content check of a symbolic link (or anything sniff leaves alone), with fs/promises. */
async function lookCarefully(absolutePath: string | Buffer, path: string, maxBytes: number, workspaceRoot: string): Promise<Verdict> {
  try {
    const link = await lstat(absolutePath);
    /** What is read: the link's real target (inside the workspace), or the file itself. */
    let file: string | Buffer = absolutePath;
    if (link.isSymbolicLink()) {
      // Never read through a link that leaves the workspace (or loops): keep it as a manifest so
      // the engine reports it as unreadable-file instead of silently skipping it.
      const target = await realPathBytes(absolutePath).catch(() => null);
      if (target === null || !isInside(target, await realPathBytes(workspaceRoot))) return A_MANIFEST;
      file = target;
    }
    const info = await stat(absolutePath);
    // A link named *.json to a directory (or anything but a file) is kept, for the engine to report
    // as unreadable-file, never skipped.
    if (!info.isFile()) return link.isSymbolicLink() ? A_MANIFEST : NOT_A_MANIFEST;
    if (info.size > maxBytes) return tooLargeVerdict(await readStart(file, maxBytes + 1), path, maxBytes, file, NO_FOLLOW_FLAGS ?? constants.O_RDONLY);
    // The engine reads a link again, carefully: no text handed over.
    const verdict = verdictOf(await readFile(absolutePath), path, maxBytes);
    return verdict.manifest ? A_MANIFEST : verdict.lfsPointer ? AN_LFS_POINTER : NOT_A_MANIFEST;
  } catch {
    return NOT_A_MANIFEST;
  }
}

/** The first `length` bytes of a file (fewer if it is shorter). */
async function readStart(absolutePath: string | Buffer, length: number): Promise<Buffer> {
  const file = await open(absolutePath, 'r');
  try {
    const start = Buffer.alloc(length);
    const { bytesRead } = await file.read(start, 0, length, 0);
    return start.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export async function discoverManifests(options: DiscoveryOptions): Promise<Discovery> {
  const root = options.workspaceRoot;
  const include = normalizeGlobs(options.files ?? [], 'files');
  // exclude: .gitignore semantics (src/discovery/exclude.ts).
  const excluder = createExcluder(options.exclude ?? []);
  const isExcluded = (path: string) => excluder.excludes(path);
  // picomatch is loaded only when there are globs (most runs have none).
  const picomatch = include.length > 0 ? (await import('picomatch')).default : undefined;
  const explicit = include.length > 0;
  // Globs match the path without the quotes of a quoted one (a name that is not UTF-8 shows git's `\351` escapes).
  const isIncluded = explicit ? picomatch!(include, { dot: true }) : isJsonFile;
  const wanted = (path: string) => isIncluded(path) && !isExcluded(path) && !inNodeModules(path);
  const searchRoot = options.under ? join(root, options.under) : root;
  const prefix = options.under ? `${options.under.replace(/\/+$/, '')}/` : '';
  let source: Discovery['source'] = 'git';
  /** Why git could not list the files, when it failed. */
  let gitFailure: string | undefined;
  let candidates: WorkspaceFile[];
  try {
    candidates = await gitFiles(searchRoot, prefix, wanted);
  } catch (error) {
    gitFailure = (error as Error).message;
    source = 'walk';
    candidates = await walkFiles(searchRoot, prefix, wanted);
  }
  const absoluteOf = pathJoiner(root);
  const unmatchedExcludes = excluder.unmatched();
  const problem = { ...gitProblem(source, gitFailure, searchRoot), ...(unmatchedExcludes.length > 0 ? { unmatchedExcludes } : {}) };

  if (explicit) {
    const existing: ManifestInput[] = [];
    for (const file of candidates.sort(byPath)) {
      try {
        // Deleted in the work tree but still in the index: nothing to check. (lstat: a broken
        // symbolic link is there, and reported.)
        if (lstatSync(absoluteOf(file), { throwIfNoEntry: false }) !== undefined) existing.push(file);
      } catch {
        existing.push(file);
      }
    }
    return { manifests: existing, explicit: true, source, ...problem, ...noticesOf(root, source, []) };
  }

  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const manifests: ManifestInput[] = [];
  /** Candidates that are Git LFS pointers, not named like manifests. */
  const lfsPointers: string[] = [];
  const onManifest = options.onManifest;
  for (const file of candidates) {
    const absolute = absoluteOf(file);
    // (Recognition by name sees a quoted path without its quotes: `"caf\351-manifest.json"` ends in .json.)
    const name = unquotedForm(file.path);
    const verdict = sniff(absolute, name, maxBytes, root) ?? (await lookCarefully(absolute, name, maxBytes, root));
    if (!verdict.manifest) {
      if (verdict.lfsPointer === true) lfsPointers.push(file.path);
      continue;
    }
    const text = verdict.text === undefined ? {} : { text: verdict.text };
    if (onManifest === undefined) {
      // Every manifest in one list: texts kept (not read again), parsed values not (the memory of them
      // all costs more than parsing again; measured with scripts/bench.mjs).
      manifests.push({ ...file, ...text });
      continue;
    }
    manifests.push(file);
    const wait = onManifest(verdict.value === undefined ? { ...file, ...text } : { ...file, ...text, value: verdict.value });
    if (wait) await wait;
  }
  manifests.sort(byPath);
  return { manifests, explicit: false, source, ...problem, ...noticesOf(root, source, lfsPointers) };
}

/** Paths a notice names at most (then: "and N more"). */
const NAMED_IN_NOTICE = 5;

function named(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMED_IN_NOTICE).map(displayPath).join(', ');
  return paths.length > NAMED_IN_NOTICE ? `${shown} and ${(paths.length - NAMED_IN_NOTICE).toLocaleString('en')} more` : shown;
}

/** The notices of a discovery: git submodules (when `.gitmodules` exists) and Git LFS pointers. */
function noticesOf(root: string, source: Discovery['source'], lfsPointers: readonly string[]): Pick<Discovery, 'notices'> {
  const notices: string[] = [];
  const submodules = submodulePaths(root);
  if (submodules !== undefined) {
    const which = submodules.length > 0 ? ` (${named(submodules)})` : '';
    notices.push(
      source === 'git'
        ? `this repository has git submodules${which}: git lists a submodule as one entry, not its files, so manifests inside submodules were not checked; check them in each submodule's own repository`
        : `this repository has git submodules${which}: a submodule that is not checked out (actions/checkout with submodules: true) has no files here, so its manifests were not checked`,
    );
  }
  if (lfsPointers.length > 0) {
    const one = lfsPointers.length === 1;
    const files = one ? '1 .json file is a Git LFS pointer' : `${lfsPointers.length.toLocaleString('en')} .json files are Git LFS pointers`;
    notices.push(
      `${files} (${named(lfsPointers)}), not ${one ? "the file's" : "the files'"} content: the checkout did not fetch Git LFS content, so ${one ? 'it was' : 'they were'} not checked; check out with lfs: true (actions/checkout) or run git lfs pull`,
    );
  }
  return notices.length > 0 ? { notices } : {};
}

/** Bytes of `.gitmodules` read, at most. */
const GITMODULES_LIMIT = 64 * 1024;

/**
 * The paths `.gitmodules` (at the workspace's root) names, in its order, each once; undefined when
 * there is no such regular file. Read without following a symbolic link, at most 64 KiB.
 */
function submodulePaths(root: string): string[] | undefined {
  let fd: number;
  try {
    fd = openSync(join(root, '.gitmodules'), NO_FOLLOW_FLAGS ?? constants.O_RDONLY);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(GITMODULES_LIMIT);
    const n = readSync(fd, buffer, 0, GITMODULES_LIMIT, 0);
    const paths = new Set<string>();
    for (const line of buffer.toString('utf8', 0, n).split('\n')) {
      const path = /^\s*path\s*=\s*(.*?)\s*$/.exec(line)?.[1];
      if (path) paths.add(path.replace(/^"(.*)"$/, '$1'));
    }
    return [...paths];
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * One file (a workspace-relative path) judged as auto-discovery judges a candidate: its name ends in
 * .json (any case), it is not under node_modules/, and its content is a manifest's (recognize-manifest.ts;
 * a symbolic link that leaves the workspace is kept, to be reported). For the command line's
 * --only-manifests: pre-commit passes every staged file its filter matched, package.json among them.
 * The manifest, with the text read when there is one, or undefined.
 */
export async function recognizeFile(workspaceRoot: string, path: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<ManifestInput | undefined> {
  if (!isJsonFile(path) || inNodeModules(path)) return undefined;
  const absolute = join(workspaceRoot, path);
  const verdict = sniff(absolute, path, maxFileBytes, workspaceRoot) ?? (await lookCarefully(absolute, path, maxFileBytes, workspaceRoot));
  if (!verdict.manifest) return undefined;
  return verdict.text === undefined ? { path } : { path, text: verdict.text };
}

/** The warning the shells give for a Discovery's gitProblem. */
export function gitProblemWarning(problem: string): string {
  return `git could not list the files of this repository (${problem}); every file but node_modules/ and .git/ was searched instead, including files .gitignore excludes`;
}

/** The gitProblem of a discovery that walked the files of a git work tree because git failed. */
function gitProblem(source: Discovery['source'], failure: string | undefined, searchRoot: string): Pick<Discovery, 'gitProblem'> {
  return source === 'walk' && failure !== undefined && looksLikeGitWorkTree(searchRoot) ? { gitProblem: failure } : {};
}
