// quote() shortens a value to its first code points without reading the rest (a value may be a
// megabyte long and quoted for each of many findings): the same result as spreading the string.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { escapeInvisible, quote } from '../src/text/describe.js';

/** The plain definition: code points as the string iterator gives them (a lone surrogate is one). */
function reference(value: string, max: number): string {
  const points = [...value];
  return escapeInvisible(JSON.stringify(points.length > max ? points.slice(0, max).join('') + '…' : value));
}

test('quote keeps the first max code points, surrogate pairs whole, lone surrogates as one', () => {
  expect(quote('abc', 2)).toBe('"ab…"');
  expect(quote('abc', 3)).toBe('"abc"');
  expect(quote('😀😀x', 2)).toBe('"😀😀…"');
  expect(quote('\ud800x', 1)).toBe('"\\ud800…"');
  expect(quote('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(80)}…"`);
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom('a', '😀', '\ud800', '\udc00', '"', '\u200b'),
          fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
        ),
      }),
      fc.integer({ min: 0, max: 12 }),
      (value, max) => {
        expect(quote(value, max)).toBe(reference(value, max));
      },
    ),
  );
});
