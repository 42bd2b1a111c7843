// --fix-dry-run's diff: jsdiff's unified diff, and, past MAX_DIFF_CHANGES changed lines, one hunk
// for the whole file (the line diff's time grows with changes times length). Both apply back.
import { describe, expect, test } from '@jest/globals';
import { applyPatch } from 'diff';
import { formatFixDiff, MAX_DIFF_CHANGES } from '../../src/reporters/fix-diff.js';

describe('formatFixDiff', () => {
  test('CRLF lines and a last line without a line break, as jsdiff writes them', () => {
    const before = '{\r\n  "clientName": "x"\r\n}';
    const after = '{\r\n  "client_name": "x"\r\n}';
    const patch = formatFixDiff([{ path: 'a b.json', before, after, applied: 1 }]);
    expect(patch).toBe('--- a/a b.json\n+++ b/a b.json\n@@ -1,3 +1,3 @@\n {\r\n-  "clientName": "x"\r\n+  "client_name": "x"\r\n }\n\\ No newline at end of file\n');
    expect(applyPatch(before, patch)).toBe(after);
  });

  test('a control character in a file name cannot start a line of its own', () => {
    const patch = formatFixDiff([{ path: 'x\n::error::y.json', before: '[1,1]', after: '[1]', applied: 1 }]);
    // displayPath escapes it; jsdiff then quotes the name as git does (a backslash in it).
    expect(patch.split('\n').slice(0, 2)).toEqual(['--- "a/x\\\\n::error::y.json"', '+++ "b/x\\\\n::error::y.json"']);
  });

  test(`over ${MAX_DIFF_CHANGES} changed lines: one hunk replaces the whole file, and still applies`, () => {
    const lines = Array.from({ length: 3 * MAX_DIFF_CHANGES }, (_, i) => `  ${i},`);
    const before = `[\n${lines.join('\n')}\n  0\n]`;
    const after = `[\n${lines.filter((_, i) => i % 3 !== 0).join('\n')}\n  0\n]\n`;
    const patch = formatFixDiff([{ path: 'big.json', before, after, applied: MAX_DIFF_CHANGES }]);
    const out = patch.split('\n');
    expect(out.slice(0, 5)).toEqual(['--- a/big.json', '+++ b/big.json', `@@ -1,${3 * MAX_DIFF_CHANGES + 3} +1,${2 * MAX_DIFF_CHANGES + 3} @@`, '-[', '-  0,']);
    expect(out.filter((l) => l === '\\ No newline at end of file')).toHaveLength(1);
    expect(applyPatch(before, patch)).toBe(after);
  });
});
