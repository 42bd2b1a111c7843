// Finds the manifests to check. Candidates come from git (`git ls-files`: tracked, plus untracked
// files that are not ignored) or, outside a git repository, from a walk that skips node_modules/ and
// .git/. With `files` globs every matching file is a manifest; without, a *.json file is a manifest
// when its top-level object has client_name, capabilities, entry_uri, quick_launch_enabled or
// enabled_for_profiles (or, when it does not parse, its text contains "client_name").
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ManifestInput } from './engine.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-manifest-file.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface DiscoveryOptions {
  workspaceRoot: string;
  /** Globs (workspace-relative). Empty: auto-discovery. */
  files?: readonly string[];
  exclude?: readonly string[];
  maxFileBytes?: number;
}

export interface Discovery {
  manifests: ManifestInput[];
  /** Whether `files` globs chose the manifests (then zero matches is an error). */
  explicit: boolean;
  /** Where candidates came from. */
  source: 'git' | 'walk';
}

const MANIFEST_KEYS = ['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'];
const MARKERS = MANIFEST_KEYS.map((k) => `"${k}"`);

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

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

async function gitFiles(root: string): Promise<string[] | null> {
  try {
    const top = (await run('git', ['rev-parse', '--show-toplevel'], root)).trim();
    if (!top) return null;
    const out = await run('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], root);
    return out.split('\0').filter((p) => p !== '');
  } catch {
    return null;
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

/** Decides whether a *.json file is a LivePerson manifest, reading it at most once. */
export async function looksLikeManifest(absolutePath: string, maxBytes: number): Promise<{ manifest: boolean; text?: string }> {
  try {
    const info = await stat(absolutePath);
    if (!info.isFile() || info.size > maxBytes) return { manifest: false };
    const text = await readFile(absolutePath, 'utf8');
    if (!MARKERS.some((m) => text.includes(m))) return { manifest: false };
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return text.includes('"client_name"') ? { manifest: true } : { manifest: false };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { manifest: false };
    return MANIFEST_KEYS.some((k) => Object.prototype.hasOwnProperty.call(value, k)) ? { manifest: true } : { manifest: false };
  } catch {
    return { manifest: false };
  }
}

export async function discoverManifests(options: DiscoveryOptions): Promise<Discovery> {
  const root = options.workspaceRoot;
  const include = normalizeGlobs(options.files ?? [], 'files');
  const exclude = normalizeGlobs(options.exclude ?? [], 'exclude');
  const fromGit = await gitFiles(root);
  const source = fromGit ? 'git' : 'walk';
  const all = (fromGit ?? (await walkFiles(root))).map(toPosix).filter((p) => !inNodeModules(p)).sort();
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;

  if (include.length > 0) {
    const isIncluded = picomatch(include, { dot: true });
    const chosen = all.filter((p) => isIncluded(p) && !isExcluded(p));
    const existing: ManifestInput[] = [];
    for (const path of chosen) {
      try {
        await stat(join(root, path));
        existing.push({ path });
      } catch (error) {
        // Deleted in the work tree but still in the index: nothing to check.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') existing.push({ path });
      }
    }
    return { manifests: existing, explicit: true, source };
  }

  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const jsonFiles = all.filter((p) => p.endsWith('.json') && !isExcluded(p));
  const manifests: ManifestInput[] = [];
  const verdicts = new Array<{ manifest: boolean } | undefined>(jsonFiles.length);
  let next = 0;
  const worker = async () => {
    while (next < jsonFiles.length) {
      const i = next++;
      verdicts[i] = await looksLikeManifest(join(root, jsonFiles[i]!), maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, jsonFiles.length) }, worker));
  jsonFiles.forEach((path, i) => {
    if (verdicts[i]?.manifest) manifests.push({ path });
  });
  return { manifests, explicit: false, source };
}

/** Workspace-relative POSIX path of an absolute path. */
export function workspaceRelative(root: string, absolutePath: string): string {
  return toPosix(relative(root, absolutePath));
}
