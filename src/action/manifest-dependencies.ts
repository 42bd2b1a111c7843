// What a manifest's result depends on besides its own bytes, for only-changed: every symbolic link
// its path goes through (links to links, and linked folders, included) and the file it reaches, and
// the same for the logo file its logo_uri names (resolved as the logo-size rule resolves it). A pull
// request that changes any of them changes the manifest's result, so it is checked. Pure of GitHub.
// Each path's lstat and readlink are asked once a run, whatever the number of manifests that share
// it, and a walk follows at most MAX_LINKS links: the cost is linear in the manifests' paths.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ManifestInput } from '../engine/engine.js';
import { readManifestText } from '../discovery/read-manifest-file.js';
import { logoPath } from '../semantic/logo-size.js';

/** Links followed in one walk at most (Linux's own limit for a path is 40). */
export const MAX_LINKS = 40;

type Entry = { kind: 'missing' } | { kind: 'link'; target: string } | { kind: 'other' };

/** Resolves workspace-relative paths as the file system does, remembering each path it asked about. */
export class PathResolver {
  private readonly entries = new Map<string, Promise<Entry>>();
  private realRoot: Promise<string | undefined> | undefined;

  constructor(private readonly root: string) {}

  private entry(path: string): Promise<Entry> {
    let found = this.entries.get(path);
    if (found === undefined) {
      const full = join(this.root, path);
      found = lstat(full).then(
        (info): Promise<Entry> | Entry =>
          info.isSymbolicLink()
            ? readlink(full).then(
                (target): Entry => ({ kind: 'link', target }),
                (): Entry => ({ kind: 'missing' }),
              )
            : { kind: 'other' },
        (): Entry => ({ kind: 'missing' }),
      );
      this.entries.set(path, found);
    }
    return found;
  }

  /** An absolute link target as a workspace-relative path (undefined: outside the workspace). */
  private async inside(target: string): Promise<string | undefined> {
    const under = (base: string) => {
      const rel = relative(base, target);
      return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel)) ? rel : undefined;
    };
    const direct = under(resolve(this.root));
    if (direct !== undefined) return direct;
    this.realRoot ??= realpath(this.root).catch(() => undefined);
    const real = await this.realRoot;
    return real === undefined ? undefined : under(real);
  }

  /**
   * The workspace-relative POSIX paths that opening `path` goes through: each symbolic link on the
   * way, and the path reached (a missing one too: the pull request may have removed it). A walk that
   * leaves the workspace, or follows more than MAX_LINKS links, stops where it is.
   */
  async through(path: string): Promise<string[]> {
    const seen: string[] = [];
    const done: string[] = [];
    let todo = path.split(/[\\/]/).reverse();
    let links = 0;
    while (todo.length > 0) {
      const part = todo.pop()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (done.length === 0) return seen; // out of the workspace
        done.pop();
        continue;
      }
      const current = [...done, part].join('/');
      const entry = await this.entry(current);
      if (entry.kind === 'missing') {
        seen.push(current);
        return seen;
      }
      if (entry.kind === 'link') {
        seen.push(current);
        if (++links > MAX_LINKS) return seen;
        let target = entry.target;
        if (isAbsolute(target)) {
          const rel = await this.inside(target);
          if (rel === undefined) return seen;
          done.length = 0;
          target = rel;
        }
        todo = [...todo, ...target.split(/[\\/]/).reverse()];
        continue;
      }
      done.push(part);
    }
    if (done.length > 0) seen.push(done.join('/'));
    return seen;
  }
}

/** The manifest's logo_uri, when it names a workspace file (undefined: none, a URL, or unreadable JSON). */
async function logoOf(manifest: ManifestInput, root: string): Promise<string | undefined> {
  let value = manifest.value;
  if (value === undefined) {
    let text = manifest.text;
    if (text === undefined) {
      const read = await readManifestText(join(root, manifest.path), root);
      if (!read.ok) return undefined;
      text = read.text;
    }
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const logo = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'logo_uri') ? (value as Record<string, unknown>).logo_uri : undefined;
  if (typeof logo !== 'string') return undefined;
  const file = logoPath(logo, manifest.path, root);
  if (file === undefined) return undefined;
  const rel = relative(resolve(root), file);
  return rel === '' ? undefined : rel.split(sep).join('/');
}

/**
 * The paths the manifest's result depends on, other than its own path: the links its path goes
 * through and the file they reach, and the same for its logo file. For a manifest with a name that
 * is not UTF-8 (fsPath), none (the caller keeps such a manifest anyway).
 */
export async function dependenciesOf(manifest: ManifestInput, root: string, resolver: PathResolver): Promise<string[]> {
  if (manifest.fsPath !== undefined) return [];
  const own = await resolver.through(manifest.path);
  const logo = await logoOf(manifest, root);
  const logoPaths = logo === undefined ? [] : await resolver.through(logo);
  return [...own, ...logoPaths].filter((p) => p !== manifest.path);
}

/** Runs `task` on each item, at most `limit` at once; the results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
