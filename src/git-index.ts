// The tracked files of a repository read straight from its index file (.git/index), the list
// `git ls-files --cached` prints, without starting git: git's own start-up is most of the wait for
// that listing (measured in scripts/bench.mjs). Only for plain repositories read the plain way;
// anything this reader is not sure of returns undefined, and discovery asks git as before.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables that make git look at another index, repository or work tree. */
const REDIRECTING_VARIABLES = ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];

/**
 * Repository configuration that changes where the work tree is, what the index holds, how it is
 * hashed or how paths are printed: `core.worktree`, `core.bare = true`, `extensions.objectFormat`
 * (SHA-256), `index.sparse`, `core.splitIndex`, `core.precomposeUnicode`, and configuration kept
 * elsewhere (`extensions.worktreeConfig`, `[include]`, `[includeIf]`). Any of these: ask git.
 */
const UNUSUAL_CONFIG =
  /^[ \t]*(?:worktree|objectformat|sparse|splitindex|precomposeunicode|worktreeconfig)[ \t]*(?:=|$)|^[ \t]*bare[ \t]*(?:$|=[ \t]*(?:true|yes|on|1)[ \t]*$)|^[ \t]*\[[ \t]*include/im;

/**
 * The paths `git ls-files -z --cached` prints in `root`, in its order, or undefined when git must be
 * asked: not the top of a work tree with a `.git` directory, git redirected by the environment or the
 * configuration, an index this reader does not know (see parseIndexPaths), or any read error.
 */
export function trackedPathsFromIndex(root: string, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  if (REDIRECTING_VARIABLES.some((name) => env[name] !== undefined)) return undefined;
  const gitDir = join(root, '.git');
  try {
    // A `.git` file (a linked work tree, a submodule) points elsewhere: git resolves that.
    if (!statSync(gitDir).isDirectory()) return undefined;
    if (UNUSUAL_CONFIG.test(readFileSync(join(gitDir, 'config'), 'utf8'))) return undefined;
    return parseIndexPaths(readFileSync(join(gitDir, 'index')));
  } catch {
    return undefined;
  }
}

/** Bytes of an entry before its flags: ctime, mtime, dev, ino, mode, uid, gid, size (40), SHA-1 (20). */
const STAT_AND_HASH = 60;
const HASH_BYTES = 20;

/**
 * The paths of a git index file (format versions 2, 3 and 4; gitformat-index(5)), or undefined for
 * what `git ls-files --cached` would print differently or what this reader does not handle: an entry
 * of a merge conflict (git lists each stage), a directory entry or extension of a sparse index, a
 * split index, or a file that does not parse. The trailing checksum is not verified: a damaged index
 * either fails to parse here or makes git fail too, and discovery then falls back as with git.
 */
export function parseIndexPaths(index: Buffer): string[] | undefined {
  const end = index.length - HASH_BYTES;
  if (end < 12 || index.readUInt32BE(0) !== 0x44495243 /* DIRC */) return undefined;
  const version = index.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = index.readUInt32BE(8);
  // Each entry takes at least 62 bytes (version 4: 64 with its shortest name): a count beyond that is damage.
  if (count > (end - 12) / 62) return undefined;
  const paths = new Array<string>(count);
  let name = version === 4 ? Buffer.alloc(256) : undefined; // version 4: the previous path, as bytes
  let nameLength = 0;
  let offset = 12;
  for (let i = 0; i < count; i++) {
    const start = offset;
    if (start + STAT_AND_HASH + 2 > end) return undefined;
    // (Bytes read one by one: Buffer#readUInt16BE and friends check their arguments on every call.)
    if (index[start + 26]! >> 4 === 0o04) return undefined; // mode 040000, a directory: a sparse index
    const flags = (index[start + STAT_AND_HASH]! << 8) | index[start + STAT_AND_HASH + 1]!;
    if ((flags & 0x3000) !== 0) return undefined; // stage 1-3: a merge conflict
    let at = start + STAT_AND_HASH + 2;
    if ((flags & 0x4000) !== 0) {
      if (version < 3) return undefined;
      at += 2; // extended flags (intent-to-add, skip-worktree): listed all the same
    }
    if (name === undefined) {
      const nul = index.indexOf(0, at);
      if (nul < 0 || nul >= end) return undefined;
      paths[i] = index.toString('utf8', at, nul);
      // The entry is padded with 1 to 8 NUL bytes to a multiple of 8.
      offset = start + ((nul - start + 8) & ~7);
    } else {
      // Version 4: how many bytes to drop from the end of the previous path (git's offset varint),
      // then the rest of this path, NUL-terminated, no padding.
      let byte = index[at++]!;
      let strip = byte & 127;
      while (byte & 128) {
        if (at >= end || strip > 0xffffff) return undefined;
        byte = index[at++]!;
        strip = ((strip + 1) << 7) | (byte & 127);
      }
      if (strip > nameLength) return undefined;
      const nul = index.indexOf(0, at);
      if (nul < 0 || nul >= end) return undefined;
      const kept = nameLength - strip;
      nameLength = kept + (nul - at);
      if (nameLength > name.length) {
        const bigger = Buffer.alloc(Math.max(nameLength, name.length * 2));
        name.copy(bigger, 0, 0, kept);
        name = bigger;
      }
      index.copy(name, kept, at, nul);
      paths[i] = name.toString('utf8', 0, nameLength);
      offset = nul + 1;
    }
    if (offset > end) return undefined;
  }
  // Extensions (cached trees, resolve-undo, untracked cache, ...) follow; two change what the index means.
  while (offset + 8 <= end) {
    const signature = index.toString('latin1', offset, offset + 4);
    if (signature === 'link' || signature === 'sdir') return undefined; // split index, sparse index
    offset += 8 + index.readUInt32BE(offset + 4);
  }
  return offset === end ? paths : undefined;
}
