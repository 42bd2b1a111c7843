// Reads one manifest file as text, safely: size checked before reading, symbolic links never
// followed out of the workspace, UTF-8 only (a UTF-8 byte order mark is accepted and dropped,
// UTF-16 and invalid bytes are refused). Every refusal is an `unreadable-file` finding.
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { sep } from 'node:path';
import type { PendingFinding } from './findings.js';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; finding: PendingFinding; /** The readable start of the file, to place the finding. */ prefix?: string };

function unreadable(message: string, start = 0, end = 0, prefix?: string): ReadOutcome {
  return {
    ok: false,
    prefix,
    finding: { rule: 'unreadable-file', severity: 'error', message, pointer: '', target: 'value', span: { start, end } },
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export async function readManifestText(
  absolutePath: string,
  workspaceRoot: string,
  maxBytes: number = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadOutcome> {
  let target = absolutePath;
  try {
    const link = await lstat(absolutePath);
    if (link.isSymbolicLink()) {
      const resolved = await realpath(absolutePath);
      const root = await realpath(workspaceRoot);
      if (!isInside(resolved, root)) {
        return unreadable('symbolic link to a file outside the workspace; not followed');
      }
      target = resolved;
    }
    const info = link.isSymbolicLink() ? await stat(target) : link;
    if (info.isDirectory()) return unreadable('this is a directory, not a file');
    if (!info.isFile()) return unreadable('not a regular file');
    if (info.size > maxBytes) {
      return unreadable(`file is ${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)} (not read)`);
    }
  } catch (error) {
    return unreadable(describeFsError(error));
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  if (bytes.length > maxBytes) {
    return unreadable(`file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return unreadable('file is UTF-16 encoded; save it as UTF-8');
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8Byte(body);
    const prefix = body.subarray(0, Math.max(0, bad)).toString('utf8');
    const byteOffset = bad + (hasBom ? 3 : 0);
    return unreadable(`file is not valid UTF-8 (invalid byte 0x${body[bad]?.toString(16).padStart(2, '0')} at byte offset ${byteOffset}); save it as UTF-8`, prefix.length, prefix.length + 1, prefix + ' ');
  }
  return { ok: true, text: body.toString('utf8') };
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
