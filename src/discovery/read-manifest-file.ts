// Reads one manifest file as text, safely: size checked before reading, symbolic links never
// followed out of the workspace, UTF-8 only (a UTF-8 byte order mark is accepted and dropped,
// UTF-16/32 and invalid bytes are refused). Every refusal is an `unreadable-file` finding.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { sep } from 'node:path';
import type { PendingFinding } from '../engine/findings.js';
import { firstInvalidUtf8Byte, wideEncodingOf } from '../text/unicode-encoding.js';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export type ReadOutcome =
  | { ok: true; text: string; /** The file starts with a UTF-8 byte order mark (not in `text`). */ bom: boolean }
  | { ok: false; finding: PendingFinding; /** The readable start of the file, to place the finding. */ prefix?: string };

function unreadable(message: string, start = 0, end = 0, prefix?: string): ReadOutcome {
  return {
    ok: false,
    prefix,
    finding: { rule: 'unreadable-file', severity: 'error', message, pointer: '', target: 'value', span: { start, end } },
  };
}

function tooLarge(size: number, maxBytes: number, read: boolean): ReadOutcome {
  let shown = formatBytes(size);
  let limit = formatBytes(maxBytes);
  // "file is 1.0 MiB; the limit is 1.0 MiB" says nothing: give the exact counts then.
  if (shown === limit) [shown, limit] = [`${size.toLocaleString('en')} bytes`, `${maxBytes.toLocaleString('en')} bytes`];
  return unreadable(`file is ${shown}; the limit is ${limit}${read ? '' : ' (not read)'}`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

const SEPARATOR = sep.charCodeAt(0);

/** Whether `child` is `parent` or below it: real, absolute paths as bytes (a file name need not be UTF-8). */
export function isInside(child: Buffer, parent: Buffer): boolean {
  if (child.length < parent.length || !child.subarray(0, parent.length).equals(parent)) return false;
  return child.length === parent.length || parent[parent.length - 1] === SEPARATOR || child[parent.length] === SEPARATOR;
}

/** The real path of a file, as bytes. */
export function realPathBytes(path: string | Buffer): Promise<Buffer> {
  return realpath(path, { encoding: 'buffer' });
}

/**
 * open(2) flags of the fast path: O_NOFOLLOW makes a symbolic link fail (ELOOP) instead of being
 * followed, O_NONBLOCK keeps a FIFO from blocking the open. Undefined where the platform has no
 * O_NOFOLLOW (Windows): every read then takes the careful path.
 */
export const NO_FOLLOW_FLAGS = constants.O_NOFOLLOW !== undefined && constants.O_NONBLOCK !== undefined ? constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK : undefined;

/** What a fast read found: the bytes of a regular file, or a reason it was not read. */
export type FastRead =
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'directory' }
  | { kind: 'not-file' }
  /** `start`: the first bytes (the limit and one), in the shared buffer like `bytes`. */
  | { kind: 'too-large'; size: number; start: Buffer }
  | { kind: 'error'; error: unknown }
  /** Not opened: a symbolic link, a platform without O_NOFOLLOW, or an error open(2) reports differently from lstat(2). */
  | { kind: 'careful' };

/** Below this size (a page), one read(2) that returns less than asked has read the whole file. */
const WHOLE_FILE_IN_ONE_READ = 4096;

/** The one read buffer of the fast path (size limit + 1 bytes); see readWithoutFollowing. */
let readBuffer: Buffer = Buffer.alloc(0);

/**
 * Reads a file that is not a symbolic link synchronously: open, read into a shared buffer of the size
 * limit plus one byte (files of a page or more: read again to see the end of the file), close. For the small files manifests
 * are, the thread-pool round trips of fs/promises (lstat, open, fstat, read, close) cost several times
 * the reads themselves, and an fstat(2) per file (and the Stats object Node builds from it) costs
 * more than the read that finds the end; measured in scripts/bench.mjs. fstat runs only when the
 * read says something unusual: nothing read (an empty file, a FIFO, a device), more than the limit,
 * or an error. Anything else unusual comes back as `careful`, for the caller's careful path.
 *
 * The bytes returned live in the shared buffer: they are valid until the next call, so callers
 * decode them (or copy them) before reading another file.
 */
export function readWithoutFollowing(absolutePath: string | Buffer, maxBytes: number): FastRead {
  if (NO_FOLLOW_FLAGS === undefined) return { kind: 'careful' };
  let fd: number;
  try {
    fd = openSync(absolutePath, NO_FOLLOW_FLAGS);
  } catch {
    return { kind: 'careful' };
  }
  try {
    const capacity = maxBytes + 1;
    if (readBuffer.length !== capacity) readBuffer = Buffer.allocUnsafeSlow(capacity);
    let length = 0;
    try {
      // Until the end of the file (a read of 0 bytes) or one byte past the limit, whichever is first.
      // A first read of less than a page is the whole file: a regular file's read(2) returns less
      // than asked only at its end, and no file system splits reads below a page. (Most manifests
      // are that small: one read(2) instead of two.)
      for (;;) {
        const n = readSync(fd, readBuffer, length, capacity - length, null);
        if (n === 0) break;
        length += n;
        if (length === capacity || (length === n && n < WHOLE_FILE_IN_ONE_READ)) break;
      }
    } catch (error) {
      // EISDIR for a directory; otherwise let fstat tell what it is, when it can.
      const info = fstatSync(fd);
      if (info.isDirectory()) return { kind: 'directory' };
      if (!info.isFile()) return { kind: 'not-file' };
      return { kind: 'error', error };
    }
    if (length === 0 || length > maxBytes) {
      const info = fstatSync(fd);
      if (info.isDirectory()) return { kind: 'directory' };
      if (!info.isFile()) return { kind: 'not-file' };
      if (length > maxBytes) return { kind: 'too-large', size: Math.max(info.size, length), start: readBuffer.subarray(0, length) };
    }
    return { kind: 'bytes', bytes: readBuffer.subarray(0, length) };
  } catch (error) {
    return { kind: 'error', error };
  } finally {
    closeSync(fd);
  }
}

/** The first line of a Git LFS pointer file (and of the pointers of LFS's predecessor, hawser). */
const LFS_VERSIONS = ['version https://git-lfs.github.com/spec/', 'version https://hawser.github.com/spec/'];

/** Git LFS pointers are at most this long (git-lfs's own limit). */
const LFS_POINTER_MAX = 1024;

/**
 * Whether a file's bytes are a Git LFS pointer: what a checkout without LFS content leaves instead of
 * the file (the version line first, then `oid sha256:…` and `size …`). A JSON text never starts so.
 */
export function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length > LFS_POINTER_MAX || bytes[0] !== 0x76) return false;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return LFS_VERSIONS.some((v) => text.startsWith(v)) && /^oid [a-z0-9]+:[0-9a-f]+$/m.test(text);
}

function lfsPointer(text: string): ReadOutcome {
  const size = /^size (\d{1,15})$/m.exec(text)?.[1];
  const object = size === undefined ? 'a file' : `a file of ${formatBytes(Number(size))}`;
  return unreadable(`file is a Git LFS pointer (to ${object}), not the manifest itself: the checkout did not fetch Git LFS content; check out with lfs: true (actions/checkout) or run git lfs pull`);
}

/** Real paths of workspace roots (a run asks for one root, once per symbolic link). */
const realRoots = new Map<string, Buffer>();

/**
 * The real path of a symbolic link's final target, when it is inside the workspace: one realpath(3)
 * (synchronous, however many links lead there), and the workspace root's real path once per root.
 * Undefined when the link leaves the workspace, loops, leads nowhere or cannot be resolved: the
 * careful path then reports why. The target is read with O_NOFOLLOW (readWithoutFollowing), so a
 * link swapped in after this call is not followed either.
 */
export function linkTargetInside(absolutePath: string | Buffer, workspaceRoot: string): Buffer | undefined {
  if (NO_FOLLOW_FLAGS === undefined) return undefined;
  try {
    const target = realpathSync.native(absolutePath, { encoding: 'buffer' });
    let root = realRoots.get(workspaceRoot);
    if (root === undefined) {
      root = realpathSync.native(workspaceRoot, { encoding: 'buffer' });
      realRoots.set(workspaceRoot, root);
    }
    return isInside(target, root) ? target : undefined;
  } catch {
    return undefined;
  }
}

/** The checks on a file's bytes: size limit, UTF-16/32 (with or without a byte order mark), UTF-8 byte order mark and validity. */
export function decodeManifestBytes(bytes: Buffer, maxBytes: number = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  if (bytes.length > maxBytes) {
    return tooLarge(bytes.length, maxBytes, true);
  }
  const wide = wideEncodingOf(bytes);
  if (wide !== undefined) return unreadable(`file is ${wide.encoding} encoded${wide.bom ? '' : ' (no byte order mark)'}; save it as UTF-8`);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // Decoding replaces each invalid sequence with U+FFFD, so only a text that has one needs the
  // validity check (it may also be a real U+FFFD, which is valid): one pass over most files, not two.
  const text = bytes.toString('utf8', hasBom ? 3 : 0);
  const body = hasBom ? bytes.subarray(3) : bytes;
  // A NUL byte: no JSON text holds one (a binary file, or text in an encoding the checks above do
  // not believe). Reported as itself, at the first one, unless an invalid byte comes before it.
  const nul = body.indexOf(0);
  const bad = text.includes('\uFFFD') && !isUtf8(body) ? firstInvalidUtf8Byte(body) : -1;
  if (nul >= 0 && (bad < 0 || nul < bad)) {
    const prefix = body.subarray(0, nul).toString('utf8');
    return unreadable(
      `file holds a NUL byte (0x00) at byte offset ${nul + (hasBom ? 3 : 0)}, which JSON text never does (a binary file, or text saved in another encoding); save it as UTF-8 text`,
      prefix.length,
      prefix.length + 1,
      prefix + ' ',
    );
  }
  if (bad < 0) return !hasBom && isLfsPointer(bytes) ? lfsPointer(text) : { ok: true, text, bom: hasBom };
  const prefix = body.subarray(0, bad).toString('utf8');
  const byteOffset = bad + (hasBom ? 3 : 0);
  return unreadable(
    `file is not valid UTF-8 (invalid byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte offset ${byteOffset}); save it as UTF-8`,
    prefix.length,
    prefix.length + 1,
    prefix + ' ',
  );
}

/**
 * readManifestText's synchronous fast path: the outcome, or undefined when the file needs the
 * careful path (a platform without O_NOFOLLOW, or a symbolic link that does not resolve to a path
 * inside `workspaceRoot`, or any symbolic link when no root is given).
 */
export function readManifestTextSync(absolutePath: string | Buffer, maxBytes: number = DEFAULT_MAX_FILE_BYTES, workspaceRoot?: string): ReadOutcome | undefined {
  let fast = readWithoutFollowing(absolutePath, maxBytes);
  if (fast.kind === 'careful' && workspaceRoot !== undefined) {
    // A symbolic link inside the workspace: its target, resolved in one call and read the same way.
    const target = linkTargetInside(absolutePath, workspaceRoot);
    if (target !== undefined) fast = readWithoutFollowing(target, maxBytes);
  }
  switch (fast.kind) {
    case 'bytes':
      return decodeManifestBytes(fast.bytes, maxBytes);
    case 'directory':
      return unreadable('this is a directory, not a file');
    case 'not-file':
      return unreadable('not a regular file');
    case 'too-large':
      return tooLarge(fast.size, maxBytes, false);
    case 'error':
      return unreadable(describeFsError(fast.error));
    case 'careful':
      return undefined;
  }
}

export async function readManifestText(absolutePath: string | Buffer, workspaceRoot: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<ReadOutcome> {
  return readManifestTextSync(absolutePath, maxBytes, workspaceRoot) ?? (await readCarefully(absolutePath, workspaceRoot, maxBytes));
}

/** Symbolic links (followed only inside the workspace), and every read where O_NOFOLLOW is missing. */
async function readCarefully(absolutePath: string | Buffer, workspaceRoot: string, maxBytes: number): Promise<ReadOutcome> {
  let target = absolutePath;
  try {
    const link = await lstat(absolutePath);
    if (link.isSymbolicLink()) {
      const resolved = await realPathBytes(absolutePath);
      if (!isInside(resolved, await realPathBytes(workspaceRoot))) {
        return unreadable('symbolic link to a file outside the workspace; not followed');
      }
      target = resolved;
    }
    const info = link.isSymbolicLink() ? await stat(target) : link;
    if (info.isDirectory()) return unreadable('this is a directory, not a file');
    if (!info.isFile()) return unreadable('not a regular file');
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes, false);
  } catch (error) {
    return unreadable(describeFsError(error));
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  return decodeManifestBytes(bytes, maxBytes);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found (or a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'symbolic link loop; not followed';
    case 'EISDIR':
      return 'this is a directory, not a file';
    default:
      return `cannot read the file (${code ?? 'unknown error'})`;
  }
}
