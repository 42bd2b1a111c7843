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
