// Writing report-file and sarif-file. A pull request can commit symbolic links, so a name the
// workflow gives (lp.sarif, out/lp.sarif) may lead anywhere on the runner. A file is written only
// inside the workspace or RUNNER_TEMP, at a path whose every component below that root is a real
// folder or file: missing folders are created one at a time, each checked with lstat; the file is
// opened with O_NOFOLLOW (a link swapped in at the last moment is refused by the kernel) and
// O_NONBLOCK (a FIFO cannot hang the step), checked to be a regular file with no other name (a hard
// link) through the open handle, and only then emptied and written, in pieces of whole lines when
// the text comes as a stream (text-stream.ts): a report of any size is written, one piece held at a time.
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeLines, type Chunks } from '../reporters/text-stream.js';

/** A path the action will not write to, or could not; the message says why. */
export class OutputFileError extends Error {
  override name = 'OutputFileError';
}

export interface OutputRoots {
  /** GITHUB_WORKSPACE: relative paths are resolved against it. */
  workspace: string;
  /** RUNNER_TEMP, when set. */
  runnerTemp?: string;
}

/** The absolute path a report-file / sarif-file input names (`..` resolved, no link followed). */
export function outputPath(path: string, roots: OutputRoots): string {
  return resolve(roots.workspace, path);
}

/** The components of `path` below `root`, or undefined when it is not strictly inside. */
function componentsBelow(root: string, path: string): string[] | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  return rel.split(sep);
}

/** The root the path is in, and its components below it (the outer root when both hold it: more is checked). */
function placeIn(path: string, roots: OutputRoots): { root: string; parts: string[] } {
  const candidates = [roots.workspace, roots.runnerTemp]
    .filter((r): r is string => !!r)
    .map((r) => resolve(r))
    .flatMap((root) => {
      const parts = componentsBelow(root, path);
      return parts ? [{ root, parts }] : [];
    });
  candidates.sort((a, b) => b.parts.length - a.parts.length);
  const place = candidates[0];
  if (!place) throw new OutputFileError(`it is outside the workspace${roots.runnerTemp ? ' and RUNNER_TEMP' : ''}; the action writes only there`);
  return place;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** lstat, or undefined when nothing is there. */
async function lstatIfAny(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}
const LINK = 'is a symbolic link: the action writes only through real folders and files, never through a link';

/**
 * Writes `text` (a string, or the pieces of a streamed report) to `path` (workspace-relative or absolute), creating missing folders. Throws an
 * OutputFileError saying why when the path is outside both roots, passes through a symbolic link
 * or is not a regular file; other errors (permissions, disk full) as the system reports them.
 */
export async function writeOutputFile(path: string, text: string | Chunks, roots: OutputRoots): Promise<void> {
  const { root, parts } = placeIn(outputPath(path, roots), roots);
  const shown = (n: number) => JSON.stringify(parts.slice(0, n).join('/'));
  let dir = root;
  for (let i = 0; i < parts.length - 1; i++) {
    dir = join(dir, parts[i]!);
    let st = await lstatIfAny(dir);
    if (st === undefined) {
      try {
        await mkdir(dir);
      } catch (error) {
        // EEXIST: something appeared meanwhile; the lstat below judges it like any other.
        if (code(error) !== 'EEXIST') throw error;
      }
      st = await lstat(dir);
    }
    if (st.isSymbolicLink()) throw new OutputFileError(`${shown(i + 1)} ${LINK}`);
    if (!st.isDirectory()) throw new OutputFileError(`${shown(i + 1)} is not a folder`);
  }
  const file = join(dir, parts[parts.length - 1]!);
  const before = await lstatIfAny(file);
  if (before?.isSymbolicLink()) throw new OutputFileError(`${shown(parts.length)} ${LINK}`);
  if (before && !before.isFile()) throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
  // O_NOFOLLOW and O_NONBLOCK do not exist on Windows (undefined): the lstat checks above remain.
  const flags = constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let handle: FileHandle;
  try {
    handle = await open(file, flags, 0o644);
  } catch (error) {
    // ELOOP (Linux, macOS), EMLINK (FreeBSD): the last component became a link after the lstat.
    if (code(error) === 'ELOOP' || code(error) === 'EMLINK') throw new OutputFileError(`${shown(parts.length)} ${LINK}`);
    if (code(error) === 'ENXIO') throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
    throw error;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new OutputFileError(`${shown(parts.length)} is not a regular file`);
    // Another name for the same file (a hard link) may be outside the workspace: never write through it.
    if (st.nlink > 1) throw new OutputFileError(`${shown(parts.length)} has ${st.nlink} names (hard links); the action writes only to a file of its own`);
    await handle.truncate(0);
    // writeFile on a handle writes from its position on: the pieces follow each other.
    if (typeof text === 'string') await handle.writeFile(text);
    else await writeLines(text, (piece) => handle.writeFile(piece));
  } finally {
    await handle.close();
  }
}
