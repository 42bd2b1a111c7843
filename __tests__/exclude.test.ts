// exclude with .gitignore semantics (src/discovery/exclude.ts, the `ignore` package), and the patterns that
// match no file.
import { describe, expect, test } from '@jest/globals';
import { createExcluder, MAX_EXCLUDE_PATTERNS } from '../src/discovery/exclude.js';
import { discoverManifests } from '../src/discovery/discovery.js';
import { tempWorkspace } from './support/workspace.js';

const PATHS = ['widgets/a.json', 'apps/widgets/b.json', 'apps/legacy/c.json', 'apps/legacy/keep.json', 'x/apps/legacy/d.json', 'apps/e.tmp.json', 'apps/f.json', 'Widgets/g.json'];
function excluded(patterns: string[]): string[] {
  const e = createExcluder(patterns);
  return PATHS.filter((p) => e.excludes(p));
}

describe('exclude patterns follow .gitignore', () => {
  test.each([
    [['widgets/'], ['widgets/a.json', 'apps/widgets/b.json']],
    [['widgets'], ['widgets/a.json', 'apps/widgets/b.json']],
    [['/widgets/'], ['widgets/a.json']],
    [['./widgets'], ['widgets/a.json']],
    [['apps/legacy'], ['apps/legacy/c.json', 'apps/legacy/keep.json']],
    [['apps/legacy/**'], ['apps/legacy/c.json', 'apps/legacy/keep.json']],
    [['**/legacy/'], ['apps/legacy/c.json', 'apps/legacy/keep.json', 'x/apps/legacy/d.json']],
    [['*.tmp.json'], ['apps/e.tmp.json']],
    [
      ['apps/*', '!apps/f.json'],
      ['apps/widgets/b.json', 'apps/legacy/c.json', 'apps/legacy/keep.json', 'apps/e.tmp.json'],
    ],
    // As git: a file cannot be included again inside an excluded folder.
    [
      ['apps/legacy/', '!apps/legacy/keep.json'],
      ['apps/legacy/c.json', 'apps/legacy/keep.json'],
    ],
    [['apps/legacy/*', '!apps/legacy/keep.json'], ['apps/legacy/c.json']],
    [['# a comment', ''], []],
  ])('%j', (patterns, expected) => {
    expect(excluded(patterns)).toEqual(expected);
  });

  test('letter case counts (git on Linux)', () => {
    expect(excluded(['WIDGETS/'])).toEqual([]);
  });

  test('a pattern that leaves the workspace is a usage error; a path above it is never excluded', () => {
    expect(() => createExcluder(['../x'])).toThrow('exclude: "../x" points outside the workspace; patterns are relative to the repository root, as in .gitignore (e.g. "widgets/", "apps/legacy/**")');
    expect(() => createExcluder(['C:\\x'])).toThrow('exclude: "C:\\x" points outside the workspace');
    expect(createExcluder(['*']).excludes('../elsewhere/a.json')).toBe(false);
  });

  test('hostile: bounded number and length of patterns', () => {
    expect(() => createExcluder(Array.from({ length: MAX_EXCLUDE_PATTERNS + 1 }, (_, i) => `p${i}`))).toThrow('exclude: 1001 patterns are too many (at most 1000)');
    expect(() => createExcluder(['a'.repeat(1001)])).toThrow('exclude: a pattern of 1001 characters is too long (at most 1000)');
  });
});

describe('unmatched patterns', () => {
  test('a pattern that matches no path asked about is reported, as given', () => {
    const e = createExcluder(['widgets/', 'widget/', ' !nothing.json ', 'apps/**', 'apps/legacy/**']);
    for (const p of PATHS) e.excludes(p);
    // apps/legacy/** decides apps/legacy/*; apps/** matches them too, and decides others.
    expect(e.unmatched()).toEqual(['widget/', '!nothing.json']);
  });

  test('a pattern overridden on every path it matches still matches', () => {
    const e = createExcluder(['apps/legacy/', 'apps/']);
    for (const p of PATHS) e.excludes(p);
    expect(e.unmatched()).toEqual([]);
  });

  test('discovery reports them (what it looked at: the files it would check)', async () => {
    const ws = tempWorkspace();
    try {
      ws.write('widgets/a.json', '{"client_name": "A"}');
      ws.write('apps/widgets/b.json', '{"client_name": "B"}');
      ws.write('apps/c.json', '{"client_name": "C"}');
      ws.write('docs/readme.md', 'not a candidate');
      const found = await discoverManifests({ workspaceRoot: ws.root, exclude: ['widgets/', 'widgts/', 'docs/'] });
      expect(found.manifests.map((m) => m.path)).toEqual(['apps/c.json']);
      expect(found.unmatchedExcludes).toEqual(['widgts/', 'docs/']);
      expect((await discoverManifests({ workspaceRoot: ws.root, exclude: ['widgets/'] })).unmatchedExcludes).toBeUndefined();
    } finally {
      ws.cleanup();
    }
  });
});
