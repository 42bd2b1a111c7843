// The pure pass machinery of --fix: which fixes a pass applies, how many passes run, and that a pass
// which would break JSON that parsed is not applied.
import { describe, expect, test } from '@jest/globals';
import type { Finding, Fix } from '../../src/engine/findings.js';
import { applyFixes, fixText, MAX_PASSES } from '../../src/fixes/apply-fixes.js';

function finding(fix: Fix, rule: Finding['rule'] = 'enum'): Finding {
  return { rule, severity: 'error', message: 'm', pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1, fix };
}
const edit = (line: number, column: number, endLine: number, endColumn: number, text: string) => ({ line, column, endLine, endColumn, text });

describe('applyFixes (one pass)', () => {
  test('fixes apply in file order whatever the order of the findings; all edits of a fix apply together', () => {
    const text = 'abc\ndef\n';
    const late = finding({ description: 'd->D', edits: [edit(2, 1, 2, 2, 'D')] });
    const early = finding({ description: 'a->A, c->C', edits: [edit(1, 1, 1, 2, 'A'), edit(1, 3, 1, 4, 'C')] });
    const out = applyFixes(text, [late, early]);
    expect(out.text).toBe('AbC\nDef\n');
    expect(out.applied).toEqual([early, late]);
  });

  test('a fix that overlaps or touches one already taken waits; one inside the gap of another fix waits too', () => {
    const text = '0123456789';
    const a = finding({ description: 'a', edits: [edit(1, 2, 1, 4, 'x')] }); // [1,3)
    const touching = finding({ description: 't', edits: [edit(1, 4, 1, 5, 'y')] }); // [3,4)
    const after = finding({ description: 'f', edits: [edit(1, 6, 1, 7, 'z')] }); // [5,6)
    expect(applyFixes(text, [a, touching, after])).toEqual({ text: '0x34z6789', applied: [a, after] });
    const wide = finding({ description: 'w', edits: [edit(1, 1, 1, 2, 'W'), edit(1, 9, 1, 10, 'W')] }); // [0,1) and [8,9)
    const inside = finding({ description: 'i', edits: [edit(1, 5, 1, 6, 'I')] });
    expect(applyFixes(text, [inside, wide])).toEqual({ text: 'W1234567W9', applied: [wide] });
  });

  test('an insertion (empty range) applies; suggestions are never applied', () => {
    const insert = finding({ description: 'insert', edits: [edit(1, 2, 1, 2, '+')] });
    const suggestion: Finding = { ...finding({ description: 's', edits: [edit(1, 1, 1, 2, 'S')] }), suggestion: { description: 's', edits: [edit(1, 1, 1, 2, 'S')] } };
    delete suggestion.fix;
    expect(applyFixes('ab', [insert, suggestion])).toEqual({ text: 'a+b', applied: [insert] });
  });

  test('a fix whose positions are not in the text is not applied', () => {
    const text = 'ab\ncd';
    const outside = [edit(3, 1, 3, 2, 'x'), edit(1, 4, 1, 5, 'x'), edit(1, 0, 1, 1, 'x'), edit(2, 2, 1, 1, 'x'), edit(2, 3, 2, 4, 'x')];
    for (const e of outside) expect(applyFixes(text, [finding({ description: 'bad', edits: [e] })])).toEqual({ text, applied: [] });
    // The end of a line and the end of the text are positions; just after a "\n" is the next line's column 1.
    expect(applyFixes(text, [finding({ description: 'ok', edits: [edit(1, 3, 2, 1, ' ')] })]).text).toBe('ab cd');
    expect(applyFixes(text, [finding({ description: 'ok', edits: [edit(2, 3, 2, 3, '!')] })]).text).toBe('ab\ncd!');
  });
});

describe('fixText (passes)', () => {
  test('stops when no fix applies; counts the fixes applied', async () => {
    const checks: string[] = [];
    const outcome = await fixText('[1,2]', (text) => {
      checks.push(text);
      return text.includes('1') ? [finding({ description: '1->3', edits: [edit(1, 2, 1, 3, '3')] })] : [];
    });
    expect(outcome).toEqual({ text: '[3,2]', findings: [], applied: 1 });
    expect(checks).toEqual(['[1,2]', '[3,2]']);
  });

  test(`at most ${MAX_PASSES} passes, as ESLint, when fixes never settle`, async () => {
    let checks = 0;
    const outcome = await fixText('[]', (text) => {
      checks++;
      return [finding({ description: 'grow', edits: [edit(1, 2, 1, 2, String(text.length))] })];
    });
    expect(checks).toBe(MAX_PASSES + 1);
    expect(outcome.applied).toBe(MAX_PASSES);
    expect(outcome.findings).toHaveLength(1);
  });

  test('a pass that would make JSON that parses stop parsing is not applied; the text stays the last one that parsed', async () => {
    const good = finding({ description: 'a->b', edits: [edit(1, 3, 1, 4, 'b')] }, 'unknown-property');
    const breaking = finding({ description: 'drop }', edits: [edit(1, 8, 1, 9, '')] }, 'duplicate-key');
    const outcome = await fixText('{"a": 1}', (text) => (text === '{"a": 1}' ? [good] : [breaking]));
    expect(outcome).toEqual({ text: '{"b": 1}', findings: [breaking], applied: 1, refused: [breaking] });
  });

  test('text that did not parse may stay unparsable (a trailing comma removed, another error left)', async () => {
    const comma = finding({ description: 'remove the trailing comma', edits: [edit(1, 8, 1, 9, '')] }, 'invalid-json');
    const outcome = await fixText('{"a": 1, /*x*/}', (text) => (text === '{"a": 1, /*x*/}' ? [comma] : []));
    expect(outcome).toEqual({ text: '{"a": 1 /*x*/}', findings: [], applied: 1 });
  });
});
