// --fix-dry-run: the fixes as one unified diff (jsdiff), `a/` and `b/` prefixed like git's, so
// `git apply` and `patch -p1` take it as it is.
import { randomUUID } from 'node:crypto';
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatch } from 'diff';
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

/** The whole file as one hunk. */
function wholeFilePatch(oldName: string, newName: string, before: string, after: string): StructuredPatch {
  const removed = hunkLines(before, '-');
  const added = hunkLines(after, '+');
  const count = (lines: string[]) => lines.filter((l) => !l.startsWith('\\')).length;
  return {
    oldFileName: oldName,
    newFileName: newName,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: [{ oldStart: 1, oldLines: count(removed), newStart: 1, newLines: count(added), lines: [...removed, ...added] }],
  };
}

/**
 * The patch with the byte order mark at the start of line 1 of both texts: `git apply` compares
 * context and removed lines byte for byte, so the first line must carry the BOM the file has (and
 * the new file keeps it, as --fix writes it).
 */
function withBom(patch: StructuredPatch): StructuredPatch {
  const hunks = patch.hunks.map((hunk) => {
    if (hunk.oldStart > 1 && hunk.newStart > 1) return hunk;
    const lines = [...hunk.lines];
    const oldFirst = hunk.oldStart <= 1 ? lines.findIndex((l) => l.startsWith(' ') || l.startsWith('-')) : -1;
    const newFirst = hunk.newStart <= 1 ? lines.findIndex((l) => l.startsWith(' ') || l.startsWith('+')) : -1;
    for (const i of new Set([oldFirst, newFirst])) if (i >= 0) lines[i] = `${lines[i]![0]}\ufeff${lines[i]!.slice(1)}`;
    return { ...hunk, lines };
  });
  return { ...patch, hunks };
}

export function formatFixDiff(files: readonly FixedFile[]): string {
  let out = '';
  /** The same without the byte order marks, to judge (a BOM on line 1 is the file's, not a trick). */
  let judged = '';
  for (const file of files) {
    const path = displayPath(file.path);
    const [a, b] = [`a/${path}`, `b/${path}`];
    const patch = structuredPatch(a, b, file.before, file.after, undefined, undefined, { context: 3, maxEditLength: MAX_DIFF_CHANGES }) ?? wholeFilePatch(a, b, file.before, file.after);
    const text = formatPatch(patch, FILE_HEADERS_ONLY);
    judged += text;
    out += file.bom ? formatPatch(withBom(patch), FILE_HEADERS_ONLY) : text;
  }
  // A diff must stay appliable, so its lines cannot be escaped; but a file's text (one that does not
  // parse, when a trailing comma is fixed, may hold anything) must not become a command in a
  // workflow's log: `::` at a line's start, `##[` anywhere, invisible characters or a lone CR (all
  // that logSafe would escape). Then the runner's own stop-commands marker, with a token the text
  // cannot know, turns commands off around the diff; `git apply` and `patch` skip both marker lines.
  if (logSafe(judged.replace(/\r\n/g, '\n')) !== judged.replace(/\r\n/g, '\n')) {
    const token = randomUUID();
    out = `::stop-commands::${token}\n${out}::${token}::\n`;
  }
  return out;
}
