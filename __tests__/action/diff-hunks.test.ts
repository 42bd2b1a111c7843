// The RIGHT-side lines of a pull request's patch (the lines a review comment may be on), from the
// unified diffs the Pulls files API gives: added and context lines, never removed ones, hunk by hunk.
import { describe, expect, test } from '@jest/globals';
import { rightSideLines } from '../../src/action/diff-hunks.js';

/** [line, text, hunk] rows, for exact comparison. */
const rows = (patch: string) => [...rightSideLines(patch)].map(([line, d]) => [line, d.text, d.hunk]);

describe('rightSideLines', () => {
  test('added and context lines of one hunk, with their numbers in the new file; removed lines are not there', () => {
    const patch = ['@@ -1,4 +1,4 @@', ' {', '-  "clientName": "Acme",', '+  "client_name": "Acme",', '   "scope": "msg.consumer"', ' }'].join('\n');
    expect(rows(patch)).toEqual([
      [1, '{', 0],
      [2, '  "client_name": "Acme",', 0],
      [3, '  "scope": "msg.consumer"', 0],
      [4, '}', 0],
    ]);
  });

  test('several hunks: each numbered from its header, each line tagged with its hunk', () => {
    const patch = ['@@ -2,3 +2,2 @@ {', '   "a": 1,', '-  "b": 2,', '   "c": 3,', '@@ -20,2 +19,3 @@', '   "x": 1,', '+  "y": 2,', '   "z": 3'].join('\n');
    expect(rows(patch)).toEqual([
      [2, '  "a": 1,', 0],
      [3, '  "c": 3,', 0],
      [19, '  "x": 1,', 1],
      [20, '  "y": 2,', 1],
      [21, '  "z": 3', 1],
    ]);
  });

  test('"\\ No newline at end of file" is not a line; a header without counts means one line; a new file starts at +1', () => {
    expect(rows(['@@ -1 +1 @@', '-{}', '\\ No newline at end of file', '+{"a": 1}', '\\ No newline at end of file'].join('\n'))).toEqual([[1, '{"a": 1}', 0]]);
    expect(rows(['@@ -0,0 +1,2 @@', '+{', '+}'].join('\n'))).toEqual([
      [1, '{', 0],
      [2, '}', 0],
    ]);
    // A removed file has no RIGHT side.
    expect(rows(['@@ -1,2 +0,0 @@', '-{', '-}'].join('\n'))).toEqual([]);
  });

  test('CRLF files: the "\\r" stays out of the line text; an empty context line is " "', () => {
    expect(rows('@@ -1,3 +1,3 @@\n {\r\n-  "a": 1\r\n+  "b": 1\r\n \n')).toEqual([
      [1, '{', 0],
      [2, '  "b": 1', 0],
      [3, '', 0],
    ]);
  });

  test('lines past the counts of the header, or of no kind, end the hunk: they are not believed', () => {
    const patch = ['@@ -1,1 +1,1 @@', '-a', '+b', '+c', ' d', '@@ -5,2 +5,2 @@', ' e', 'garbage', ' f'].join('\n');
    expect(rows(patch)).toEqual([
      [1, 'b', 0],
      [5, 'e', 1],
    ]);
  });

  test('hostile patches: no header, absurd numbers, huge input give few lines, no error, in one pass', () => {
    expect(rows('')).toEqual([]);
    expect(rows('not a diff at all\n+{\n }')).toEqual([]);
    expect(rows('@@ -1,99999999999999999999 +1,99999999999999999999 @@\n+a\n+b')).toEqual([]);
    expect(rows('@@ -1,1 +1e5,1 @@\n+a')).toEqual([]);
    expect(rows('@@ -1,2 +0,2 @@\n+a')).toEqual([]); // line 0 does not exist
    expect(rows('@@ -1,1 +100000001,1 @@\n+a')).toEqual([]);
    // A million added lines: linear (no timing asserted: the run finishing is the point).
    const big = '@@ -0,0 +1,1000000 @@\n' + '+x\n'.repeat(1_000_000);
    const lines = rightSideLines(big);
    expect(lines.size).toBe(1_000_000);
    expect(lines.get(1_000_000)).toEqual({ text: 'x', hunk: 0 });
    // Headers only: every one opens an empty hunk.
    expect(rightSideLines('@@ -1 +1 @@\n'.repeat(100_000)).size).toBe(0);
  });
});
