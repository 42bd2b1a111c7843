// Each kind of fix and suggestion: the exact edits a finding carries on a small text, and the text
// after --fix's passes (src/fixes/apply-fixes.ts with the engine as checker). Removal of members
// and items is checked on the resolver itself too, first / middle / last / only, single-line and
// pretty-printed, LF and CRLF.
import { describe, expect, test } from '@jest/globals';
import { validateManifests } from '../../src/engine/engine.js';
import type { EditOp, Finding } from '../../src/engine/findings.js';
import { applyFixes, fixText } from '../../src/fixes/apply-fixes.js';
import { resolveOps } from '../../src/json/edit-ops.js';
import { locationTree } from '../../src/json/source-map.js';
import { LineIndex } from '../../src/json/text-positions.js';

async function check(text: string): Promise<Finding[]> {
  const [result] = await validateManifests([{ path: 'app.json', text }], { workspaceRoot: process.cwd() });
  return result!.findings;
}

/** The findings that carry a fix or suggestion: rule, kind, description and edits. */
async function corrections(text: string) {
  return (await check(text)).flatMap((f) => [...(f.fix ? [{ rule: f.rule, kind: 'fix', ...f.fix }] : []), ...(f.suggestion ? [{ rule: f.rule, kind: 'suggestion', ...f.suggestion }] : [])]);
}

async function fixed(text: string): Promise<string> {
  return (await fixText(text, check)).text;
}

/** The resolver's edit for one operation, as a position range, and the text after it. */
function resolve(text: string, op: EditOp) {
  const edits = resolveOps(text, [op], () => locationTree(text));
  expect(edits).toHaveLength(1);
  const e = edits![0]!;
  const lines = new LineIndex(text);
  const start = lines.position(e.start);
  const end = lines.position(e.end);
  return { range: `${start.line}:${start.column}-${end.line}:${end.column}`, text: e.text, after: text.slice(0, e.start) + e.text + text.slice(e.end) };
}

describe('renames', () => {
  test('unknown-property with one did-you-mean: the key is renamed, JSON-encoded', async () => {
    const text = '{\n  "clientName": "Acme",\n  "scope": "msg.consumer"\n}\n';
    expect(await corrections(text)).toEqual([
      { rule: 'unknown-property', kind: 'fix', description: 'rename "clientName" to "client_name"', edits: [{ line: 2, column: 3, endLine: 2, endColumn: 15, text: '"client_name"' }] },
    ]);
    expect(await fixed(text)).toBe('{\n  "client_name": "Acme",\n  "scope": "msg.consumer"\n}\n');
  });

  test('max_retry is max_retries (singular and plural)', async () => {
    const text = '{"client_name": "x", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "max_retry": 3}}}}';
    expect((await corrections(text)).map((c) => [c.description, c.edits])).toEqual([
      ['rename "max_retry" to "max_retries"', [{ line: 1, column: 130, endLine: 1, endColumn: 141, text: '"max_retries"' }]],
    ]);
    expect(await fixed(text)).toBe(text.replace('"max_retry"', '"max_retries"'));
  });

  test('no fix when the guess is loose, or when the object already has that key (the rename would drop a member)', async () => {
    const loose = await check('{"client_name": "x", "uri": "https://a.example.com"}');
    expect(loose.map((f) => [f.rule, f.message, f.fix])).toEqual([['unknown-property', 'unknown property "uri"; did you mean "logo_uri"?', undefined]]);
    const taken = await check('{"client_name": "x", "clientName": "y"}');
    expect(taken.map((f) => [f.rule, f.fix])).toEqual([['unknown-property', undefined]]);
  });

  test('unknown-event: the ms. spelling of the page is cqm.ExConversationChangeNotification', async () => {
    const text = '{\n  "client_name": "x",\n  "capabilities": {"webhooks": {\n    "ms.MessagingEventNotification.ExConversationChangeNotification": {"endpoint": "https://a.example.com"}\n  }}\n}\n';
    expect(await corrections(text)).toEqual([
      {
        rule: 'unknown-event',
        kind: 'fix',
        description: 'rename "ms.MessagingEventNotification.ExConversationChangeNotification" to "cqm.ExConversationChangeNotification"',
        edits: [{ line: 4, column: 5, endLine: 4, endColumn: 69, text: '"cqm.ExConversationChangeNotification"' }],
      },
    ]);
    expect(await fixed(text)).toBe(text.replace('"ms.MessagingEventNotification.ExConversationChangeNotification"', '"cqm.ExConversationChangeNotification"'));
  });

  test.each([
    ['ms.MessagingEventNotification.AccpetStatusEvent', 'ms.MessagingEventNotification.AcceptStatusEvent'], // the events page's own typo
    ['ms.messagingeventnotification.contentevent', 'ms.MessagingEventNotification.ContentEvent'],
    ['ms.MessagingEventNotification.ContentEvents', 'ms.MessagingEventNotification.ContentEvent'],
    ['Retry', 'retry'],
  ])('unknown-event near miss %s is renamed to %s', async (wrong, right) => {
    const body = wrong === 'Retry' ? '{"retention_time": 60}' : '{"endpoint": "https://a.example.com"}';
    const text = `{"client_name": "x", "capabilities": {"webhooks": {${JSON.stringify(wrong)}: ${body}}}}`;
    const [c] = await corrections(text);
    expect(c).toEqual({
      rule: 'unknown-event',
      kind: 'fix',
      description: `rename ${JSON.stringify(wrong)} to ${JSON.stringify(right)}`,
      edits: [{ line: 1, column: 52, endLine: 1, endColumn: 54 + wrong.length, text: JSON.stringify(right) }],
    });
    expect(await fixed(text)).toBe(text.replace(JSON.stringify(wrong), JSON.stringify(right)));
  });

  test('unknown-event two edits away: a guess in the message, no fix', async () => {
    const findings = await check('{"client_name": "x", "capabilities": {"webhooks": {"ms.MessagingEventNotification.ContntEvnt": {"endpoint": "https://a.example.com"}}}}');
    expect(findings.map((f) => [f.rule, f.message.includes('did you mean "ms.MessagingEventNotification.ContentEvent"'), f.fix])).toEqual([['unknown-event', true, undefined]]);
  });
});

describe('values', () => {
  test('enum one edit away from exactly one allowed value is replaced', async () => {
    const text = '{\n  "client_name": "x",\n  "grant_types": ["client_credential"]\n}\n';
    expect(await corrections(text)).toEqual([
      { rule: 'enum', kind: 'fix', description: 'replace "client_credential" with "client_credentials"', edits: [{ line: 3, column: 19, endLine: 3, endColumn: 38, text: '"client_credentials"' }] },
    ]);
    expect(await fixed(text)).toBe('{\n  "client_name": "x",\n  "grant_types": ["client_credentials"]\n}\n');
    expect(await fixed('{"client_name": "x", "response_types": ["Code"]}')).toBe('{"client_name": "x", "response_types": ["code"]}');
  });

  test('enum one edit away from two allowed values ("nauth": auth, unauth) has no fix', async () => {
    const findings = await check('{"client_name": "x", "capabilities": {"engagement": {"consumer_identity": ["nauth"]}}}');
    const e = findings.find((f) => f.rule === 'enum')!;
    expect(e.pointer).toBe('/capabilities/engagement/consumer_identity/0');
    expect(e.fix).toBeUndefined();
  });

  test.each([
    ['/response_types', '{"client_name": "x", "response_types": "code"}', '{"client_name": "x", "response_types": ["code"]}', 40, 46, 'make response_types an array'],
    [
      '/capabilities/engagement/target_audience',
      '{"client_name": "x", "capabilities": {"engagement": {"target_audience": "ip"}}}',
      '{"client_name": "x", "capabilities": {"engagement": {"target_audience": ["ip"]}}}',
      73,
      77,
      'make target_audience an array',
    ],
    [
      '/capabilities/engagement/goal',
      '{"client_name": "x", "capabilities": {"engagement": {"goal": "lead"}}}',
      '{"client_name": "x", "capabilities": {"engagement": {"goal": ["lead"]}}}',
      62,
      68,
      'make goal an array',
    ],
  ])('type: %s given as a string is wrapped in an array', async (pointer, text, after, column, endColumn, description) => {
    const wrap = (await check(text)).find((f) => f.rule === 'type')!;
    expect(wrap.pointer).toBe(pointer);
    expect(wrap.fix).toEqual({ description, edits: [{ line: 1, column, endLine: 1, endColumn, text: after.slice(column - 1, endColumn + 1) }] });
    expect(await fixed(text)).toBe(after);
  });

  test('other arrays given as a string are not wrapped (not documented as strings)', async () => {
    const [f] = await check('{"client_name": "x", "grant_types": "client_credentials"}');
    expect([f!.rule, f!.fix]).toEqual(['type', undefined]);
  });
});

describe('repeats', () => {
  test('duplicate-item: the repeated item is removed, last or middle, with one comma', async () => {
    const last = '{"client_name": "x", "enabled_for_profiles": [42, 43, 42]}';
    expect(await corrections(last)).toEqual([
      { rule: 'duplicate-item', kind: 'fix', description: 'remove the repeated item enabled_for_profiles[2]', edits: [{ line: 1, column: 53, endLine: 1, endColumn: 57, text: '' }] },
    ]);
    expect(await fixed(last)).toBe('{"client_name": "x", "enabled_for_profiles": [42, 43]}');
    const middle = '{\n  "client_name": "x",\n  "enabled_for_profiles": [\n    42,\n    42,\n    43\n  ]\n}\n';
    expect((await corrections(middle)).map((c) => c.edits)).toEqual([[{ line: 5, column: 5, endLine: 6, endColumn: 5, text: '' }]]);
    expect(await fixed(middle)).toBe('{\n  "client_name": "x",\n  "enabled_for_profiles": [\n    42,\n    43\n  ]\n}\n');
  });

  test('duplicate-key with three copies: each repeat removes the one before it; the last (what JSON.parse kept) stays', async () => {
    const text = '{\n  "client_name": "x",\n  "scope": "a",\n  "scope": "b",\n  "scope": "msg.consumer"\n}\n';
    const found = await check(text);
    expect(found.map((f) => [f.rule, f.line, f.fix])).toEqual([
      ['duplicate-key', 4, { description: 'remove the earlier "scope" (line 3); JSON.parse keeps this one', edits: [{ line: 3, column: 3, endLine: 4, endColumn: 3, text: '' }] }],
      ['duplicate-key', 5, { description: 'remove the earlier "scope" (line 4); JSON.parse keeps this one', edits: [{ line: 4, column: 3, endLine: 5, endColumn: 3, text: '' }] }],
    ]);
    // The two removals touch: the first is applied, the second in the next pass.
    const first = applyFixes(text, found);
    expect(first.applied.map((f) => f.line)).toEqual([4]);
    expect(first.text).toBe('{\n  "client_name": "x",\n  "scope": "b",\n  "scope": "msg.consumer"\n}\n');
    const outcome = await fixText(text, check);
    expect(outcome).toEqual({ text: '{\n  "client_name": "x",\n  "scope": "msg.consumer"\n}\n', findings: [], applied: 2 });
    expect(JSON.parse(outcome.text)).toEqual(JSON.parse(text));
  });
});

describe('invalid-json: trailing comma', () => {
  test('in an object and in an array the comma is removed', async () => {
    const object = '{\n  "client_name": "x",\n}\n';
    expect(await corrections(object)).toEqual([{ rule: 'invalid-json', kind: 'fix', description: 'remove the trailing comma', edits: [{ line: 2, column: 21, endLine: 2, endColumn: 22, text: '' }] }]);
    expect(await fixed(object)).toBe('{\n  "client_name": "x"\n}\n');
    const array = '{"client_name": "x", "grant_types": ["client_credentials", ]}';
    expect((await corrections(array)).map((c) => c.edits)).toEqual([[{ line: 1, column: 58, endLine: 1, endColumn: 59, text: '' }]]);
    expect(await fixed(array)).toBe('{"client_name": "x", "grant_types": ["client_credentials" ]}');
  });

  test('each pass sees the next syntax error: two trailing commas and a typo take three passes', async () => {
    const text = '{"clientName": "x", "grant_types": ["client_credentials",],}';
    const outcome = await fixText(text, check);
    expect(outcome).toEqual({ text: '{"client_name": "x", "grant_types": ["client_credentials"]}', findings: [], applied: 3 });
  });

  test('other syntax errors carry no fix', async () => {
    const [f] = await check('{"client_name": "x", // a comment\n}');
    expect([f!.rule, f!.fix]).toEqual(['invalid-json', undefined]);
  });
});

describe('suggestions: offered, never applied by --fix', () => {
  test('server-field: remove the member; for client_secret, rotate it too', async () => {
    const text = '{\n  "client_name": "x",\n  "client_id": "abc",\n  "client_secret": "s3cr3t"\n}\n';
    expect(await corrections(text)).toEqual([
      { rule: 'server-field', kind: 'suggestion', description: 'remove "client_id"', edits: [{ line: 3, column: 3, endLine: 4, endColumn: 3, text: '' }] },
      {
        rule: 'server-field',
        kind: 'suggestion',
        description: 'remove "client_secret", and rotate the secret: it was committed',
        edits: [{ line: 3, column: 21, endLine: 4, endColumn: 28, text: '' }],
      },
    ]);
    expect(await fixed(text)).toBe(text);
  });

  test('format: an http:// webhook endpoint is suggested as https://', async () => {
    const text = '{"client_name": "x", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "http://hooks.example.com/x"}}}}';
    expect(await corrections(text)).toEqual([
      { rule: 'format', kind: 'suggestion', description: 'use https://', edits: [{ line: 1, column: 105, endLine: 1, endColumn: 133, text: '"https://hooks.example.com/x"' }] },
    ]);
    expect(await fixed(text)).toBe(text);
  });

  test('range: max_retries above 5 is suggested as 5 (retention_time is not)', async () => {
    const text = '{"client_name": "x", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "max_retries": 70}}}}';
    expect(await corrections(text)).toEqual([{ rule: 'range', kind: 'suggestion', description: 'set max_retries to 5', edits: [{ line: 1, column: 145, endLine: 1, endColumn: 147, text: '5' }] }]);
    const retention = await check('{"client_name": "x", "capabilities": {"webhooks": {"retry": {"retention_time": 1}}}}');
    expect(retention.map((f) => [f.rule, f.suggestion])).toEqual([['range', undefined]]);
  });
});

describe('overlapping fixes in one file', () => {
  test('the first in file order wins; the second is applied in the next pass', async () => {
    // The duplicate-key fix removes the first "clientName"; the unknown-property fix renames the
    // second, starting just where the removal ends.
    const text = '{"clientName": "a", "clientName": "b"}';
    const found = await check(text);
    // (client_name is missing too: `required`, its own finding at the brace, has no fix.)
    expect(found.map((f) => [f.rule, f.fix?.edits])).toEqual([
      ['required', undefined],
      ['duplicate-key', [{ line: 1, column: 2, endLine: 1, endColumn: 21, text: '' }]],
      ['unknown-property', [{ line: 1, column: 21, endLine: 1, endColumn: 33, text: '"client_name"' }]],
    ]);
    const first = applyFixes(text, found);
    expect([first.text, first.applied.map((f) => f.rule)]).toEqual(['{"clientName": "b"}', ['duplicate-key']]);
    expect(await fixText(text, check)).toEqual({ text: '{"client_name": "b"}', findings: [], applied: 2 });
  });
});

describe('removal keeps valid JSON and every other byte (the resolver)', () => {
  const member = (pointer: string): EditOp => ({ op: 'remove-member', pointer });
  const item = (pointer: string): EditOp => ({ op: 'remove-item', pointer });

  test('members, single line: first and middle take the comma after, last the comma before, only leaves {}', () => {
    const text = '{"a": 1, "b": 2, "c": 3}';
    expect(resolve(text, member('/a'))).toEqual({ range: '1:2-1:10', text: '', after: '{"b": 2, "c": 3}' });
    expect(resolve(text, member('/b'))).toEqual({ range: '1:10-1:18', text: '', after: '{"a": 1, "c": 3}' });
    expect(resolve(text, member('/c'))).toEqual({ range: '1:16-1:24', text: '', after: '{"a": 1, "b": 2}' });
    expect(resolve('{ "a": 1 }', member('/a'))).toEqual({ range: '1:2-1:10', text: '', after: '{}' });
  });

  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('members, pretty-printed (%s): the line goes, the line endings and indentation of the rest stay', (_name, eol) => {
    const text = ['{', '  "a": 1,', '  "b": {', '    "x": true', '  },', '  "c": 3', '}', ''].join(eol);
    const lines = (...l: string[]) => l.join(eol);
    expect(resolve(text, member('/a'))).toEqual({ range: '2:3-3:3', text: '', after: lines('{', '  "b": {', '    "x": true', '  },', '  "c": 3', '}', '') });
    expect(resolve(text, member('/b'))).toEqual({ range: '3:3-6:3', text: '', after: lines('{', '  "a": 1,', '  "c": 3', '}', '') });
    expect(resolve(text, member('/c'))).toEqual({ range: '5:4-6:9', text: '', after: lines('{', '  "a": 1,', '  "b": {', '    "x": true', '  }', '}', '') });
    expect(resolve(text, member('/b/x'))).toEqual({ range: '3:9-5:3', text: '', after: lines('{', '  "a": 1,', '  "b": {},', '  "c": 3', '}', '') });
  });

  test('items, single line and pretty-printed', () => {
    expect(resolve('[1, 2, 3]', item('/0'))).toEqual({ range: '1:2-1:5', text: '', after: '[2, 3]' });
    expect(resolve('[1, 2, 3]', item('/1'))).toEqual({ range: '1:5-1:8', text: '', after: '[1, 3]' });
    expect(resolve('[1, 2, 3]', item('/2'))).toEqual({ range: '1:6-1:9', text: '', after: '[1, 2]' });
    expect(resolve('[ "only" ]', item('/0'))).toEqual({ range: '1:2-1:10', text: '', after: '[]' });
    const pretty = '{\r\n  "l": [\r\n    "a",\r\n    "b"\r\n  ]\r\n}';
    expect(resolve(pretty, item('/l/0'))).toEqual({ range: '3:5-4:5', text: '', after: '{\r\n  "l": [\r\n    "b"\r\n  ]\r\n}' });
    expect(resolve(pretty, item('/l/1'))).toEqual({ range: '3:8-4:8', text: '', after: '{\r\n  "l": [\r\n    "a"\r\n  ]\r\n}' });
  });

  test('a repeated key is picked by its key offset; a pointer alone means the last (as JSON.parse)', () => {
    const text = '{"a": 1, "a": 2}';
    expect(resolve(text, { op: 'remove-member', pointer: '/a', keyOffset: 1 }).after).toBe('{"a": 2}');
    expect(resolve(text, member('/a')).after).toBe('{"a": 1}');
  });

  test('rename, replace and wrap touch only the token', () => {
    const text = '{"a": "v", "b": [1]}';
    expect(resolve(text, { op: 'rename-key', pointer: '/a', to: 'x"y' })).toEqual({ range: '1:2-1:5', text: '"x\\"y"', after: '{"x\\"y": "v", "b": [1]}' });
    expect(resolve(text, { op: 'replace-value', pointer: '/b/0', json: '2' })).toEqual({ range: '1:18-1:19', text: '2', after: '{"a": "v", "b": [2]}' });
    expect(resolve(text, { op: 'wrap-in-array', pointer: '/a' })).toEqual({ range: '1:7-1:10', text: '["v"]', after: '{"a": ["v"], "b": [1]}' });
  });

  test('an operation whose pointer is not in the text, or of the wrong kind, gives no edit', () => {
    const text = '{"a": [1]}';
    const tree = () => locationTree(text);
    expect(resolveOps(text, [{ op: 'remove-member', pointer: '/b' }], tree)).toBeUndefined();
    expect(resolveOps(text, [{ op: 'remove-item', pointer: '/a/1' }], tree)).toBeUndefined();
    expect(resolveOps(text, [{ op: 'remove-member', pointer: '/a/0' }], tree)).toBeUndefined();
    expect(resolveOps(text, [{ op: 'rename-key', pointer: '', to: 'x' }], tree)).toBeUndefined();
    expect(resolveOps('{"a": 1,}', [{ op: 'rename-key', pointer: '/a', to: 'b' }], () => undefined)).toBeUndefined();
  });
});

describe('a file with tens of thousands of fixes', () => {
  // Resolving each fix looks up only its own member or item and its neighbours: scanning the whole
  // container for each (as a first version did) is quadratic, minutes for these files.
  test('the resolver resolves every one of 99,999 item removals exactly, within the test timeout', () => {
    const text = `{"client_name": "Items", "enabled_for_profiles": [${Array(100000).fill('7').join(',')}]}`;
    const tree = locationTree(text);
    // Item i starts at offset 50 + 2 * i ('7,' each): item i goes with the comma after it, the last with the one before.
    const wrong: number[] = [];
    for (let i = 1; i < 100000; i++) {
      const edits = resolveOps(text, [{ op: 'remove-item', pointer: `/enabled_for_profiles/${i}` }], () => tree);
      const [start, end] = i < 99999 ? [50 + 2 * i, 52 + 2 * i] : [49 + 2 * i, 51 + 2 * i];
      if (edits?.length !== 1 || edits[0]!.start !== start || edits[0]!.end !== end || edits[0]!.text !== '') wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });

  test('the engine lists the first 1,000 of one rule with their fixes, exact: 100,000 repeated items, 20,000 repeated keys', async () => {
    const items = `{"client_name": "Items", "enabled_for_profiles": [${Array(100000).fill('7').join(',')}]}`;
    const repeats = (await check(items)).filter((f) => f.rule === 'duplicate-item');
    expect(repeats).toHaveLength(1000);
    // Item i starts at column 51 + 2 * i ('7,' each): item i goes with the comma after it.
    expect(repeats[0]!.fix!.edits).toEqual([{ line: 1, column: 53, endLine: 1, endColumn: 55, text: '' }]);
    expect(repeats[999]!.fix!.edits).toEqual([{ line: 1, column: 2051, endLine: 1, endColumn: 2053, text: '' }]);
    const keys = `{"client_name": "Keys",\n${Array(20000).fill('"scope": "msg.consumer"').join(',\n')}\n}`;
    const duplicates = (await check(keys)).filter((f) => f.rule === 'duplicate-key');
    expect(duplicates).toHaveLength(1000);
    // The repeat on line 1002 removes the member of line 1001, with the line break after it.
    expect(duplicates[999]!.fix!.edits).toEqual([{ line: 1001, column: 1, endLine: 1002, endColumn: 1, text: '' }]);
  });

  test('--fix fixes listed findings: 1,000 of one rule per pass, 10 passes; a second --fix fixes what is left', async () => {
    // 7 repeated 10,500 times, each repeat after a distinct other id (so no two removals touch).
    const ids = Array.from({ length: 10501 }, (_, i) => i + 100);
    const text = `{"client_name": "Items", "enabled_for_profiles": [${ids.map((id) => `7,${id}`).join(',')}]}`;
    const first = await fixText(text, check);
    expect(first.applied).toBe(10000);
    const [left] = await validateManifests([{ path: 'app.json', text: first.text }], { workspaceRoot: process.cwd() });
    expect(left!.findings.map((f) => f.rule)).toEqual(Array<string>(500).fill('duplicate-item'));
    expect(left!.omitted).toBeUndefined();
    const second = await fixText(first.text, check);
    expect(second.applied).toBe(500);
    expect(second.text).toBe(`{"client_name": "Items", "enabled_for_profiles": [7,${ids.join(',')}]}`);
    expect(second.findings).toEqual([]);
  });
});

describe('ValidationOptions.fixes', () => {
  test('false: the same findings at the same places, without the edits of fixes and suggestions (outputs that show none)', async () => {
    const text = '{"clientName": "a", "grant_types": ["client_credential"],}';
    const withEdits = (await validateManifests([{ path: 'a.json', text: text.replace(',}', '}') }], { workspaceRoot: '/' }))[0]!.findings;
    const without = (await validateManifests([{ path: 'a.json', text: text.replace(',}', '}') }], { workspaceRoot: '/', fixes: false }))[0]!.findings;
    expect(withEdits.map((f) => f.fix?.description)).toEqual([undefined, 'rename "clientName" to "client_name"', 'replace "client_credential" with "client_credentials"']);
    expect(without).toEqual(withEdits.map(({ fix: _fix, suggestion: _suggestion, ...rest }) => rest));
    // A file that does not parse: the trailing comma's fix too.
    const [broken] = await validateManifests([{ path: 'b.json', text }], { workspaceRoot: '/', fixes: false });
    expect(broken!.findings.map((f) => [f.rule, f.fix])).toEqual([['invalid-json', undefined]]);
    const [brokenWith] = await validateManifests([{ path: 'b.json', text }], { workspaceRoot: '/' });
    expect(brokenWith!.findings[0]!.fix?.description).toBe('remove the trailing comma');
  });
});
