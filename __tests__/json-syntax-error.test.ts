// firstSyntaxError: where the JSON goes wrong when V8's message gives no position ("Unexpected
// token"). One linear pass over the characters; momoa's parser is the oracle.
import { describe, expect, test } from '@jest/globals';
import { parse } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { firstSyntaxError } from '../src/json/parse-json.js';

/** Where momoa's parser stops, for text it refuses. */
function momoaOffset(text: string): number | undefined {
  try {
    parse(text, { mode: 'json' });
    return undefined;
  } catch (error) {
    return (error as { offset?: number }).offset;
  }
}

/**
 * Whether momoa is no oracle for this text: its tokenizer reads a backslash right after a bare word
 * as an identifier escape (JSON5's `\uXXXX`), so for `[t\,1]` it stops after the backslash (3),
 * where V8 names the backslash (2) and the bad token starts at 1 (what firstSyntaxError says, as
 * momoa itself does for `[tx]`).
 */
function momoaReadsAnIdentifierEscape(text: string, at: number): boolean {
  return /[A-Za-z$_][A-Za-z0-9$_]*\\.?$/.test(text.slice(Math.max(0, at - 200), at));
}

/** Text JSON.parse refuses without a position (the only text firstSyntaxError is asked about). */
function refusedWithoutPosition(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    return !/at position \d+/.test(message) && !/end of JSON input/.test(message) && text.trim() !== '';
  }
}

describe('firstSyntaxError', () => {
  test.each([
    ['[1,]', 3],
    ['{"a":tru}', 5],
    ['[NaN]', 1],
    ['[-Infinity]', 1],
    ['[01]', 1],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{,}', 1],
    ['[1}', 2],
    ['{"a":1]', 6],
    ['[truex]', 1],
    ["['a']", 1],
    ['// c\n{}', 0],
    ['{"a":1}x', 7],
    ['{"a": 1, 😀}', 9],
    ['[t\\,1]', 1],
  ])('%j: at %i, as momoa says', (text, offset) => {
    expect(firstSyntaxError(text)).toBe(offset);
    if (!momoaReadsAnIdentifierEscape(text, momoaOffset(text)!)) expect(momoaOffset(text)).toBe(offset);
  });

  test('a trailing comma after half a million items, a bad token under 100,000 brackets: no token list, no recursion', () => {
    const text = '[' + '1,'.repeat(500_000) + ']';
    expect(firstSyntaxError(text)).toBe(text.length - 1);
    expect(firstSyntaxError('['.repeat(100_000) + 'x')).toBe(100_000);
  });

  test('random edits of JSON that V8 refuses without a position: the same offset as momoa', () => {
    const value = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 1) ?? 'null');
    const edit = fc.record({ at: fc.nat(), char: fc.constantFrom(',', ':', '{', '}', '[', ']', 'x', 'N', "'", '/', '0', '-', ' ', '"', 't', 'n', '.') });
    fc.assert(
      fc.property(value, fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (text, edits, insert) => {
        let t = text;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = insert ? t.slice(0, at) + e.char + t.slice(at) : t.slice(0, at) + e.char + t.slice(at + 1);
        }
        if (!refusedWithoutPosition(t)) return;
        const expected = momoaOffset(t);
        if (expected !== undefined && momoaReadsAnIdentifierEscape(t, expected)) return;
        expect(firstSyntaxError(t)).toBe(expected);
      }),
      // (fast-check's seed is fixed for every property test: __tests__/support/fast-check-seed.ts. A random
      // one found the quirk above once; 120,000 cases of random seeds passed after it.)
      { numRuns: 3000 },
    );
  });
});
