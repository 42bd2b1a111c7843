// A corpus of hostile files, validated in ONE run: each gets one clear finding on that file, every
// other file is still validated and reported, and nothing crashes.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifests } from '../../src/engine/engine.js';
import type { FileResult } from '../../src/engine/findings.js';
import { SourceMap } from '../../src/json/source-map.js';
import { buildReport } from '../../src/engine/report.js';
import { annotationCommands } from '../../src/reporters/workflow-commands.js';
import { tempWorkspace, where, type TempWorkspace } from '../support/workspace.js';

const VALID = '{"client_name": "Valid app", "scope": "msg.consumer"}\n';

let ws: TempWorkspace;
let outside: string;
let results: Map<string, FileResult>;

const corpus: Record<string, string | Buffer> = {
  'empty.json': '',
  'whitespace.json': ' \n\t\n',
  'bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"client_name": "Bom", "x": 1}')]),
  'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"client_name": "Wide"}', 'utf16le')]),
  'utf16be.json': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"client_name": "Wide"}', 'utf16le').swap16()]),
  'invalid-utf8.json': Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x20, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
  'comment.json': '{\n  /* c */ "client_name": "C"\n}',
  'trailing-comma.json': '{"client_name": "T", "scope": "msg.consumer",}',
  'single-quotes.json': "{'client_name': 'S'}",
  'nan.json': '{"client_name": "N", "enabled_for_profiles": [NaN]}',
  'infinity.json': '{"client_name": "I", "enabled_for_profiles": [Infinity]}',
  'top-array.json': '[{"client_name": "in an array"}]',
  'top-string.json': '"client_name"',
  'top-null.json': 'null',
  'duplicate-keys.json': '{"client_name": "D", "client_name": "E"}',
  'proto.json': '{"client_name": "P", "__proto__": {"polluted": true}}',
  'constructor.json': '{"client_name": "K", "constructor": {"prototype": {"polluted": true}}}',
  'huge-number.json': '{"client_name": "H", "enabled_for_profiles": [1e400]}',
  'three-point-zero.json': '{"client_name": "Z", "enabled_for_profiles": [3.0, -0]}',
  'deep.json': '{"client_name": "Deep", "x": ' + '['.repeat(100000) + ']'.repeat(100000) + '}',
  'deep-invalid.json': '['.repeat(100000) + 'x',
  'deep-trailing-comma.json': '{"client_name": "d", "x": ' + '['.repeat(100000) + ']'.repeat(99999) + ',]}',
  'long-string.json': `{"client_name": "${'x'.repeat(500000)}"}`,
  'long-key.json': `{"client_name": "L", "${'k'.repeat(300000)}": 1}`,
  'emoji.json': `{"client_name": "${'👩‍💻'.repeat(25)}e\u0301"}`,
  'file with spaces, commas: and 100%.json': '{"client_name": "Odd name", "x": 1}',
  'valid.json': VALID,
  'replacement-character.json': '{"client_name": "A real \uFFFD is valid UTF-8"}',
  // Around a page (4,096 bytes): below it one read(2) is the whole file, from it on a second read
  // finds the end. The closing brace is the last byte: a short read would be a syntax error.
  ...Object.fromEntries([4095, 4096, 4097, 8193, 70000].map((size) => [`size-${size}.json`, padded(size)])),
};

function padded(size: number): string {
  const head = `{"client_name": "Padded to ${size}", "description": "`;
  const tail = '"}';
  // Spaces in the description would be fine; whitespace between members keeps it under 256 characters.
  const text = head + 'x'.repeat(10) + tail;
  return text.slice(0, -1) + ' '.repeat(size - text.length) + '}';
}

beforeAll(async () => {
  ws = tempWorkspace();
  outside = mkdtempSync(join(tmpdir(), 'lp-outside-'));
  writeFileSync(join(outside, 'secret.json'), '{"client_name": "outside the workspace"}');
  for (const [name, content] of Object.entries(corpus)) ws.write(name, content);
  ws.write('big.json', '');
  truncateSync(join(ws.root, 'big.json'), 50 * 1024 * 1024); // sparse: 50 MB without writing 50 MB
  mkdirSync(join(ws.root, 'dir.json'));
  execFileSync('mkfifo', [join(ws.root, 'fifo.json')]); // no writer: opening or reading it must not block
  const atLimit = '{"client_name": "At the limit"}';
  ws.write('at-limit.json', atLimit + ' '.repeat(1024 * 1024 - atLimit.length));
  ws.write('over-limit.json', atLimit + ' '.repeat(1024 * 1024 - atLimit.length + 1));
  symlinkSync(join(outside, 'secret.json'), join(ws.root, 'link-outside.json'));
  symlinkSync(join(ws.root, 'loop-a.json'), join(ws.root, 'loop-b.json'));
  symlinkSync(join(ws.root, 'loop-b.json'), join(ws.root, 'loop-a.json'));
  ws.write('sub/target.json', '{"client_name": "Linked app"}');
  symlinkSync(join(ws.root, 'sub/target.json'), join(ws.root, 'link-inside.json'));
  const names = [...Object.keys(corpus), 'big.json', 'dir.json', 'fifo.json', 'at-limit.json', 'over-limit.json', 'link-outside.json', 'loop-a.json', 'link-inside.json', 'missing.json'];
  const files = await validateManifests(
    names.map((path) => ({ path })),
    { workspaceRoot: ws.root },
  );
  results = new Map(files.map((f) => [f.path, f]));
});

afterAll(() => {
  ws.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

function only(path: string): string {
  const r = results.get(path);
  expect(r).toBeDefined();
  expect(r!.findings).toHaveLength(1);
  const f = r!.findings[0]!;
  return `${where(f)} ${f.message}`;
}

describe('every file is reported, with one clear finding each', () => {
  test('all files have a result, the valid ones are valid', () => {
    expect(results.size).toBe(Object.keys(corpus).length + 9);
    expect(results.get('at-limit.json')!.findings).toEqual([]);
    expect(results.get('replacement-character.json')!.findings).toEqual([]);
    for (const size of [4095, 4096, 4097, 8193, 70000]) expect(results.get(`size-${size}.json`)!.findings).toEqual([]);
    expect(results.get('valid.json')!.findings).toEqual([]);
    expect(results.get('link-inside.json')!.findings).toEqual([]);
  });

  test.each([
    ['empty.json', 'invalid-json error 1:1-1:1 invalid JSON: the file is empty; a manifest is a JSON object'],
    ['whitespace.json', 'invalid-json error 1:1-1:2 invalid JSON: the file is empty; a manifest is a JSON object'],
    [
      'bom.json',
      'unknown-property error 1:24-1:27 unknown property "x"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
    ],
    ['utf16.json', 'unreadable-file error 1:1-1:1 file is UTF-16LE encoded; save it as UTF-8'],
    ['utf16be.json', 'unreadable-file error 1:1-1:1 file is UTF-16BE encoded; save it as UTF-8'],
    ['invalid-utf8.json', 'unreadable-file error 1:8-1:9 file is not valid UTF-8 (invalid byte 0xc3 at byte offset 7); save it as UTF-8'],
    ['comment.json', 'invalid-json error 2:3-2:4 invalid JSON: comments are not allowed in JSON'],
    ['trailing-comma.json', "invalid-json error 1:45-1:46 invalid JSON: trailing comma before '}' is not allowed in JSON"],
    [
      'single-quotes.json',
      'invalid-json error 1:2-1:3 invalid JSON: this looks like a JavaScript object literal, not JSON: strings and property names must use double quotes, not single quotes. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas',
    ],
    ['nan.json', 'invalid-json error 1:47-1:48 invalid JSON: NaN and Infinity are not JSON numbers'],
    ['infinity.json', 'invalid-json error 1:47-1:48 invalid JSON: NaN and Infinity are not JSON numbers'],
    ['top-array.json', 'type error 1:1-1:33 the manifest must be an object, not an array'],
    ['top-string.json', 'type error 1:1-1:14 the manifest must be an object, not a string'],
    ['top-null.json', 'type error 1:1-1:5 the manifest must be an object, not null'],
    ['duplicate-keys.json', 'duplicate-key error 1:22-1:35 duplicate key "client_name" (first at line 1); JSON.parse keeps only the last one'],
    ['deep.json', 'unreadable-file error 1:93-1:94 JSON nests deeper than 64 levels; a manifest needs at most 6'],
    ['deep-invalid.json', 'invalid-json error 1:100001-1:100002 invalid JSON: unexpected word: JSON values are "strings" in double quotes, numbers, true, false, null, objects or arrays'],
    ['long-string.json', 'max-length error 1:17-1:500019 client_name is 500000 characters long; the limit is 128'],
    ['deep-trailing-comma.json', "invalid-json error 1:200026-1:200027 invalid JSON: trailing comma before ']' is not allowed in JSON"],
    ['big.json', 'unreadable-file error 1:1-1:1 file is 50.0 MiB; the limit is 1.0 MiB (not read)'],
    ['dir.json', 'unreadable-file error 1:1-1:1 this is a directory, not a file'],
    ['fifo.json', 'unreadable-file error 1:1-1:1 not a regular file'],
    ['over-limit.json', 'unreadable-file error 1:1-1:1 file is 1,048,577 bytes; the limit is 1,048,576 bytes (not read)'],
    ['link-outside.json', 'unreadable-file error 1:1-1:1 symbolic link to a file outside the workspace; not followed'],
    ['loop-a.json', 'unreadable-file error 1:1-1:1 symbolic link loop; not followed'],
    ['missing.json', 'unreadable-file error 1:1-1:1 file not found (or a broken symbolic link)'],
  ])('%s', (path, expected) => {
    expect(only(path)).toBe(expected);
  });

  test('__proto__ and constructor keys are unknown properties, and nothing is polluted', () => {
    expect(only('proto.json')).toMatch(/^unknown-property error 1:22-1:33 unknown property "__proto__"/);
    expect(only('constructor.json')).toMatch(/^unknown-property error 1:22-1:35 unknown property "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  test('1e400 is Infinity after JSON.parse: still a number, an integer for the schema? no: reported, not crashed', () => {
    const r = results.get('huge-number.json')!;
    expect(r.findings.map(where)).toEqual(['type error 1:47-1:52']);
    expect(r.findings[0]!.message).toBe('enabled_for_profiles[0] must be an integer, not a number with a fraction');
  });

  test('profile ids by their text (issue 19): 3.0 is no integer token (a type error), -0 is zero (a range error, shown as written)', () => {
    expect(results.get('three-point-zero.json')!.findings.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`)).toEqual([
      'type 1:47-1:50 enabled_for_profiles[0] must be an integer written in digits only, not 3.0: a profile id has no fraction or exponent',
      'range 1:52-1:54 enabled_for_profiles[1] is -0; it must be at least 1 (a profile id is a positive integer)',
    ]);
  });

  test('a very long key is reported without printing all of it', () => {
    const f = results.get('long-key.json')!.findings;
    expect(f.map((x) => x.rule)).toEqual(['unknown-property']);
    expect(f[0]!.message.length).toBeLessThan(2000);
    expect(`${f[0]!.line}:${f[0]!.column}-${f[0]!.endLine}:${f[0]!.endColumn}`).toBe('1:22-1:300024');
  });

  test('emoji and combining characters count as code points in client_name', () => {
    // 25 x (woman, ZWJ, laptop) = 75 code points, plus "e" and a combining accent = 77 <= 128
    expect(results.get('emoji.json')!.findings).toEqual([]);
  });

  test('odd file names keep their names and are escaped in annotations', () => {
    const name = 'file with spaces, commas: and 100%.json';
    expect(only(name)).toMatch(/^unknown-property error 1:29-1:32/);
    const report = buildReport([results.get(name)!]);
    expect(annotationCommands(report)[0]).toBe(
      '::error title=unknown-property (LivePerson manifest),file=file with spaces%2C commas%3A and 100%25.json,line=1,endLine=1,col=29,endColumn=32::unknown property "x"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
    );
  });

  test('the 50 MB file was not read (sparse file, size check first)', () => {
    expect(statSync(join(ws.root, 'big.json')).size).toBe(50 * 1024 * 1024);
  });
});

describe('a file with tens of thousands of findings', () => {
  // Reading along the text from the start for each finding is quadratic (100,000 items took over two
  // minutes here): after a few locates the source map answers from a tree of the whole file.
  test('the source map locates every one of 100,000 array items and 20,000 keys exactly, within the test timeout', () => {
    const items = new SourceMap(`{"client_name": "Items", "grant_types": [${Array(100000).fill('"x"').join(',')}]}`);
    // Item i starts at offset 41 + 4 * i ('"x",' each).
    const misplaced: number[] = [];
    for (let i = 0; i < 100000; i++) {
      const span = items.locate(`/grant_types/${i}`, 'value');
      if (span.start !== 41 + 4 * i || span.end !== 44 + 4 * i) misplaced.push(i);
    }
    expect(misplaced).toEqual([]);
    const keys = new SourceMap(`{"client_name": "Keys",\n${Array.from({ length: 20000 }, (_, i) => `"k${i}": 1`).join(',\n')}\n}`);
    const positions = [0, 19999].map((i) => {
      const span = keys.locate(`/k${i}`, 'key');
      return `${keys.position(span.start).line}:${keys.position(span.start).column}-${keys.position(span.end).column}`;
    });
    expect(positions).toEqual(['2:1-5', '20001:1-9']);
  });

  test('the engine lists the first 1,000 of each rule, located exactly, and counts the rest: 100,000 bad array items, 20,000 unknown properties', async () => {
    const local = tempWorkspace();
    try {
      local.write('items.json', `{"client_name": "Items", "grant_types": [${Array(100000).fill('"x"').join(',')}]}`);
      const members = Array.from({ length: 20000 }, (_, i) => `"k${i}": 1`).join(',\n');
      local.write('keys.json', `{"client_name": "Keys",\n${members}\n}`);
      const [items, keys] = await validateManifests([{ path: 'items.json' }, { path: 'keys.json' }], { workspaceRoot: local.root });
      const enums = items!.findings.filter((f) => f.rule === 'enum');
      expect(enums).toHaveLength(1000);
      // Item i starts at column 42 + 4 * i ('"x",' each).
      expect([enums[0]!, enums[1]!, enums[999]!].map(where)).toEqual(['enum error 1:42-1:45', 'enum error 1:46-1:49', 'enum error 1:4038-1:4041']);
      expect(enums[999]!.pointer).toBe('/grant_types/999');
      // The repeats of "x": items 1 to 1,000 listed.
      const repeats = items!.findings.filter((f) => f.rule === 'duplicate-item');
      expect([repeats[0]!, repeats[999]!].map((f) => `${where(f)} ${f.pointer}`)).toEqual([
        'duplicate-item warning 1:46-1:49 /grant_types/1',
        'duplicate-item warning 1:4042-1:4045 /grant_types/1000',
      ]);
      expect(items!.findings).toHaveLength(2000);
      expect(items!.omitted).toEqual([
        { rule: 'duplicate-item', severity: 'warning', count: 98999 },
        { rule: 'enum', severity: 'error', count: 99000 },
      ]);
      const unknown = keys!.findings.filter((f) => f.rule === 'unknown-property');
      expect(unknown).toHaveLength(1000);
      expect([unknown[0]!, unknown[999]!].map(where)).toEqual(['unknown-property error 2:1-2:5', 'unknown-property error 1001:1-1001:7']);
      expect(keys!.omitted).toEqual([{ rule: 'unknown-property', severity: 'error', count: 19000 }]);
      expect(buildReport([items!, keys!]).summary).toEqual({ manifests: 2, errors: 120000, warnings: 99999, valid: false });
    } finally {
      local.cleanup();
    }
  });
});
