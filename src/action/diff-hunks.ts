// The lines of a pull request's file that a review comment may be on: the RIGHT side (the head
// commit's file) of the hunks of the unified diff the Pulls files API gives as `patch`, added and
// context lines. GitHub refuses a comment on any other line (422), and a comment over several lines
// must stay within one hunk. Each line keeps its text, so the caller can check that the file it
// checked (the merge commit actions/checkout leaves) has the same text there as the head commit.
// One pass over the patch; a patch that is not a diff (or claims absurd line numbers) gives fewer
// lines, never an error.

export interface DiffLine {
  /** The line's text in the head commit, without its line terminator ("\r" of a CRLF file dropped). */
  text: string;
  /** Which hunk of the patch (0, 1, …): a multi-line comment must stay within one. */
  hunk: number;
}

/** Line numbers past this are not believed (a file of a billion lines has no diff on GitHub). */
const MAX_LINE = 100_000_000;

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function count(digits: string | undefined): number {
  return digits === undefined ? 1 : Number(digits);
}

/** RIGHT-side line number (1-based) -> its text and hunk, for every added or context line of `patch`. */
export function rightSideLines(patch: string): Map<number, DiffLine> {
  const lines = new Map<number, DiffLine>();
  let hunk = -1;
  /** Inside a hunk: the next RIGHT line number and the lines of each side still to come. */
  let next = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let start = 0;
  while (start <= patch.length) {
    let end = patch.indexOf('\n', start);
    if (end < 0) end = patch.length;
    const line = patch.slice(start, end);
    start = end + 1;
    const header = line.startsWith('@@') ? HUNK_HEADER.exec(line) : null;
    if (header !== null) {
      const oldCount = count(header[2]);
      const first = Number(header[3]);
      const newCount = count(header[4]);
      // A header that does not add up (or overflows) ends the previous hunk and starts none.
      const believable = first <= MAX_LINE && newCount <= MAX_LINE && oldCount <= MAX_LINE && Number(header[1]) <= MAX_LINE && (first > 0 || newCount === 0);
      hunk++;
      next = first;
      oldLeft = believable ? oldCount : 0;
      newLeft = believable ? newCount : 0;
      continue;
    }
    if (oldLeft === 0 && newLeft === 0) continue; // outside a hunk (the end of one, or not a diff)
    const kind = line[0];
    if (kind === '\\') continue; // "\ No newline at end of file"
    if (kind === ' ' && oldLeft > 0 && newLeft > 0) {
      oldLeft--;
      newLeft--;
    } else if (kind === '+' && newLeft > 0) {
      newLeft--;
    } else if (kind === '-' && oldLeft > 0) {
      oldLeft--;
      continue;
    } else {
      // Not a line of this hunk: the rest of it is not believed either.
      oldLeft = newLeft = 0;
      continue;
    }
    const text = line.endsWith('\r') ? line.slice(1, -1) : line.slice(1);
    lines.set(next, { text, hunk });
    next++;
  }
  return lines;
}
