// invalid-json, duplicate-key and unreadable-file: exact positions, clear messages, nothing echoed.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from './support/workspace.js';
import { encode } from './support/encodings.js';

describe('invalid-json', () => {
  const cases: [string, string, string][] = [
    ['a comment', lines('{', '  // note', '  "client_name": "a"', '}'), 'invalid-json error 2:3-2:4 invalid JSON: comments are not allowed in JSON'],
    ['a trailing comma (located at the comma)', lines('{', '  "client_name": "a",', '}'), "invalid-json error 2:21-2:22 invalid JSON: trailing comma before '}' is not allowed in JSON"],
    [
      'single quotes',
      "{'client_name': 'a'}",
      'invalid-json error 1:2-1:3 invalid JSON: this looks like a JavaScript object literal, not JSON: strings and property names must use double quotes, not single quotes. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas',
    ],
    // A JavaScript or TypeScript object literal: one finding at the first offending character, saying what the file is.
    [
      'an object literal: unquoted keys, single quotes, a comment',
      lines('{', '  // the app', "  client_name: 'My app',", "  'scope': 'msg.consumer',", '}'),
      'invalid-json error 2:3-2:4 invalid JSON: this looks like a JavaScript object literal, not JSON: comments are not allowed in JSON. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas',
    ],
    [
      'an object literal whose first mistake is a single-quoted value',
      lines('{', '  "client_name": \'My app\',', '  scope: "msg.consumer"', '}'),
      'invalid-json error 2:18-2:19 invalid JSON: this looks like a JavaScript object literal, not JSON: strings and property names must use double quotes, not single quotes. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas',
    ],
    [
      'a TypeScript module',
      lines('export default {', "  client_name: 'My app',", '};'),
      'invalid-json error 1:1-1:2 invalid JSON: this looks like a JavaScript object literal, not JSON: unexpected word: JSON values are "strings" in double quotes, numbers, true, false, null, objects or arrays. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas',
    ],
    [
      'near miss: a comment alone is JSON with comments, not an object literal',
      lines('{', '  /* a: b */', '  "client_name": "a" // c: d', '}'),
      'invalid-json error 2:3-2:4 invalid JSON: comments are not allowed in JSON',
    ],
    [
      'near miss: a colon and a quote inside strings',
      lines('{', '  "client_name": "it\'s: a",', '  "x": tru', '}'),
      'invalid-json error 3:8-3:9 invalid JSON: unexpected word: JSON values are "strings" in double quotes, numbers, true, false, null, objects or arrays',
    ],
    // Docs examples elide members with an ellipsis (LivePerson's webhooks configuration page once did).
    [
      'an ellipsis where an example left members out',
      lines('{', '    "client_name": "App name",', '    ...', '    "enabled": true', '}'),
      'invalid-json error 3:5-3:8 invalid JSON: an ellipsis ("...") stands where part of an example was left out; JSON has no such token: remove it, and write the members it stands for',
    ],
    [
      'a one-character ellipsis in an array',
      '{"client_name": "a", "grant_types": […]}',
      'invalid-json error 1:38-1:39 invalid JSON: an ellipsis ("…") stands where part of an example was left out; JSON has no such token: remove it, and write the members it stands for',
    ],
    [
      'near miss: a number with a dot is a number error, not an ellipsis',
      '{"client_name": "a", "enabled_for_profiles": [1.]}',
      "invalid-json error 1:48-1:49 invalid JSON: a number is cut short: '.' must be followed by digits",
    ],
    ['NaN', '{"client_name": "a", "x": NaN}', 'invalid-json error 1:27-1:28 invalid JSON: NaN and Infinity are not JSON numbers'],
    ['-Infinity', '{"client_name": "a", "x": -Infinity}', 'invalid-json error 1:27-1:28 invalid JSON: NaN and Infinity are not JSON numbers'],
    ['an empty file', '', 'invalid-json error 1:1-1:1 invalid JSON: the file is empty; a manifest is a JSON object'],
    ['whitespace only', '  \n\n ', 'invalid-json error 1:1-1:2 invalid JSON: the file is empty; a manifest is a JSON object'],
    ['a missing comma', lines('{', '  "client_name": "a"', '  "scope": "msg.consumer"', '}'), "invalid-json error 3:3-3:4 invalid JSON: expected ',' or '}' after a property value, found '\"'"],
    ['a truncated file', '{"client_name": "a"', 'invalid-json error 1:20-1:20 invalid JSON: unexpected end of file: a value, a comma or a closing bracket is missing'],
    ['text after the value', '{"client_name": "a"} x', "invalid-json error 1:22-1:23 invalid JSON: unexpected 'x' after the end of the JSON value"],
    ['a raw tab inside a string', '{"client_name": "a\tb"}', 'invalid-json error 1:19-1:20 invalid JSON: unescaped control character U+0009 in a string; write it as an escape such as \\n'],
    // V8 gives no position for these ("Unexpected token ']'"): valid tokens in a wrong order.
    [
      'a trailing comma in an array (located at the comma)',
      lines('{', '  "client_name": "a",', '  "grant_types": ["client_credentials",],', '  "scope": "msg.consumer"', '}'),
      "invalid-json error 3:39-3:40 invalid JSON: trailing comma before ']' is not allowed in JSON",
    ],
    ['two commas in a row', '{"client_name": "a", "enabled_for_profiles": [1,,2]}', "invalid-json error 1:49-1:50 invalid JSON: unexpected ','"],
    ['a missing value', lines('{', '  "client_name": }'), "invalid-json error 2:18-2:19 invalid JSON: a value is missing after ':' (found '}')"],
    ['a value closed by the wrong bracket', '{"client_name": ]', "invalid-json error 1:17-1:18 invalid JSON: a value is missing after ':' (found ']')"],
    // V8 names these exactly; located at the token that starts the mistake.
    [
      'a string never closed (at its opening quote)',
      '{\n  "scope": "msg.consumer",\n  "client_name": "abc',
      `invalid-json error 3:18-3:19 invalid JSON: a string is not closed: the closing '"' is missing`,
    ],
    ['a short \\u escape (at the backslash)', '{"client_name": "a\\u12"}', 'invalid-json error 1:19-1:23 invalid JSON: invalid \\u escape in a string: \\u needs four hexadecimal digits'],
    [
      'an unknown escape (the backslash and the letter)',
      '{"client_name": "a\\qb"}',
      `invalid-json error 1:19-1:21 invalid JSON: invalid escape '\\q' in a string; JSON's escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits`,
    ],
    [
      'a backslash before a line break',
      '{"client_name": "a\\\nb"}',
      `invalid-json error 1:19-2:1 invalid JSON: invalid escape '\\' followed by control character U+000A in a string; JSON's escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits`,
    ],
    ['a lone minus sign', '{"client_name": "a", "enabled_for_profiles": [-]}', "invalid-json error 1:47-1:48 invalid JSON: a number is cut short: '-' must be followed by digits"],
    ['a number ending in a dot', '{"client_name": "a", "enabled_for_profiles": [1.]}', "invalid-json error 1:48-1:49 invalid JSON: a number is cut short: '.' must be followed by digits"],
    [
      'an exponent without digits',
      '{"client_name": "a", "enabled_for_profiles": [1E+]}',
      "invalid-json error 1:48-1:49 invalid JSON: a number is cut short: the exponent 'E' must be followed by digits",
    ],
    ['an emoji out of place: the whole character, two UTF-16 units', '{"client_name": "a", 😀}', "invalid-json error 1:22-1:24 invalid JSON: expected a double-quoted property name, found '😀'"],
  ];
  test.each(cases)('%s', async (_name, text, expected) => {
    const findings = await checkText(text);
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([expected]);
    expect(findings[0]!.pointer).toBe('');
  });

  test('the message never echoes the file text (it may hold a secret)', async () => {
    const findings = await checkText('{"client_secret": "s3cr3t-value-123", oops}');
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain('s3cr3t');
  });
});

describe('duplicate-key', () => {
  test('located at the repeat, naming the first line', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "scope": "msg.consumer",', '  "client_name": "b"', '}'));
    expect(findings.map(where)).toEqual(['duplicate-key error 4:3-4:16']);
    expect(findings[0]!.message).toBe('duplicate key "client_name" (first at line 2); JSON.parse keeps only the last one');
    expect(findings[0]!.pointer).toBe('/client_name');
  });

  test('not looked for inside the value of a key over 200 characters (already an unknown property; each finding would carry the key)', async () => {
    const at200 = 'k'.repeat(200);
    const inside = await checkText(`{"client_name": "a", "${at200}": {"a": 1, "a": 2}}`);
    expect(inside.map((f) => `${f.rule} ${f.pointer}`)).toEqual([`unknown-property /${at200}`, `duplicate-key /${at200}/a`]);
    const over = 'k'.repeat(201);
    const skipped = await checkText(`{"client_name": "a", "${over}": {"a": 1, "a": 2}, "b": 1, "b": 2}`);
    expect(skipped.map((f) => `${f.rule} ${f.pointer}`)).toEqual([`unknown-property /${over}`, 'duplicate-key /b', 'unknown-property /b']);
  });

  test('inside nested objects, alongside other findings', async () => {
    const findings = await checkText(
      lines(
        '{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {',
        '  "endpoint": "https://a.example.com",',
        '  "endpoint": "https://b.example.com",',
        '  "max_retries": 9}}}}',
      ),
    );
    expect(findings.map(where)).toEqual(['duplicate-key error 3:3-3:13', 'range error 4:18-4:19']);
  });
});

describe('unreadable-file', () => {
  test('a UTF-8 byte order mark is accepted; columns do not count it', async () => {
    const findings = await checkText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"client_name": "a", "x": 1}')]));
    expect(findings.map(where)).toEqual(['unknown-property error 1:22-1:25']);
  });

  test('UTF-16 is refused', async () => {
    const findings = await checkText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"client_name": "a"}', 'utf16le')]));
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual(['unreadable-file error 1:1-1:1 file is UTF-16LE encoded; save it as UTF-8']);
  });

  test.each(['UTF-16LE', 'UTF-16BE', 'UTF-32LE', 'UTF-32BE'] as const)('%s, with or without a byte order mark, is refused as such (not as invalid JSON at the first NUL)', async (encoding) => {
    for (const text of ['{"client_name": "a"}', '\n  {"client_name": "é"}', '{}']) {
      expect((await checkText(encode(text, encoding))).map((f) => `${where(f)} ${f.message}`)).toEqual([
        `unreadable-file error 1:1-1:1 file is ${encoding} encoded (no byte order mark); save it as UTF-8`,
      ]);
      expect((await checkText(encode(text, encoding, true))).map((f) => `${where(f)} ${f.message}`)).toEqual([`unreadable-file error 1:1-1:1 file is ${encoding} encoded; save it as UTF-8`]);
    }
  });

  test('invalid UTF-8 is located at the first bad byte', async () => {
    const findings = await checkText(Buffer.concat([Buffer.from('{\n  "client_name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]));
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual(['unreadable-file error 2:22-2:23 file is not valid UTF-8 (invalid byte 0xe9 at byte offset 23); save it as UTF-8']);
  });

  test('over the size limit: refused before reading', async () => {
    const findings = await checkText(`{"client_name": "a", "description": "${'x'.repeat(2000)}"}`, { maxFileBytes: 1000 });
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual(['unreadable-file error 1:1-1:1 file is 2.0 KiB; the limit is 1000 bytes (not read)']);
  });

  test('nesting over the depth limit, located at the first bracket too deep', async () => {
    const findings = await checkText(`{"client_name": "a", "x": ${'['.repeat(100)}${']'.repeat(100)}}`);
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual(['unreadable-file error 1:90-1:91 JSON nests deeper than 64 levels; a manifest needs at most 6']);
  });
});
