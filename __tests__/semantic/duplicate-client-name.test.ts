// duplicate-client-name (cross-file, wired in the engine): each file gets an error at its
// client_name value naming the other file and line.
import { describe, expect, test } from '@jest/globals';
import { duplicateClientNames } from '../../src/semantic/duplicate-client-name.js';
import { checkFiles, lines, where } from '../support/workspace.js';

const first = lines('{', '  "description": "first",', '  "client_name": "Shared App"', '}');
const second = lines('{', '  "description": "second",', '  "grant_types": ["client_credentials"],', '  "client_name":   "Shared App"', '}');

describe('duplicate-client-name', () => {
  test('two files with one name: an error in each, at the value, naming the other file and line', async () => {
    const results = await checkFiles({ 'apps/a.json': first, 'apps/sub/b.json': second });
    expect(results.map((r) => r.path)).toEqual(['apps/a.json', 'apps/sub/b.json']);
    const [a, b] = results;
    expect(a!.findings.map(where)).toEqual(['duplicate-client-name error 3:18-3:30']);
    expect(b!.findings.map(where)).toEqual(['duplicate-client-name error 4:20-4:32']);
    expect(a!.findings[0]!.pointer).toBe('/client_name');
    expect(a!.findings[0]!.message).toBe('client_name "Shared App" is also used by apps/sub/b.json:4; LivePerson requires it to be unique');
    expect(b!.findings[0]!.message).toBe('client_name "Shared App" is also used by apps/a.json:3; LivePerson requires it to be unique');
    expect(a!.valid).toBe(false);
    expect(b!.valid).toBe(false);
  });

  test('three files: each names both others', async () => {
    const results = await checkFiles({ 'a.json': first, 'b.json': second, 'c.json': first });
    expect(results.map((r) => r.findings.map((f) => f.message))).toEqual([
      ['client_name "Shared App" is also used by b.json:4, c.json:3; LivePerson requires it to be unique'],
      ['client_name "Shared App" is also used by a.json:3, c.json:3; LivePerson requires it to be unique'],
      ['client_name "Shared App" is also used by a.json:3, b.json:4; LivePerson requires it to be unique'],
    ]);
  });

  test('near misses: different names; a name shared by a file that is not a manifest object', async () => {
    const other = lines('{', '  "client_name": "Shared App 2"', '}');
    const results = await checkFiles({ 'a.json': first, 'b.json': other, 'c.json': '["Shared App"]\n' });
    expect(results[0]!.findings).toEqual([]);
    expect(results[1]!.findings).toEqual([]);
    expect(results[2]!.findings.map((f) => f.rule)).toEqual(['type']);
  });

  test('a name copied into many files: each message names the first five others and counts the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`apps/app-${String(i).padStart(4, '0')}.json`] = first;
    const results = await checkFiles(files);
    expect(results).toHaveLength(2000);
    expect(results.every((r) => r.findings.length === 1 && where(r.findings[0]!) === 'duplicate-client-name error 3:18-3:30')).toBe(true);
    expect(results[0]!.findings[0]!.message).toBe(
      'client_name "Shared App" is also used by apps/app-0001.json:3, apps/app-0002.json:3, apps/app-0003.json:3, apps/app-0004.json:3, apps/app-0005.json:3 and 1,994 other files; LivePerson requires it to be unique',
    );
    expect(results[3]!.findings[0]!.message).toBe(
      'client_name "Shared App" is also used by apps/app-0000.json:3, apps/app-0001.json:3, apps/app-0002.json:3, apps/app-0004.json:3, apps/app-0005.json:3 and 1,994 other files; LivePerson requires it to be unique',
    );
  });

  test('seven files: five others named, one counted', async () => {
    const results = await checkFiles({ 'a.json': first, 'b.json': first, 'c.json': first, 'd.json': first, 'e.json': first, 'f.json': first, 'g.json': first });
    expect(results[6]!.findings[0]!.message).toBe('client_name "Shared App" is also used by a.json:3, b.json:3, c.json:3, d.json:3, e.json:3 and 1 other file; LivePerson requires it to be unique');
  });
});

// The engine groups colliding names before it re-reads the files; when one file of a pair cannot be
// read again (changed or removed meanwhile), the other is alone: no finding that names nobody.
test('duplicateClientNames: a name held by one entry only gives no finding; two give one each', () => {
  expect(duplicateClientNames([{ path: 'a.json', clientName: 'x', line: 2 }]).size).toBe(0);
  const two = duplicateClientNames([
    { path: 'a.json', clientName: 'x', line: 2 },
    { path: 'b.json', clientName: 'x', line: 3 },
    { path: 'c.json', clientName: 'y', line: 2 },
  ]);
  expect([...two.entries()].map(([e, f]) => [e.path, f.message])).toEqual([
    ['a.json', 'client_name "x" is also used by b.json:3; LivePerson requires it to be unique'],
    ['b.json', 'client_name "x" is also used by a.json:2; LivePerson requires it to be unique'],
  ]);
});

// Look-alikes: one name to a person, so one name to LivePerson's users picking an app. Compared by
// clientNameKey (NFKC, case-folded, trimmed, default-ignorable code points removed), each message
// showing the other spelling.
describe('duplicate-client-name: names that differ only in how they are written', () => {
  const manifest = (jsonName: string) => lines('{', `  "client_name": "${jsonName}"`, '}');
  const WHY = '; LivePerson requires it to be unique, and names that differ only in case, spaces, invisible characters or Unicode normalisation are the same name to a person';

  test.each([
    ['composed and decomposed accents (NFC, NFD)', 'Caf\\u00e9', 'Cafe\\u0301', '"Café"', '"Cafe\\u0301"'],
    ['letter case', 'Acme App', 'ACME app', '"Acme App"', '"ACME app"'],
    ['surrounding spaces', 'Acme App', ' Acme App\\t', '"Acme App"', '" Acme App\\t"'],
    ['a zero-width space and a soft hyphen', 'Acme App', 'Ac\\u00adme\\u200b App', '"Acme App"', '"Ac\\u00adme\\u200b App"'],
    ['full-width letters and a ligature (NFKC)', 'Profile', '\\uff30ro\\ufb01le', '"Profile"', '"Ｐroﬁle"'],
    ['case folding beyond lower case', 'Straße', 'STRASSE', '"Straße"', '"STRASSE"'],
  ])('%s: one name, both spellings shown', async (_, one, two, shownOne, shownTwo) => {
    const [a, b] = await checkFiles({ 'a.json': manifest(one), 'b.json': manifest(two) });
    expect(a!.findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      `duplicate-client-name error 2:18-2:${18 + one.length + 2} client_name ${shownOne} is also used by b.json:2 (as ${shownTwo})${WHY}`,
    ]);
    expect(b!.findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      `duplicate-client-name error 2:18-2:${18 + two.length + 2} client_name ${shownTwo} is also used by a.json:2 (as ${shownOne})${WHY}`,
    ]);
  });

  test('names a person tells apart stay apart: inner spaces, punctuation, other letters', async () => {
    const results = await checkFiles({ 'a.json': manifest('Acme App'), 'b.json': manifest('Acme  App'), 'c.json': manifest('Acme-App'), 'd.json': manifest('Acme Ap'), 'e.json': manifest('\\u200b') });
    expect(results.map((r) => r.findings)).toEqual([[], [], [], [], []]);
  });

  test('a group of one spelling and another: the same spelling is not repeated, the other is', async () => {
    const results = await checkFiles({ 'a.json': manifest('Acme'), 'b.json': manifest('Acme'), 'c.json': manifest('acme') });
    expect(results.map((r) => r.findings.map((f) => f.message))).toEqual([
      [`client_name "Acme" is also used by b.json:2, c.json:2 (as "acme")${WHY}`],
      [`client_name "Acme" is also used by a.json:2, c.json:2 (as "acme")${WHY}`],
      [`client_name "acme" is also used by a.json:2 (as "Acme"), b.json:2 (as "Acme")${WHY}`],
    ]);
  });

  test('linear: 20,000 spellings of 10,000 names, each pair found by hashing', () => {
    const entries = [];
    for (let i = 0; i < 10_000; i++) {
      entries.push({ path: `a${i}.json`, clientName: `App ${i}`, line: 2 });
      entries.push({ path: `b${i}.json`, clientName: ` APP ${i}\u200b`, line: 2 });
    }
    const found = duplicateClientNames(entries);
    expect(found.size).toBe(20_000);
    expect(found.get(entries[1]!)!.message).toBe(`client_name " APP 0\\u200b" is also used by a0.json:2 (as "App 0")${WHY}`);
  });
});
