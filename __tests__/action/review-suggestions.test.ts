// Fixes and suggestions as review comments (pure parts): the new text of the lines each kind of fix
// changes, the property that applying a suggestion block as GitHub does gives what --fix gives, the
// comments' bodies (inert Markdown, a fence nothing can close, the hidden marker), which lines may
// carry one (inside one hunk, the same text in the head commit), and the review's choice and body.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { rightSideLines } from '../../src/action/diff-hunks.js';
import {
  fileCandidates,
  MAX_COMMENT_CHARS,
  postedMarker,
  MAX_REVIEW_COMMENTS,
  reviewBody,
  selectComments,
  suggestedChange,
  type Candidate,
  type SuggestedChange,
} from '../../src/action/review-suggestions.js';
import { validateManifests } from '../../src/engine/engine.js';
import type { FileResult, Finding, Fix } from '../../src/engine/findings.js';
import { applyFixes } from '../../src/fixes/apply-fixes.js';

const README = 'https://example.test/README.md';
/** A file as read again, without a byte order mark. */
const lf = (text: string) => ({ text, bom: false });

async function checked(text: string, path = 'apps/a.json'): Promise<FileResult> {
  const [result] = await validateManifests([{ path, text }], { workspaceRoot: process.cwd() });
  return result!;
}

/** [rule, change] for every finding with a fix or suggestion. */
async function changes(text: string): Promise<[string, SuggestedChange | undefined][]> {
  return (await checked(text)).findings.filter((f) => f.fix ?? f.suggestion).map((f) => [f.rule, suggestedChange(text, (f.fix ?? f.suggestion)!)]);
}

/**
 * GitHub applying a suggestion: lines startLine..endLine are replaced by the block's lines, ended as
 * the file's lines are (the last one as the last line replaced was); an empty block deletes them.
 */
function applyBlock(text: string, change: SuggestedChange): string {
  const segments = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const replaced = segments.slice(change.startLine - 1, change.endLine);
  const last = replaced[replaced.length - 1]!;
  const ending = last.endsWith('\r\n') ? '\r\n' : last.endsWith('\n') ? '\n' : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = change.lines.map((l, i) => l + (i === change.lines.length - 1 ? ending : eol));
  return [...segments.slice(0, change.startLine - 1), ...block, ...segments.slice(change.endLine)].join('');
}

/** The finding's fix (or suggestion) applied by --fix's own code, alone. */
function fixedAlone(text: string, f: Finding): string {
  return applyFixes(text, [{ ...f, fix: (f.fix ?? f.suggestion)! }]).text;
}

describe('suggestedChange: the new text of the lines a fix changes', () => {
  test('rename a key, replace a value, wrap in an array, a trailing comma: the one line, corrected', async () => {
    expect(await changes('{\n  "clientName": "Acme",\n  "scope": "msg.consumer"\n}\n')).toEqual([['unknown-property', { startLine: 2, endLine: 2, lines: ['  "client_name": "Acme",'] }]]);
    expect(await changes('{\n  "client_name": "x",\n  "grant_types": ["client_credential"]\n}\n')).toEqual([
      ['enum', { startLine: 3, endLine: 3, lines: ['  "grant_types": ["client_credentials"]'] }],
    ]);
    expect(await changes('{\n  "client_name": "x",\n  "response_types": "code"\n}\n')).toEqual([['type', { startLine: 3, endLine: 3, lines: ['  "response_types": ["code"]'] }]]);
    expect(await changes('{\n  "client_name": "x",\n}\n')).toEqual([['invalid-json', { startLine: 2, endLine: 2, lines: ['  "client_name": "x"'] }]]);
  });

  test('remove a member, first / middle / last: the first two delete their line, the last takes the comma of the line before', async () => {
    const text = '{\n  "id": "1",\n  "client_name": "x",\n  "client_id": "abc",\n  "scope": "msg.consumer",\n  "client_secret": "s3cr3t"\n}\n';
    expect(await changes(text)).toEqual([
      ['server-field', { startLine: 2, endLine: 2, lines: [] }],
      ['server-field', { startLine: 4, endLine: 4, lines: [] }],
      ['server-field', { startLine: 5, endLine: 6, lines: ['  "scope": "msg.consumer"'] }],
    ]);
  });

  test('remove an item, middle and last; a repeated key', async () => {
    expect(await changes('{\n  "client_name": "x",\n  "enabled_for_profiles": [\n    42,\n    42,\n    43,\n    43\n  ]\n}\n')).toEqual([
      ['duplicate-item', { startLine: 5, endLine: 5, lines: [] }],
      // "43," then "43": deleting the first line is the same as the fix's edit (the comma goes with it).
      ['duplicate-item', { startLine: 6, endLine: 6, lines: [] }],
    ]);
    expect(await changes('{\n  "client_name": "x",\n  "scope": "a",\n  "scope": "msg.consumer"\n}\n')).toEqual([['duplicate-key', { startLine: 3, endLine: 3, lines: [] }]]);
  });

  test('suggestions: http:// to https://, max_retries to 5', async () => {
    const text =
      '{\n  "client_name": "x",\n  "capabilities": {\n    "webhooks": {\n      "cqm.ExConversationChangeNotification": {\n        "endpoint": "http://hooks.example.com/x",\n        "max_retries": 7\n      }\n    }\n  }\n}\n';
    expect(await changes(text)).toEqual([
      ['format', { startLine: 6, endLine: 6, lines: ['        "endpoint": "https://hooks.example.com/x",'] }],
      ['range', { startLine: 7, endLine: 7, lines: ['        "max_retries": 5'] }],
    ]);
  });

  test('a CRLF file: the lines without "\\r" (the file keeps its line endings)', async () => {
    expect(await changes('{\r\n  "clientName": "Acme",\r\n  "scope": "a",\r\n  "scope": "msg.consumer"\r\n}\r\n')).toEqual([
      ['unknown-property', { startLine: 2, endLine: 2, lines: ['  "client_name": "Acme",'] }],
      ['duplicate-key', { startLine: 3, endLine: 3, lines: [] }],
    ]);
  });

  test('a one-line manifest: the whole line, corrected', async () => {
    const text = '{"clientName": "x", "enabled_for_profiles": [42, 43, 42]}';
    expect(await changes(text)).toEqual([
      ['unknown-property', { startLine: 1, endLine: 1, lines: ['{"client_name": "x", "enabled_for_profiles": [42, 43, 42]}'] }],
      ['duplicate-item', { startLine: 1, endLine: 1, lines: ['{"clientName": "x", "enabled_for_profiles": [42, 43]}'] }],
    ]);
  });

  test('no change: edits outside the text, a lone "\\r" inside a line, or edits that change nothing', () => {
    const fix = (line: number, column: number, endLine: number, endColumn: number, text: string): Fix => ({ description: 'd', edits: [{ line, column, endLine, endColumn, text }] });
    expect(suggestedChange('{}\n', fix(3, 1, 3, 2, 'x'))).toBeUndefined();
    expect(suggestedChange('{"a": 1,\r}', fix(1, 8, 1, 9, ''))).toBeUndefined();
    expect(suggestedChange('{"a": 1}', fix(1, 2, 1, 5, '"a"'))).toBeUndefined();
    // An edit that ends at column 1 of the next line: that line is in the range, trimmed when unchanged.
    expect(suggestedChange('ab\ncd\n', fix(1, 3, 2, 1, ''))).toEqual({ startLine: 1, endLine: 2, lines: ['abcd'] });
  });
});

describe('property: a suggestion block applied as GitHub applies it gives what the fix gives', () => {
  const samples = ['typos.json', 'quick-launch.json'].map((f) => readFileSync(`examples/broken/${f}`, 'utf8'));
  const docs = [
    ...samples,
    '{\n  "id": "1",\n  "clientName": "x",\n  "client_id": "abc",\n  "grant_types": ["client_credential", "client_credential"],\n  "response_types": "code",\n  "scope": "a",\n  "scope": "msg.consumer",\n  "client_secret": "s3cr3t"\n}\n',
    '{"client_name": "x", "enabled_for_profiles": [1, 1, 2, 2], "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "http://a.example.com", "max_retries": 9}}}}',
    '{\n  "client_name": "x",\n  "grant_types": [\n    "client_credentials",\n  ],\n}',
  ];

  test('on every fix and suggestion of samples re-indented, LF or CRLF, with or without a final newline', async () => {
    const restyle = (text: string, indent: string, eol: string, finalNewline: boolean): string => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return text.replace(/\n/g, eol); // keep a file that does not parse as it is (its trailing commas are the point)
      }
      const out = JSON.stringify(value, null, indent).replace(/\n/g, eol);
      // Keys renamed back to typos after formatting: the fixes to test need them.
      return out.replace('"client_name"', '"clientName"') + (finalNewline ? eol : '');
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...docs), fc.constantFrom('', '  ', '    ', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (doc, indent, eol, finalNewline) => {
        const text = restyle(doc, indent, eol, finalNewline);
        const result = await checked(text);
        let seen = 0;
        for (const f of result.findings) {
          const fix = f.fix ?? f.suggestion;
          if (fix === undefined) continue;
          const change = suggestedChange(text, fix);
          expect(change).toBeDefined();
          expect(applyBlock(text, change!)).toBe(fixedAlone(text, f));
          seen++;
        }
        expect(seen).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('comments: where, and what they say', () => {
  const TEXT = '{\n  "clientName": "Acme",\n  "client_id": "abc",\n  "scope": "msg.consumer"\n}\n';
  /** The patch of a pull request that added the file. */
  const added = (text: string) => `@@ -0,0 +1,${text.split('\n').length - 1} @@\n` + text.replace(/\n$/, '').replace(/^/gm, '+');

  test('exact comments on an added file: fixes first, then suggestions; one line or a range', async () => {
    const text = '{\n  "clientName": "Acme",\n  "client_id": "abc",\n  "scope": "msg.consumer",\n  "client_secret": "x"\n}\n';
    const file = await checked(text);
    const found = fileCandidates(file, lf(text), rightSideLines(added(text)), README);
    expect(found.outside).toBe(0);
    expect(found.tooLong).toBe(0);
    expect(found.candidates.map((c) => [c.kind, c.comment.path, c.comment.start_line, c.comment.line, c.comment.side, c.comment.start_side])).toEqual([
      ['fix', 'apps/a.json', undefined, 2, 'RIGHT', undefined],
      ['suggestion', 'apps/a.json', undefined, 3, 'RIGHT', undefined],
      ['suggestion', 'apps/a.json', 4, 5, 'RIGHT', 'RIGHT'],
    ]);
    const [fix] = found.candidates;
    expect(fix!.comment.body).toBe(
      [
        `**Fix** for [\`unknown-property\`](${README}#unknown-property): \`unknown property "clientName"; did you mean "client_name"? (client_name is required)\``,
        '',
        '```suggestion',
        '  "client_name": "Acme",',
        '```',
        `<!-- lp-manifest:suggestion v1 ${fix!.marker} -->`,
        '',
      ].join('\n'),
    );
    expect(fix!.marker).toMatch(/^[0-9a-f]{64}$/);
    expect(postedMarker(fix!.comment.body)).toBe(fix!.marker);
    expect(found.candidates[1]!.comment.body).toMatch(/^\*\*Suggested \(check before applying\)\*\* for \[`server-field`\]\(https:\/\/example\.test\/README\.md#server-field\): `/);
    expect(found.candidates[1]!.comment.body).toContain('\n\n```suggestion\n```\n<!--');
  });

  test('only lines inside the diff, all in one hunk, reading the same in the head commit as in the file checked', async () => {
    const file = await checked(TEXT);
    const kinds = (patch: string | undefined, text: string | null = TEXT) => {
      const found = fileCandidates(file, text === null ? undefined : lf(text), patch === undefined ? undefined : rightSideLines(patch), README);
      return [found.candidates.map((c) => c.comment.line), found.outside];
    };
    expect(kinds(added(TEXT))).toEqual([[2, 3], 0]);
    // Line 2 changed, line 3 is not in the diff.
    expect(kinds('@@ -1,2 +1,2 @@\n {\n-  "client_name": "Acme",\n+  "clientName": "Acme",')).toEqual([[2], 1]);
    // Line 3 only as a removed line (LEFT side): not a place for a comment.
    expect(kinds('@@ -3,1 +3,1 @@\n-  "client_id": "abc",\n+  "client_id": "abc",')).toEqual([[3], 1]);
    expect(kinds('@@ -3,1 +3,0 @@\n-  "client_id": "abc",')).toEqual([[], 2]);
    // The head commit has other text on line 2 than the file checked (the merge commit): no comment there.
    expect(kinds('@@ -1,3 +1,3 @@\n {\n-  "x": 1,\n+  "clientName": "Other",\n   "client_id": "abc",')).toEqual([[3], 1]);
    // No patch (binary, too large) or no text: nothing, all counted.
    expect(kinds(undefined)).toEqual([[], 2]);
    expect(kinds(added(TEXT), null)).toEqual([[], 2]);
  });

  test('a range over two hunks is not posted (GitHub wants one hunk)', async () => {
    const text = '{\n  "client_name": "x",\n  "scope": "msg.consumer",\n  "client_secret": "x"\n}\n';
    const file = await checked(text);
    const twoHunks = '@@ -3,1 +3,1 @@\n-  "scope": "a",\n+  "scope": "msg.consumer",\n@@ -4,1 +4,1 @@\n-  "client_secret": "y"\n+  "client_secret": "x"';
    expect(fileCandidates(file, lf(text), rightSideLines(twoHunks), README)).toEqual({ candidates: [], outside: 1, tooLong: 0 });
    const oneHunk = '@@ -3,2 +3,2 @@\n-  "scope": "a",\n+  "scope": "msg.consumer",\n-  "client_secret": "y"\n+  "client_secret": "x"';
    expect(fileCandidates(file, lf(text), rightSideLines(oneHunk), README).candidates.map((c) => [c.comment.start_line, c.comment.line])).toEqual([[3, 4]]);
  });

  test('hostile text stays inert: the message is a code span, the fence outgrows any run of backticks', async () => {
    const key = '![x](https://evil.example.com/i.png) @team #1 ```` <!-- -->';
    const text = `{\n  "client_name": "x",\n  "scope": "msg.consumer",\n  "scope": ${JSON.stringify(key)},\n  "response_types": "code"\n}\n`;
    const file = await checked(text);
    const found = fileCandidates(file, lf(text), rightSideLines(added(text)), README);
    const dup = found.candidates.find((c) => c.comment.line === 3)!;
    // The removed member's line: the block is empty, the message's key in a code span.
    const wrap = found.candidates.find((c) => c.comment.line === 5)!;
    expect(wrap.comment.body.split('\n').slice(2, 5)).toEqual(['```suggestion', '  "response_types": ["code"]', '```']);
    expect(dup.comment.body.startsWith('**Fix** for [`duplicate-key`]')).toBe(true);
    // A value with ```` in a block: a fence of five.
    const fix: Fix = { description: 'd', edits: [{ line: 4, column: 12, endLine: 4, endColumn: 12 + JSON.stringify(key).length, text: JSON.stringify(key + '`') }] };
    const finding: Finding = { rule: 'enum', severity: 'error', message: key, pointer: '/scope', line: 4, column: 12, endLine: 4, endColumn: 13, fix };
    const body = fileCandidates({ ...file, findings: [finding] }, lf(text), rightSideLines(added(text)), README).candidates[0]!.comment.body;
    expect(body.split('\n')).toEqual([
      `**Fix** for [\`enum\`](${README}#enum): \`\`\`\`\`${key}\`\`\`\`\``,
      '',
      '`````suggestion',
      `  "scope": ${JSON.stringify(key + '`')},`,
      '`````',
      expect.stringMatching(/^<!-- lp-manifest:suggestion v1 [0-9a-f]{64} -->$/),
      '',
    ]);
  });

  test("a marker inside a JSON string on the fixed line is quoted in the block, and is not the comment's marker", async () => {
    const planted = `<!-- lp-manifest:suggestion v1 ${'e'.repeat(64)} -->`;
    const text = `{\n  "clientName": ${JSON.stringify(planted)},\n  "scope": "msg.consumer"\n}\n`;
    const file = await checked(text);
    const [fix] = fileCandidates(file, lf(text), rightSideLines(added(text)), README).candidates;
    expect(fix!.comment.body.split('\n')[3]).toBe(`  "client_name": ${JSON.stringify(planted)},`);
    expect(postedMarker(fix!.comment.body)).toBe(fix!.marker);
    expect(fix!.marker).not.toBe('e'.repeat(64));
    // The next run, reading this comment back, counts its own change as posted and no other.
    const other: Candidate = { kind: 'fix', marker: 'e'.repeat(64), comment: { path: 'apps/a.json', line: 3, side: 'RIGHT', body: 'b' } };
    const review = selectComments([fix!, other], new Set([postedMarker(fix!.comment.body)!]), { outside: 0, tooLong: 0 });
    expect([review.comments, review.counts.alreadyPosted]).toEqual([[other.comment], 1]);
  });

  test('a file with a byte order mark: the diff shows it on line 1, and a block for line 1 keeps it', async () => {
    const text = '{"clientName": "x", "enabled_for_profiles": [1, 1]}\n';
    const file = await checked(text);
    const diff = rightSideLines(added('\uFEFF' + text));
    const found = fileCandidates(file, { text, bom: true }, diff, README);
    expect(found.candidates.map((c) => c.comment.body.split('\n')[3])).toEqual([
      '\uFEFF{"client_name": "x", "enabled_for_profiles": [1, 1]}',
      '\uFEFF{"clientName": "x", "enabled_for_profiles": [1]}',
    ]);
    // Without the mark in the head commit's line, the lines differ: nothing posted.
    expect(fileCandidates(file, { text, bom: true }, rightSideLines(added(text)), README).outside).toBe(2);
  });

  test('a change too long for a comment is counted, not posted', async () => {
    const text = `{"client_name": "x", "enabled_for_profiles": [1, 1], "scope": "${'a'.repeat(70_000)}"}`;
    const file = await checked(text);
    const found = fileCandidates(file, lf(text), rightSideLines(added(text + '\n')), README);
    expect([found.candidates.length, found.outside, found.tooLong]).toEqual([0, 0, 1]);
  });

  test('a block over the limit is known from the edits and line lengths: not built (linear), counted as too long on the diff, outside off it', async () => {
    // One line of 200,000 characters with 1,000 repeated items: every fix's block is the whole line.
    const items = Array.from({ length: 1001 }, () => '1').join(', ');
    const text = `{"client_name": "x", "scope": "${'a'.repeat(200_000)}", "enabled_for_profiles": [${items}]}\n`;
    const file = await checked(text);
    const fixes = file.findings.filter((f) => f.fix);
    expect(fixes).toHaveLength(1000);
    expect(suggestedChange(text, fixes[0]!.fix!, [0, text.length], MAX_COMMENT_CHARS)).toEqual({ tooLong: true, startLine: 1, endLine: 1 });
    expect(fileCandidates(file, lf(text), rightSideLines(added(text)), README)).toEqual({ candidates: [], outside: 0, tooLong: 1000 });
    expect(fileCandidates(file, lf(text), rightSideLines('@@ -1,1 +1,1 @@\n-{}\n+{"other": 1}'), README)).toEqual({ candidates: [], outside: 1000, tooLong: 0 });
  });

  test('the limit, exactly: one line of new text at the limit and one character over (a "\\r" it ends with left out)', () => {
    const n = 100;
    const fix = (): Fix => ({ description: 'd', edits: [{ line: 1, column: 2, endLine: 1, endColumn: 3, text: 'bb' }] });
    // New line: n characters (a, b, b, then a's) after the edit.
    const at = 'aa' + 'a'.repeat(n - 3) + '\n';
    expect(suggestedChange(at, fix(), [0, at.length], n)).toEqual({ startLine: 1, endLine: 1, lines: ['abb' + 'a'.repeat(n - 3)] });
    const crlf = 'aa' + 'a'.repeat(n - 3) + '\r\n';
    expect(suggestedChange(crlf, fix(), [0, crlf.length], n)).toEqual({ startLine: 1, endLine: 1, lines: ['abb' + 'a'.repeat(n - 3)] });
    const over = 'aa' + 'a'.repeat(n - 1) + '\n';
    expect(suggestedChange(over, fix(), [0, over.length], n)).toEqual({ tooLong: true, startLine: 1, endLine: 1 });
  });

  test('a long line the change removes does not make it too long: only what the block must hold counts (removing the last member changes the long line)', async () => {
    const long = 'a'.repeat(MAX_COMMENT_CHARS + 10);
    const text = `{\n  "client_name": "x",\n  "scope": "msg.consumer",\n  "client_secret": "${long}",\n  "client_id": "abc"\n}\n`;
    const file = await checked(text);
    const found = fileCandidates(file, lf(text), rightSideLines(added(text)), README);
    expect([found.candidates.map((c) => [c.kind, c.comment.line, c.comment.body.split('\n').slice(2, 4)]), found.outside, found.tooLong]).toEqual([
      [['suggestion', 4, ['```suggestion', '```']]],
      0,
      1,
    ]);
  });

  test('the marker: same path, lines and text give the same one; another path, line or text another', async () => {
    const file = await checked(TEXT);
    const marker = (f: FileResult, text: string) => fileCandidates(f, lf(text), rightSideLines(added(text)), README).candidates[0]!.marker;
    const m = marker(file, TEXT);
    expect(marker(await checked(TEXT), TEXT)).toBe(m);
    expect(marker(await checked(TEXT, 'apps/b.json'), TEXT)).not.toBe(m);
    const moved = '{\n\n' + TEXT.slice(2);
    expect(marker(await checked(moved), moved)).not.toBe(m);
    const other = TEXT.replace('Acme', 'Acme2');
    expect(marker(await checked(other), other)).not.toBe(m);
    // Only a last line that is the marker alone: quoted or inline markers, other forms, are not the comment's own.
    expect(postedMarker(`x\n<!-- lp-manifest:suggestion v1 ${m} -->\n`)).toBe(m);
    expect(postedMarker(`<!-- lp-manifest:suggestion v1 ${m} -->`)).toBe(m);
    expect(postedMarker(`x <!-- lp-manifest:suggestion v1 ${m} -->`)).toBeUndefined();
    expect(postedMarker(`<!-- lp-manifest:suggestion v1 ${m} -->\nmore`)).toBeUndefined();
    expect(postedMarker(`x\n<!-- lp-manifest:suggestion v1 ${'A'.repeat(64)} -->`)).toBeUndefined();
    expect(postedMarker(`x\n<!--  lp-manifest:suggestion v1 ${m} -->`)).toBeUndefined();
  });
});

describe('the review', () => {
  const candidate = (kind: Candidate['kind'], n: number): Candidate => ({ kind, marker: String(n).padStart(64, '0'), comment: { path: 'a.json', line: n, side: 'RIGHT', body: `c${n}` } });

  test('fixes first, without those already posted or repeated, at most 30; the rest counted', () => {
    const candidates = [candidate('suggestion', 1), candidate('fix', 2), candidate('fix', 3), candidate('fix', 2)];
    const review = selectComments(candidates, new Set([candidate('fix', 3).marker]), { outside: 4, tooLong: 0 });
    expect(review).toEqual({
      comments: [candidate('fix', 2).comment, candidate('suggestion', 1).comment],
      counts: { fixes: 1, suggestions: 1, outside: 4, tooLong: 0, overCap: 0, alreadyPosted: 2 },
    });
    const many = Array.from({ length: 45 }, (_, i) => candidate(i % 3 === 0 ? 'suggestion' : 'fix', i + 1));
    const capped = selectComments(many, new Set(), { outside: 0, tooLong: 0 });
    expect(capped.comments).toHaveLength(MAX_REVIEW_COMMENTS);
    expect(capped.comments.slice(0, 30).map((c) => c.line)).toEqual(many.filter((c) => c.kind === 'fix').map((c) => c.comment.line));
    expect(capped.counts).toEqual({ fixes: 30, suggestions: 0, outside: 0, tooLong: 0, overCap: 15, alreadyPosted: 0 });
  });

  test('the body says what the review holds, what it left out and where every finding is', () => {
    expect(reviewBody({ fixes: 2, suggestions: 1, outside: 3, tooLong: 1, overCap: 4, alreadyPosted: 5 }, { checkName: 'LP `x`', elsewhere: 'the workflow log and the job summary' })).toBe(
      [
        '**LivePerson manifests**: 2 fixes and 1 suggestion to apply with one click ("Commit suggestion").',
        '',
        'A fix is certain; a suggestion needs your judgement (check it before applying).',
        '',
        '- 4 more changes over the limit of 30 comments a run: the next run posts them.',
        '- 3 more fixes or suggestions on lines this pull request does not change (GitHub takes comments only on its diff).',
        '- 1 more change too long for a review comment.',
        '- 5 changes already suggested by an earlier run.',
        '',
        'Every finding is in the check run `` LP `x` `` and in the workflow log and the job summary.',
        '',
      ].join('\n'),
    );
    expect(reviewBody({ fixes: 1, suggestions: 0, outside: 0, tooLong: 0, overCap: 0, alreadyPosted: 0 }, { elsewhere: 'the workflow log' })).toBe(
      '**LivePerson manifests**: 1 fix to apply with one click ("Commit suggestion").\n\nEvery finding is in the workflow log.\n',
    );
  });
});
