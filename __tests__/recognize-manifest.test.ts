// Recognition of a manifest (README, "Which files are checked"): keys as parsed, near misses within
// edit distance 2 after normalisation, quoted keys in a text that does not parse, file names.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { editDistance } from '../src/text/closest.js';
import { hasManifestKey, hasObjectLiteralManifestKey, hasQuotedManifestKey, isBrokenManifestText, isManifestKey, namedLikeManifest, recognizeManifest } from '../src/discovery/recognize-manifest.js';

describe('isManifestKey', () => {
  test.each(['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'])('the key itself: %s', (key) => {
    expect(isManifestKey(key)).toBe(true);
  });

  test.each(['clientName', 'client-name', 'Client_Name', 'CLIENT_NAME', 'client name', 'client.name', 'Client - Name', 'entryUri', 'QuickLaunchEnabled', 'enabled-for-profiles'])(
    'equal after lower-casing and dropping _ - . and spaces: %s',
    (key) => {
      expect(isManifestKey(key)).toBe(true);
    },
  );

  // [key, the manifest key it is near, edit distance after normalisation (checked below)]
  const near: [string, string, number][] = [
    ['clinet_name', 'client_name', 1], // a transposition
    ['capabilites', 'capabilities', 1], // a letter missing
    ['client_names', 'client_name', 1], // a letter more
    ['Cliant-Name', 'client_name', 1], // a letter replaced
    ['entry_url', 'entry_uri', 1],
    ['enabled_for_profile', 'enabled_for_profiles', 1],
    ['clent_nme', 'client_name', 2], // two letters missing
    ['capabilitiez_', 'capabilities', 1],
    ['cpabilitise', 'capabilities', 2], // a letter missing, a transposition
    ['quick_lunch_enable', 'quick_launch_enabled', 2],
    ['entri_ur', 'entry_uri', 2],
    ['cliname', 'client_name', 3],
    ['capabilit', 'capabilities', 3],
    ['enabled_profiles', 'enabled_for_profiles', 3],
    ['entry', 'entry_uri', 3],
    ['client_id', 'client_name', 4],
  ];
  const normalized = (key: string) => key.toLowerCase().replace(/[\s_\-.]/g, '');

  test.each(near)('%s is %s at distance %d: a manifest key up to 2', (key, target, distance) => {
    expect(editDistance(normalized(key), normalized(target))).toBe(distance);
    expect(isManifestKey(key)).toBe(distance <= 2);
  });

  test.each(['quick_launch', 'name', 'clientSecret', 'version', 'compilerOptions', 'dependencies', 'entities', ''])('far from every manifest key: %s', (key) => {
    expect(isManifestKey(key)).toBe(false);
  });

  test('a language tag after # is ignored', () => {
    expect(isManifestKey('client_name#fr')).toBe(true);
    expect(isManifestKey('clientName#pt-BR')).toBe(true);
    expect(isManifestKey(`client_name#${'x'.repeat(100000)}`)).toBe(true);
    expect(isManifestKey('#client_name')).toBe(false);
  });

  test('a long key is not one, without computing its distance', () => {
    expect(isManifestKey('client_name_' + 'x'.repeat(300000))).toBe(false);
    // Separators are dropped before the length is judged.
    expect(isManifestKey('c_l_i_e_n_t___n_a_m_e' + ' '.repeat(1000))).toBe(true);
  });
});

/** The oracle: the whole optimal string alignment table, as textbooks write it. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('editDistance with a bound (the band of the table within it)', () => {
  test('is the distance up to the bound, and bound + 1 beyond it; without a bound, the distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 14 });
    const longer = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 30 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), longer, longer, (a, b, max, x, y) => {
        // The rows are reused from call to call: what a call before left must not be read.
        editDistance(x, y);
        const distance = osaDistance(a, b);
        expect(editDistance(a, b)).toBe(distance);
        expect(editDistance(a, b, max)).toBe(Math.min(distance, max + 1));
      }),
      { numRuns: 5000 },
    );
    // Found by a longer search: the cell beside the band in the previous row holds what this call
    // (aa_b, _a_b) left there, 1, unless the band's edge is marked beyond.
    editDistance('aa_b', '_a_b');
    expect(editDistance('aa', '_bb_', 2)).toBe(3);
  });
});

describe('hasManifestKey (a parsed value)', () => {
  test('own keys of a top-level object only', () => {
    expect(hasManifestKey({ clientName: 'A', grant_types: ['client_credentials'] })).toBe(true);
    expect(hasManifestKey(JSON.parse('{"client\\u005fname": "A"}'))).toBe(true);
    expect(hasManifestKey({ name: 'pkg', config: { client_name: 'nested' } })).toBe(false);
    expect(hasManifestKey([{ client_name: 'in an array' }])).toBe(false);
    expect(hasManifestKey('client_name')).toBe(false);
    expect(hasManifestKey(null)).toBe(false);
    expect(hasManifestKey(JSON.parse('{"__proto__": {"client_name": "x"}}'))).toBe(false);
  });
});

describe('hasQuotedManifestKey (a text that does not parse)', () => {
  test('a key in quotes, escapes decoded', () => {
    expect(hasQuotedManifestKey('{"clientName": "A", }')).toBe(true);
    expect(hasQuotedManifestKey('{"client\\u005fname": "A", }')).toBe(true);
    expect(hasQuotedManifestKey('{"a": "x\\"", "c\\u0061pabilities": {}, }')).toBe(true);
    expect(hasQuotedManifestKey('{"a": "\\\\", "entry_uri": 1,}')).toBe(true);
  });

  test('no such key in quotes', () => {
    expect(hasQuotedManifestKey('{"name": "pkg", }')).toBe(false);
    expect(hasQuotedManifestKey('{client_name: "unquoted"}')).toBe(false);
    // An escaped quote does not end a literal: the key is inside a longer string.
    expect(hasQuotedManifestKey('{"a": "x\\"client_name\\"y", }')).toBe(false);
    // A bad escape is no key.
    expect(hasQuotedManifestKey('{"client_name\\q": 1,}')).toBe(false);
    expect(hasQuotedManifestKey('')).toBe(false);
    expect(hasQuotedManifestKey('"client_name')).toBe(false);
  });

  test('an unclosed quote ends at the end of its line, so it does not hide the next lines', () => {
    expect(hasQuotedManifestKey('{"a": "unclosed,\n  "client_name": "A"\n}')).toBe(true);
    expect(hasQuotedManifestKey('{"a": "unclosed\\\r\n  "client_name": "A"\n}')).toBe(true);
  });

  test('linear: many literals and long ones', () => {
    const many = '{' + '"k": 1, '.repeat(200000) + '"clientName": 1,}';
    expect(hasQuotedManifestKey(many)).toBe(true);
    expect(hasQuotedManifestKey('{"' + 'x'.repeat(1000000) + '": 1,}')).toBe(false);
    expect(hasQuotedManifestKey('"\\'.repeat(300000))).toBe(false);
  });
});

describe('hasObjectLiteralManifestKey (a JavaScript or TypeScript object literal)', () => {
  test('a manifest key single-quoted, or unquoted before a colon, near misses too', () => {
    expect(hasObjectLiteralManifestKey("{ client_name: 'My app' }")).toBe(true);
    expect(hasObjectLiteralManifestKey("{ 'client_name': 'My app' }")).toBe(true);
    expect(hasObjectLiteralManifestKey('export default {\n  capabilities : { webhooks: {} },\n};')).toBe(true);
    expect(hasObjectLiteralManifestKey("const app: Manifest = {\n\tclientName:\t'x'\n}")).toBe(true);
    expect(hasObjectLiteralManifestKey("{ name: 'x', 'entry_uri': 'https://a.example.com' }")).toBe(true);
  });

  test('near misses: inside double-quoted strings or comments, without a colon, other keys', () => {
    expect(hasObjectLiteralManifestKey('{ "a": "client_name: x", "b": 1, }')).toBe(false);
    expect(hasObjectLiteralManifestKey("{ // client_name: x\n  name: 'pkg' }")).toBe(false);
    expect(hasObjectLiteralManifestKey("{ /* 'client_name' */ name: 'pkg' }")).toBe(false);
    expect(hasObjectLiteralManifestKey('{ client_name = 1 }')).toBe(false);
    expect(hasObjectLiteralManifestKey("{ name: 'pkg', version: '1.0.0' }")).toBe(false);
    expect(hasObjectLiteralManifestKey("{ 'client_name\\x': 1 }")).toBe(false);
    expect(hasObjectLiteralManifestKey('')).toBe(false);
  });

  test('an unclosed quote ends at the end of its line; a double-quoted string may hold a single quote', () => {
    expect(hasObjectLiteralManifestKey("{ a: 'unclosed,\n  client_name: 'A' }")).toBe(true);
    expect(hasObjectLiteralManifestKey('{ "it\'s": 1,\n  client_name: 1 }')).toBe(true);
  });

  test('linear: many words, long words, many quotes', () => {
    expect(hasObjectLiteralManifestKey('{' + 'k: 1, '.repeat(200000) + 'clientName: 1}')).toBe(true);
    expect(hasObjectLiteralManifestKey('x'.repeat(1000000) + ':')).toBe(false);
    expect(hasObjectLiteralManifestKey("'\\".repeat(300000))).toBe(false);
  });

  test('recognizeManifest: an object literal with manifest keys is a (broken) manifest; one without is not', () => {
    expect(recognizeManifest("{\n  client_name: 'My app',\n  scope: 'msg.consumer'\n}\n", 'apps/app.json')).toEqual({ manifest: true });
    expect(recognizeManifest("{\n  name: 'pkg'\n}\n", 'apps/data.json')).toEqual({ manifest: false });
  });
});

describe('namedLikeManifest', () => {
  test.each([
    ['apps/app-manifest.json', true],
    ['MANIFEST.JSON', true],
    ['apps/my-App-Install.json', true],
    ['LivePerson.json', true],
    ['x/liveperson-bot.Json', true],
    ['manifests/app.json', false],
    ['package.json', false],
    ['manifest.json.bak', false],
  ])('%s: %s', (path, expected) => {
    expect(namedLikeManifest(path)).toBe(expected);
  });
});

describe('recognizeManifest', () => {
  test('parsed: by its keys (the file name does not count), with the parsed value', () => {
    expect(recognizeManifest('{"Client_Name": "A"}', 'a.json')).toEqual({ manifest: true, value: { Client_Name: 'A' } });
    expect(recognizeManifest('{"name": "pkg"}', 'app-manifest.json')).toEqual({ manifest: false });
    expect(recognizeManifest('[{"client_name": "A"}]', 'manifest.json')).toEqual({ manifest: false });
  });

  test('not parsed: a quoted key or the file name', () => {
    expect(recognizeManifest('{"clientName": "A",}', 'a.json')).toEqual({ manifest: true });
    expect(recognizeManifest('{"name": "x",}', 'app-manifest.json')).toEqual({ manifest: true });
    expect(recognizeManifest('{"name": "x",}', 'data.json')).toEqual({ manifest: false });
    expect(recognizeManifest('', 'liveperson.json')).toEqual({ manifest: true });
    expect(isBrokenManifestText('{"client_name": "A", "padding": "', 'huge.json')).toBe(true);
    expect(isBrokenManifestText('{"name": "A", "padding": "', 'huge.json')).toBe(false);
  });
});
