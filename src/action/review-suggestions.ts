// Fixes and suggestions as review comments with a ```suggestion block, for one click in the pull
// request (pure: the shell lists the files, reads them and posts). A suggestion block replaces whole
// lines, so each finding's edits become the new text of the lines they touch, trimmed to the lines
// that change. A comment is made only where GitHub takes it and where it means what the fix means:
// every line of its range inside one hunk of the pull request's diff, with the same text in the head
// commit (the patch's lines) as in the file that was checked (the merge commit, usually).
import { createHash } from 'node:crypto';
import type { FileResult, Finding, Fix } from '../engine/findings.js';
import { lineStarts, placeFix } from '../fixes/apply-fixes.js';
import { codeSpan } from '../reporters/markdown-summary.js';
import type { DiffLine } from './diff-hunks.js';
import { redact } from '../text/redact.js';

/** At most this many comments in a run (the rest are counted in the review's body, for the next run). */
export const MAX_REVIEW_COMMENTS = 30;
/** GitHub refuses a comment body over 65,536 characters; a suggestion that long is no help anyway. */
export const MAX_COMMENT_CHARS = 60_000;

/** The new text of lines startLine..endLine of a file. */
export interface SuggestedChange {
  startLine: number;
  endLine: number;
  /** The lines' new text, without line terminators; none deletes the lines. */
  lines: string[];
}

/** Without one "\r" at its end (CRLF line endings stay out of the suggestion). */
function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** A change whose block would be longer than the limit: its lines (before trimming), not built. */
export interface TooLongChange {
  tooLong: true;
  startLine: number;
  endLine: number;
}

/**
 * The lines `fix` changes in `text` and their new text: the lines from its first edit to its last,
 * with the edits applied, less the lines at either end that stay as they were (removing a member
 * takes the text up to the next key: the next line is then the same, and the change is the removed
 * line alone). Undefined when the edits are not in the text, change nothing, or leave a lone "\r"
 * inside a line (Markdown would read it as a line break).
 *
 * With `maxChars`, a change whose new lines must be longer than that is a TooLongChange, found from
 * the edits and the lines' lengths alone: nothing of its lines is copied, so a thousand fixes on one
 * line of a mebibyte cost what their edits do, not a mebibyte each.
 */
export function suggestedChange(text: string, fix: Fix, starts?: readonly number[]): SuggestedChange | undefined;
export function suggestedChange(text: string, fix: Fix, starts: readonly number[], maxChars: number): SuggestedChange | TooLongChange | undefined;
export function suggestedChange(text: string, fix: Fix, starts: readonly number[] = lineStarts(text), maxChars = Infinity): SuggestedChange | TooLongChange | undefined {
  const placed = placeFix(fix, starts, text.length);
  if (placed === undefined) return undefined;
  let startLine = fix.edits[0]!.line;
  let endLine = fix.edits[fix.edits.length - 1]!.endLine;
  const from = starts[startLine - 1]!;
  const to = endLine < starts.length ? starts[endLine]! - 1 : text.length;
  if (maxChars !== Infinity) {
    // The new text of the lines is the range with the edits applied; trimming can drop whole lines
    // of it, but never all: at least the new text less every line of the range but its shortest.
    // (Less one "\r" a line, which the block leaves out.)
    let length = to - from;
    let lines = endLine - startLine + 1;
    for (const e of placed.edits) {
      length += e.text.length - (e.end - e.start);
      for (let i = e.text.indexOf('\n'); i !== -1; i = e.text.indexOf('\n', i + 1)) lines++;
    }
    let shortest = to - from;
    if (endLine > startLine)
      for (let line = startLine; line <= endLine && shortest > 0; line++) shortest = Math.min(shortest, (line < starts.length ? starts[line]! - 1 : text.length) - starts[line - 1]!);
    if (length - (to - from - shortest) - lines > maxChars) return { tooLong: true, startLine, endLine };
  }
  let changed = '';
  let copied = from;
  for (const e of placed.edits) {
    changed += text.slice(copied, e.start) + e.text;
    copied = e.end;
  }
  changed += text.slice(copied, to);
  const before = text.slice(from, to).split('\n').map(withoutCr);
  const after = changed.split('\n').map(withoutCr);
  if (before.some((l) => l.includes('\r')) || after.some((l) => l.includes('\r'))) return undefined;
  // Keep at least one line of the file: a block replaces lines, it cannot insert between two.
  let head = 0;
  while (before.length - head > 1 && after.length - head > 0 && before[head] === after[head]) head++;
  let tail = 0;
  while (before.length - head - tail > 1 && after.length - head - tail > 0 && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const lines = after.slice(head, after.length - tail);
  startLine += head;
  endLine -= tail;
  if (endLine === startLine && lines.length === 1 && lines[0] === before[head]) return undefined;
  return { startLine, endLine, lines };
}

/** A comment of the review, as the Pulls API takes it. */
export interface ReviewComment {
  path: string;
  /** The last line of the range (RIGHT: the head commit's file). */
  line: number;
  side: 'RIGHT';
  /** The first line, when the range has more than one. */
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface Candidate {
  /** A fix (certain) or a suggestion (needs judgement). */
  kind: 'fix' | 'suggestion';
  comment: ReviewComment;
  /** The hidden marker's hash: the same path, lines and text give the same marker. */
  marker: string;
}

const MARKER_PREFIX = '<!-- lp-manifest:suggestion v1 ';
const MARKER_LINE = /^<!-- lp-manifest:suggestion v1 ([0-9a-f]{64}) -->$/;

/**
 * The marker of a comment this action posted: its last line (white space after it aside), where
 * commentBody puts it. A marker anywhere else is text the comment quotes (a manifest's line in the
 * suggestion block, a message), never the comment's own.
 */
export function postedMarker(body: string): string | undefined {
  const end = body.trimEnd();
  return MARKER_LINE.exec(end.slice(end.lastIndexOf('\n') + 1))?.[1];
}

function markerOf(path: string, change: SuggestedChange): string {
  return createHash('sha256')
    .update(JSON.stringify([path, change.startLine, change.endLine, change.lines]))
    .digest('hex');
}

/** A fenced ```suggestion block: its fence is longer than any run of backticks in the text, so nothing in it can close it. */
function suggestionBlock(lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}suggestion`, ...lines, fence].join('\n');
}

/**
 * The comment's body: one line for the reviewer (what kind of change, the rule with a link to its
 * help, the message as a code span: a key or value of the manifest can make no mention, link or
 * image), the suggestion block, and the hidden marker that keeps the next push from posting it again.
 */
function commentBody(kind: Candidate['kind'], finding: Finding, change: SuggestedChange, marker: string, readmeUrl: string): string {
  const what = kind === 'fix' ? '**Fix**' : '**Suggested (check before applying)**';
  return `${what} for [\`${finding.rule}\`](${readmeUrl}#${finding.rule}): ${codeSpan(finding.message)}\n\n${suggestionBlock(change.lines)}\n${MARKER_PREFIX}${marker} -->\n`;
}

export interface FileCandidates {
  /** Comments on lines of the diff, fixes first (each in the findings' order). */
  candidates: Candidate[];
  /** Findings with a fix or suggestion that no comment can carry: not on lines of the diff (or not as checked there). */
  outside: number;
  /** Changes too long for a comment. */
  tooLong: number;
}

/** A checked file's text as read again (without its byte order mark) and whether it has one. */
export interface CheckedText {
  text: string;
  bom: boolean;
}

const BOM = '\uFEFF';

/**
 * Whether lines startLine..endLine are all in one hunk of the diff, with the text the file gives them
 * (the diff's line 1 has the byte order mark). Each line is compared once a file (`same` keeps the
 * answers), however many findings are on it.
 */
function inDiff(diff: ReadonlyMap<number, DiffLine>, source: CheckedText, starts: readonly number[], same: Map<number, boolean>, startLine: number, endLine: number): boolean {
  const hunk = diff.get(startLine)?.hunk;
  for (let line = startLine; line <= endLine; line++) {
    const d = diff.get(line);
    const from = starts[line - 1];
    if (d === undefined || d.hunk !== hunk || from === undefined) return false;
    let known = same.get(line);
    if (known === undefined) {
      const end = line < starts.length ? starts[line]! - 1 : source.text.length;
      const prefix = line === 1 && source.bom ? BOM : '';
      // Lengths first: a long line is read only when the diff's line is as long.
      const cr = end > from && source.text.charCodeAt(end - 1) === 13 ? 1 : 0;
      known = d.text.length === prefix.length + end - from - cr && d.text === prefix + source.text.slice(from, end - cr);
      same.set(line, known);
    }
    if (!known) return false;
  }
  return true;
}

/**
 * The review comments for one file's findings: `source` is the file as checked, `diff` the RIGHT-side
 * lines of its patch (undefined: the file is not in the diff, or GitHub gave no patch).
 */
export function fileCandidates(file: FileResult, source: CheckedText | undefined, diff: ReadonlyMap<number, DiffLine> | undefined, readmeUrl: string): FileCandidates {
  const fixes: Candidate[] = [];
  const suggestions: Candidate[] = [];
  let outside = 0;
  let tooLong = 0;
  const starts = source === undefined ? [] : lineStarts(source.text);
  const same = new Map<number, boolean>();
  for (const finding of file.findings) {
    const kind = finding.fix ? 'fix' : finding.suggestion ? 'suggestion' : undefined;
    if (kind === undefined) continue;
    let change = source === undefined ? undefined : suggestedChange(source.text, (finding.fix ?? finding.suggestion)!, starts, MAX_COMMENT_CHARS);
    if (change !== undefined && 'tooLong' in change) {
      // Too long for any comment: counted as too long where a comment could have been, like one built.
      if (diff !== undefined && inDiff(diff, source!, starts, same, change.startLine, change.endLine)) tooLong++;
      else outside++;
      continue;
    }
    if (change !== undefined && source!.bom && change.startLine === 1) {
      // The block replaces line 1 whole: it keeps the byte order mark (no block can delete line 1 and keep it).
      change = change.lines.length > 0 ? { ...change, lines: [BOM + change.lines[0]!, ...change.lines.slice(1)] } : undefined;
    }
    // A block that would show a credential (a URL's password, a token: text/redact.ts) is not posted:
    // the action's own comment would print it, and outlive a push that removes it from the branch.
    if (change === undefined || diff === undefined || !inDiff(diff, source!, starts, same, change.startLine, change.endLine) || change.lines.some((l) => redact(l) !== l)) {
      outside++;
      continue;
    }
    const marker = markerOf(file.path, change);
    const body = commentBody(kind, finding, change, marker, readmeUrl);
    if (body.length > MAX_COMMENT_CHARS) {
      tooLong++;
      continue;
    }
    const comment: ReviewComment =
      change.startLine === change.endLine
        ? { path: file.path, line: change.endLine, side: 'RIGHT', body }
        : { path: file.path, start_line: change.startLine, start_side: 'RIGHT', line: change.endLine, side: 'RIGHT', body };
    (kind === 'fix' ? fixes : suggestions).push({ kind, comment, marker });
  }
  return { candidates: [...fixes, ...suggestions], outside, tooLong };
}

export interface ReviewCounts {
  fixes: number;
  suggestions: number;
  /** Not on lines of the pull request's diff. */
  outside: number;
  /** Too long for a review comment. */
  tooLong: number;
  /** Over MAX_REVIEW_COMMENTS: left for the next run. */
  overCap: number;
  /** Posted by an earlier run, on the same lines with the same text. */
  alreadyPosted: number;
}

export interface Review {
  comments: ReviewComment[];
  counts: ReviewCounts;
}

/**
 * The comments to post: every file's fixes first, then the suggestions, without those already
 * posted (their marker is in `posted`) or repeated in this run, at most `max`.
 */
export function selectComments(candidates: readonly Candidate[], posted: ReadonlySet<string>, left: Pick<ReviewCounts, 'outside' | 'tooLong'>, max = MAX_REVIEW_COMMENTS): Review {
  const ordered = [...candidates.filter((c) => c.kind === 'fix'), ...candidates.filter((c) => c.kind === 'suggestion')];
  const seen = new Set(posted);
  const chosen: Candidate[] = [];
  let alreadyPosted = 0;
  let overCap = 0;
  for (const c of ordered) {
    if (seen.has(c.marker)) {
      alreadyPosted++;
      continue;
    }
    seen.add(c.marker);
    if (chosen.length < max) chosen.push(c);
    else overCap++;
  }
  const fixes = chosen.filter((c) => c.kind === 'fix').length;
  return { comments: chosen.map((c) => c.comment), counts: { fixes, suggestions: chosen.length - fixes, outside: left.outside, tooLong: left.tooLong, overCap, alreadyPosted } };
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The review's body: what it holds and what it does not, and where every finding is (`checkName`:
 * the check run that carries them, if one does; `elsewhere`: our own words, e.g. "the workflow log").
 */
export function reviewBody(counts: ReviewCounts, where: { checkName?: string; elsewhere: string }): string {
  const kinds = [...(counts.fixes > 0 ? [counted(counts.fixes, 'fix', 'fixes')] : []), ...(counts.suggestions > 0 ? [counted(counts.suggestions, 'suggestion', 'suggestions')] : [])];
  const lines = [`**LivePerson manifests**: ${kinds.join(' and ')} to apply with one click ("Commit suggestion").`];
  if (counts.suggestions > 0) lines.push('', 'A fix is certain; a suggestion needs your judgement (check it before applying).');
  const notes: string[] = [];
  if (counts.overCap > 0) notes.push(`- ${counted(counts.overCap, 'more change', 'more changes')} over the limit of ${MAX_REVIEW_COMMENTS} comments a run: the next run posts them.`);
  if (counts.outside > 0)
    notes.push(`- ${counted(counts.outside, 'more fix or suggestion', 'more fixes or suggestions')} on lines this pull request does not change (GitHub takes comments only on its diff).`);
  if (counts.tooLong > 0) notes.push(`- ${counted(counts.tooLong, 'more change', 'more changes')} too long for a review comment.`);
  if (counts.alreadyPosted > 0) notes.push(`- ${counted(counts.alreadyPosted, 'change', 'changes')} already suggested by an earlier run.`);
  if (notes.length > 0) lines.push('', ...notes);
  lines.push('', `Every finding is in ${where.checkName !== undefined ? `the check run ${codeSpan(where.checkName)} and in ` : ''}${where.elsewhere}.`);
  return lines.join('\n') + '\n';
}
