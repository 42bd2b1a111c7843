// The engine's fast structure checks (src/json/parse-json.ts) against the full scan they stand in
// for: countMembersFast must equal scanStructure's member count whenever it gives one, and
// countKeysWithin must equal countParsedKeys, or be -1 exactly when the value nests too deep.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { countKeysWithin, countMembersFast, scanStructure } from '../src/json/parse-json.js';

/** The oracle: own keys in all objects of a parsed JSON value (iterative: no recursion limit). */
function countParsedKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      for (const key in v) {
        count++;
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return count;
}

/** JSON text with random whitespace, sometimes a repeated key, sometimes escaped quotes and colons. */
const documents = fc
  .tuple(
    fc.jsonValue({ maxDepth: 6 }),
    fc.infiniteStream(fc.constantFrom('', ' ', '\n', '\t', '\r\n  ')),
    fc.boolean(),
    fc.constantFrom('', '"a\\"b": 1', '"k": "x\\": y"', '"\\\\": ":"', '":": "\\\\"', '"u\\u0022": 2'),
  )
  .map(([value, ws, repeat, extra]) => {
    const it = ws[Symbol.iterator]();
    const w = () => it.next().value as string;
    const write = (v: unknown, root: boolean): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${w()}${v.map((x) => write(x, false)).join(`${w()},${w()}`)}${w()}]`;
      const keys = Object.keys(v);
      const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${w()}:${w()}${write(x, false)}`);
      if (repeat && keys.length > 0) entries.push(`${JSON.stringify(keys[0])}${w()}:${w()}"again"`);
      if (root && extra !== '') entries.unshift(extra);
      return `{${w()}${entries.join(`${w()},${w()}`)}${w()}}`;
    };
    return w() + write(value, true) + w();
  });

describe('fast structure checks', () => {
  test('countMembersFast counts what scanStructure counts (or declines)', () => {
    fc.assert(
      fc.property(documents, (text) => {
        JSON.parse(text); // only texts JSON.parse accepts reach these checks
        const fast = countMembersFast(text);
        if (text.includes('\\"')) expect(fast).toBe(-1);
        else expect(fast).toBe(scanStructure(text, 1000).keys);
      }),
      { numRuns: 1000 },
    );
  });

  test('countKeysWithin counts what countParsedKeys counts, or -1 past the depth limit', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 8 }), (text, limit) => {
        const value: unknown = JSON.parse(text);
        const within = countKeysWithin(value, limit);
        const scan = scanStructure(text, limit);
        const hasDuplicates = scanStructure(text, 1000).keys !== countParsedKeys(value);
        if (within >= 0) expect(within).toBe(countParsedKeys(value));
        // Without duplicate keys the text nests exactly as deep as the value.
        if (!hasDuplicates) expect(within < 0).toBe(scan.overDepthAt >= 0);
        else if (within < 0) expect(scan.overDepthAt).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  test('depth: a bracket is a level, as in scanStructure', () => {
    expect(countKeysWithin([[[]]], 3)).toBe(0);
    expect(countKeysWithin([[[]]], 2)).toBe(-1);
    expect(countKeysWithin({ a: { b: {} } }, 3)).toBe(2);
    expect(countKeysWithin({ a: { b: {} } }, 2)).toBe(-1);
    expect(countKeysWithin('text', 0)).toBe(0);
  });

  test('countMembersFast: strings that look like keys inside strings, and escaped quotes', () => {
    expect(countMembersFast('{"a": ":", "b": " :x", "c": [":" , {"d" : 1}]}')).toBe(4);
    expect(countMembersFast('{"a\\"": 1}')).toBe(-1);
    expect(countMembersFast('[1, 2]')).toBe(0);
  });
});
