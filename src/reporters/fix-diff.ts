// --fix-dry-run: the fixes as one unified diff (jsdiff), `a/` and `b/` prefixed like git's, so
// `git apply` and `patch -p1` take it as it is.
import { randomUUID } from 'node:crypto';
import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, type StructuredPatch } from 'diff';
import type { FixedFile } from '../fixes/fix-files.js';
import { displayPath } from '../text/describe.js';
import { logSafe } from './log-safe.js';

/**
 * Past this many changed lines the line diff (Myers: time grows with the number of changes times
 * the length) gives way to one hunk that replaces the whole file: a file of many thousand repeated
 * items must not take minutes.
 */
export const MAX_DIFF_CHANGES = 1000;

/** The lines of a text as a hunk's, each with its prefix; jsdiff's marker after a last line without a line break. */
function hunkLines(text: string, prefix: '-' | '+'): string[] {
  const lines = text.split('\n');
  const last = lines.pop()!;
  const out = lines.map((l) => prefix + l);
  if (last !== '') out.push(prefix + last, '\\ No newline at end of file');
  return out;
}

/** The whole file as one hunk (jsdiff formats it). */
function wholeFilePatch(oldName: string, newName: string, before: string, after: string): string {
  const removed = hunkLines(before, '-');
  const added = hunkLines(after, '+');
  const count = (lines: string[]) => lines.filter((l) => !l.startsWith('\\')).length;
  const patch: StructuredPatch = {
    oldFileName: oldName,
    newFileName: newName,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: [{ oldStart: 1, oldLines: count(removed), newStart: 1, newLines: count(added), lines: [...removed, ...added] }],
  };
  return formatPatch(patch, FILE_HEADERS_ONLY);
}

export function formatFixDiff(files: readonly FixedFile[]): string {
  let out = '';
  for (const file of files) {
    const path = displayPath(file.path);
    const [a, b] = [`a/${path}`, `b/${path}`];
    out +=
      createTwoFilesPatch(a, b, file.before, file.after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY, context: 3, maxEditLength: MAX_DIFF_CHANGES }) ??
      wholeFilePatch(a, b, file.before, file.after);
  }
  // A diff must stay appliable, so its lines cannot be escaped; but a file's text (one that does not
  // parse, when a trailing comma is fixed, may hold anything) must not become a command in a
  // workflow's log: `::` at a line's start, `##[` anywhere, invisible characters or a lone CR (all
  // that logSafe would escape). Then the runner's own stop-commands marker, with a token the text
  // cannot know, turns commands off around the diff; `git apply` and `patch` skip both marker lines.
  if (logSafe(out.replace(/\r\n/g, '\n')) !== out.replace(/\r\n/g, '\n')) {
    const token = randomUUID();
    out = `::stop-commands::${token}\n${out}::${token}::\n`;
  }
  return out;
}
