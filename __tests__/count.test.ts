// count(): thousands grouped as toLocaleString('en-US') groups them, without loading the locale data
// for whole numbers (the first toLocaleString call of a run costs ~15 ms).
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { count, plural } from '../src/reporters/text-report.js';

describe('count', () => {
  test('the text of toLocaleString("en-US"), whole numbers or not', () => {
    expect([0, 7, 999, 1000, 12_345, 1_000_000, -1000, -999, Number.MAX_SAFE_INTEGER].map(count)).toEqual(['0', '7', '999', '1,000', '12,345', '1,000,000', '-1,000', '-999', '9,007,199,254,740,991']);
    expect([1.5, 1234.5678, -0, 1e21, NaN, Infinity].map(count)).toEqual([1.5, 1234.5678, -0, 1e21, NaN, Infinity].map((n) => n.toLocaleString('en-US')));
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.double()), (n) => count(n) === n.toLocaleString('en-US')));
    expect(plural(1503, 'error')).toBe('1,503 errors');
  });
});
