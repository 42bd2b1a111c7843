// --fix and --fix-dry-run on files: each checked file that has a fix is read again (never through a
// symbolic link, only inside the workspace), fixed in passes (apply-fixes.ts) with the engine
// checking each new text, and, for --fix, written back in place: the same file (opened without
// following a link), only when the content changed and is still what was read, with its byte order
// mark kept. Everything else in the file is kept byte for byte: the edits are the fixes' own.
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateManifests, type ValidationOptions } from '../engine/engine.js';
import type { FileResult, Finding } from '../engine/findings.js';
import { decodeManifestBytes, DEFAULT_MAX_FILE_BYTES, isInside, readWithoutFollowing, realPathBytes } from '../discovery/read-manifest-file.js';
import { fixText } from './apply-fixes.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** open(2) flags that refuse a symbolic link (ELOOP) where the platform has O_NOFOLLOW. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export interface FixedFile {
  /** Workspace-relative POSIX path. */
  path: string;
  /** The text before and after the fixes (without the byte order mark). */
  before: string;
  after: string;
  /** Fixes applied. */
  applied: number;
  /** The file starts with a UTF-8 byte order mark (kept by the fixes; a diff must show it). */
  bom?: boolean;
}

export interface FixFilesOptions {
  /** Absolute path of the workspace: only files inside it are fixed. */
  workspaceRoot: string;
  maxFileBytes?: number;
  /** The findings of a file's new text (the engine's; see checkWith). */
  check: (path: string, text: string) => Promise<Finding[]>;
  /** Write the fixed files (--fix); otherwise only compute them (--fix-dry-run). */
  write: boolean;
  /** A file that was not fixed, and why. */
  skipped: (path: string, reason: string) => void;
}

export type Read = { ok: true; bytes: Buffer; text: string; bom: boolean } | { ok: false; reason: string };

/** The file's bytes, read without following a symbolic link, and its text as the engine decodes it. */
function readForFix(absolute: string, maxBytes: number): Read {
  const read = readWithoutFollowing(absolute, maxBytes);
  if (read.kind === 'careful') return { ok: false, reason: 'a symbolic link (or a platform that cannot open a file without following one); fix the file it points to' };
  if (read.kind !== 'bytes') return { ok: false, reason: 'it cannot be read as a regular file' };
  const bytes = Buffer.from(read.bytes); // the read buffer is shared: copy before the next read
  const decoded = decodeManifestBytes(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, reason: 'it cannot be read as UTF-8 text' };
  return { ok: true, bytes, text: decoded.text, bom: decoded.bom };
}

/**
 * Writes `content` over the file at `absolute` if it still holds `expected`: opened without
 * following a symbolic link and without creating anything, checked to be a regular file, then
 * written from the start and cut to the new length. Returns why it did not write, if it did not.
 */
function writeInPlace(absolute: string, expected: Buffer, content: Buffer): string | undefined {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDWR | NO_FOLLOW);
  } catch (error) {
    return `it cannot be opened for writing (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  try {
    if (!fstatSync(fd).isFile()) return 'it is not a regular file';
    const current = Buffer.alloc(expected.length + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < current.length; length += n) n = readSync(fd, current, length, current.length - length, length);
    if (length !== expected.length || !current.subarray(0, length).equals(expected)) return 'it changed while it was being fixed';
    for (let written = 0; written < content.length;) written += writeSync(fd, content, written, content.length - written, written);
    ftruncateSync(fd, content.length);
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The engine as a fix's checker: one file's findings for a text (the findings that span files aside). */
export function checkWith(validation: ValidationOptions): FixFilesOptions['check'] {
  return async (path, text) => (await validateManifests([{ path, text }], validation))[0]!.findings;
}

/**
 * A checked file read again (to fix it, or to suggest its fixes): only inside the workspace (`root`:
 * its real path), never through a symbolic link.
 */
export async function readInWorkspace(absolute: string, root: Buffer, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<Read> {
  const folder = await realPathBytes(dirname(absolute)).catch(() => undefined);
  if (folder === undefined || !isInside(folder, root)) return { ok: false, reason: 'it is outside the workspace' };
  return readForFix(absolute, maxBytes);
}

/** Fixes the files among `results` that have fixes; returns those whose text changed. */
export async function fixFiles(results: readonly FileResult[], options: FixFilesOptions): Promise<FixedFile[]> {
  const root = await realPathBytes(options.workspaceRoot);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const fixed: FixedFile[] = [];
  for (const result of results) {
    if (!result.findings.some((f) => f.fix !== undefined)) continue;
    if (result.pathBytes !== undefined) {
      // Its path is the quoted display form of a name that is not UTF-8: not a name to open, or to write.
      options.skipped(result.path, 'its name is not UTF-8 (fix it by hand, or rename the file)');
      continue;
    }
    const absolute = join(options.workspaceRoot, result.path);
    const read = await readInWorkspace(absolute, root, maxBytes);
    if (!read.ok) {
      options.skipped(result.path, read.reason);
      continue;
    }
    const outcome = await fixText(read.text, (text) => options.check(result.path, text));
    if (outcome.refused !== undefined) {
      const rules = [...new Set(outcome.refused.map((f) => f.rule))].join(', ');
      options.skipped(result.path, `the fixes of ${rules} would leave JSON that does not parse, so they were not applied (a bug: please report it)`);
    }
    if (outcome.text === read.text) continue;
    if (options.write) {
      const content = Buffer.from(outcome.text, 'utf8');
      const refused = writeInPlace(absolute, read.bytes, read.bom ? Buffer.concat([BOM, content]) : content);
      if (refused !== undefined) {
        options.skipped(result.path, refused);
        continue;
      }
    }
    fixed.push({ path: result.path, before: read.text, after: outcome.text, applied: outcome.applied, ...(read.bom ? { bom: true } : {}) });
  }
  return fixed;
}
