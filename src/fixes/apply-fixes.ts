// Applying fixes to a text, as ESLint's --fix does: the edits of every fix (never a suggestion) that
// does not overlap an earlier one, in file order; the text is then checked again and the next pass
// applies what the first left (a fix that overlapped, or one that only the new text has: fixing a
// trailing comma lets the schema see the file), at most MAX_PASSES times. Pure: the caller checks.
import type { Finding, Fix } from '../engine/findings.js';

/** As ESLint: enough for fixes that uncover others, bounded against fixes that never settle. */
export const MAX_PASSES = 10;

interface Placed {
  start: number;
  end: number;
  /** The fix's edits as offsets, in order. */
  edits: { start: number; end: number; text: string }[];
  finding: Finding;
}

/** The offset of each line's first character (lines end at "\n"). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a 1-based line and UTF-16 column, or -1 when it is not in the text. */
function offsetOf(starts: readonly number[], length: number, line: number, column: number): number {
  const lineStart = starts[line - 1];
  if (lineStart === undefined || !Number.isInteger(column) || column < 1) return -1;
  const lineEnd = line < starts.length ? starts[line]! : length + 1; // a position may be just after a line's "\n"
  const offset = lineStart + column - 1;
  return offset < lineEnd ? offset : -1;
}

/** A fix's edits as offsets, or undefined when one is not in the text or they overlap (not expected: no fix is then applied). */
export function placeFix(fix: Fix, starts: readonly number[], length: number): Pick<Placed, 'start' | 'end' | 'edits'> | undefined {
  const edits: Placed['edits'] = [];
  for (const e of fix.edits) {
    const start = offsetOf(starts, length, e.line, e.column);
    const end = offsetOf(starts, length, e.endLine, e.endColumn);
    if (start < 0 || end < start || end > length) return undefined;
    if (edits.length > 0 && start < edits[edits.length - 1]!.end) return undefined;
    edits.push({ start, end, text: e.text });
  }
  if (edits.length === 0) return undefined;
  return { start: edits[0]!.start, end: edits[edits.length - 1]!.end, edits };
}

export interface AppliedFixes {
  text: string;
  /** The findings whose fix was applied, in file order. */
  applied: Finding[];
}

/**
 * One pass: the fixes of `findings` (positions in `text`) that do not overlap, applied. A fix that
 * starts before the end of one already taken, or just at it, waits for the next pass (as in
 * ESLint: two edits that touch may not mean what each means alone).
 */
export function applyFixes(text: string, findings: readonly Finding[]): AppliedFixes {
  const starts = lineStarts(text);
  const placed: Placed[] = [];
  for (const finding of findings) {
    if (finding.fix === undefined) continue;
    const p = placeFix(finding.fix, starts, text.length);
    if (p !== undefined) placed.push({ ...p, finding });
  }
  // Stable: fixes that start together keep the findings' order.
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let copied = 0;
  let lastEnd = -1;
  const applied: Finding[] = [];
  for (const fix of placed) {
    if (fix.start <= lastEnd) continue;
    for (const e of fix.edits) {
      out += text.slice(copied, e.start) + e.text;
      copied = e.end;
    }
    lastEnd = fix.end;
    applied.push(fix.finding);
  }
  return { text: applied.length === 0 ? text : out + text.slice(copied), applied };
}

export function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export interface FixedText {
  text: string;
  /** The findings of `text` (what remains). */
  findings: Finding[];
  /** Fixes applied, over all passes. */
  applied: number;
  /** Set when a pass was not applied because its text would not parse (a bug: reported, never written). */
  refused?: Finding[];
}

/**
 * Applies fixes in passes until none applies (at most `maxPasses`), checking the text after each:
 * `check` returns a text's findings. A pass whose result would not parse, when the text before it
 * did, is not applied: the text stays the last one that parsed.
 */
export async function fixText(text: string, check: (text: string) => Finding[] | Promise<Finding[]>, maxPasses = MAX_PASSES): Promise<FixedText> {
  let findings = await check(text);
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const next = applyFixes(text, findings);
    if (next.applied.length === 0) break;
    if (!parses(next.text) && parses(text)) return { text, findings, applied, refused: next.applied };
    text = next.text;
    applied += next.applied.length;
    findings = await check(text);
  }
  return { text, findings, applied };
}
