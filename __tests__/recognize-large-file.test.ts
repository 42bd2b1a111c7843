// The streaming scan that judges a candidate over the size limit by the keys of its top-level object
// (issue 19, item 1): escapes decoded, any chunking, text that does not parse, NUL bytes.
import { describe, expect, test } from '@jest/globals';
import { constants } from 'node:fs';
import { hasTopLevelManifestKey, TopLevelKeyScan } from '../src/discovery/recognize-large-file.js';
import { encode } from './support/encodings.js';
import { tempWorkspace } from './support/workspace.js';

/** The verdict on `text` pushed in one piece, and in two pieces split at every position. */
function verdicts(text: string): Set<boolean> {
  const seen = new Set<boolean>();
  const whole = new TopLevelKeyScan();
  whole.push(text);
  seen.add(whole.found);
  for (let cut = 0; cut <= text.length; cut++) {
    const scan = new TopLevelKeyScan();
    scan.push(text.slice(0, cut));
    scan.push(text.slice(cut));
    seen.add(scan.found);
  }
  return seen;
}

describe('TopLevelKeyScan', () => {
  test.each([
    '{"client_name": "A"}',
    '   \n\t {"client_name": "A"}',
    '\uFEFF{"entry_uri": 1}',
    '{"description": "a \\"quoted\\" text, a \\\\ backslash", "capabilities": {}}',
    '{"client\\u005fname": "escaped"}',
    '{"client\\u005Fname#fr": "escaped, tagged"}',
    '{"clientName": "camel"}',
    '{"Client-Name": "kebab"}',
    '{"clinet_name": "typo"}',
    '{"client\\n name": "an escaped line break is white space"}',
    '{"a": [1, {"b": "}"}], "quick_launch_enabled": true}',
    '{"a": 1 "enabled_for_profiles": [] , }',
    '{"unclosed\n"client_name": 1}',
    '{\u0000"client_name": "a NUL byte"}',
    '{"c\u0000lient_name": "a NUL byte inside the key"}',
    '{"a": 1}\n{"client_name": "a second object"}',
    '{"a": , "client_name": "a member without a value"}',
  ])('a manifest key at the top level: %j', (text) => {
    expect(verdicts(text)).toEqual(new Set([true]));
  });

  test.each([
    '{"config": {"client_name": "nested"}}',
    '[{"client_name": "in an array"}]',
    '{"description": "\\"client_name\\": a value, not a key"}',
    '{"name": "client_name"}',
    '{"a": "client_name", "b": ["capabilities"]}',
    '{"client\\u005xname": "a bad escape"}',
    '{"' + '_'.repeat(10) + 'x'.repeat(70) + 'client_name": "too long"}',
    '{"client_name',
    '"client_name"',
    '{"rows": [1, 2, 3]}',
  ])('no manifest key at the top level: %j', (text) => {
    expect(verdicts(text)).toEqual(new Set([false]));
  });

  test('separators do not count towards the key length', () => {
    expect(verdicts('{"' + ' '.repeat(500) + 'client_name": 1}')).toEqual(new Set([true]));
  });
});

describe('hasTopLevelManifestKey', () => {
  test('reads the whole file in chunks, in its encoding', () => {
    const ws = tempWorkspace();
    try {
      const padded = '{"description": "' + 'x'.repeat(200_000) + '", "client_name": "A"}';
      const files: [string, string | Buffer, boolean][] = [
        ['utf8.json', padded, true],
        ['utf16le.json', encode(padded, 'UTF-16LE', true), true],
        ['utf16be.json', encode(padded, 'UTF-16BE'), true],
        ['utf32le.json', encode(padded, 'UTF-32LE', true), true],
        ['utf32be.json', encode(padded, 'UTF-32BE'), true],
        ['data.json', '{"rows": [' + '1, '.repeat(100_000) + '{"client_name": "nested"}]}', false],
      ];
      for (const [name, content, expected] of files) expect([name, hasTopLevelManifestKey(ws.write(name, content), constants.O_RDONLY)]).toEqual([name, expected]);
      expect(hasTopLevelManifestKey(ws.root + '/missing.json', constants.O_RDONLY)).toBe(false);
    } finally {
      ws.cleanup();
    }
  });
});
