// Auto-discovery per interface.md: git-aware, content-based, files/exclude globs.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { discoverManifests, normalizeGlobs, splitList } from '../src/discovery.js';
import { validateManifests } from '../src/engine.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

let ws: TempWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
  ws.write('apps/a.json', '{"client_name": "A"}');
  ws.write('apps/b.json', '{"capabilities": {}}');
  ws.write('apps/broken.json', '{"client_name": "B", }');
  ws.write('package.json', '{"name": "not-a-manifest", "version": "1.0.0"}');
  ws.write('data/list.json', '[{"client_name": "inside an array"}]');
  ws.write('node_modules/pkg/app.json', '{"client_name": "dependency"}');
  ws.write('build/out.json', '{"client_name": "ignored build output"}');
  ws.write('notes.txt', '"client_name"');
});
afterEach(() => ws.cleanup());

const git = (...args: string[]) => execFileSync('git', args, { cwd: ws.root, stdio: 'pipe' });

describe('auto-discovery', () => {
  test('outside git: every manifest but node_modules/', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('walk');
    expect(found.explicit).toBe(false);
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json']);
  });

  test('in git: tracked and untracked-but-not-ignored files only', async () => {
    git('init', '-q');
    ws.write('.gitignore', 'build/\n');
    git('add', 'apps/a.json');
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('git');
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json']);
  });

  test('in a git work tree where git fails: the walk, and the reason to warn about', async () => {
    git('init', '-q');
    ws.write('.gitignore', 'build/\n');
    ws.write('.git/HEAD', 'not a ref\n'); // git refuses the repository, as it does with "dubious ownership"
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.source).toBe('walk');
    expect(found.gitProblem).toMatch(/^fatal: not a git repository/);
    // Files .gitignore excludes are found too: the reason the shells warn.
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json']);
    // Outside a git work tree the walk is the rule, not a problem.
    const outside = tempWorkspace();
    try {
      outside.write('a.json', '{"client_name": "A"}');
      expect(await discoverManifests({ workspaceRoot: outside.root })).toEqual({ manifests: [{ path: 'a.json', text: '{"client_name": "A"}' }], explicit: false, source: 'walk' });
    } finally {
      outside.cleanup();
    }
  });

  test('a manifest saved as UTF-16 (with its byte order mark) is found, so the engine reports its encoding', async () => {
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    ws.write('apps/wide-le.json', le('{"client_name": "Wide"}'));
    ws.write('apps/wide-be.json', be('{\n  "entry_uri": "https://app.example.com"\n}'));
    ws.write('data/wide-data.json', le('{"rows": [1, 2, 3]}'));
    symlinkSync(join(ws.root, 'apps/wide-le.json'), join(ws.root, 'apps/wide-link.json')); // the careful path
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/wide-be.json', 'apps/wide-le.json', 'apps/wide-link.json', 'build/out.json']);
    const results = await validateManifests(found.manifests, { workspaceRoot: ws.root });
    const wide = results.filter((r) => r.path.startsWith('apps/wide'));
    expect(wide.map((r) => r.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`))).toEqual([
      ['unreadable-file 1:1 file is UTF-16 encoded; save it as UTF-8'],
      ['unreadable-file 1:1 file is UTF-16 encoded; save it as UTF-8'],
      ['unreadable-file 1:1 file is UTF-16 encoded; save it as UTF-8'],
    ]);
  });

  test('a file over the size limit is a manifest when its text has "client_name", as a file that does not parse', async () => {
    const big = (head: string) => head + ' '.repeat(1024 * 1024) + '}';
    ws.write('apps/huge.json', big('{"client_name": "Huge", "description": "padded"'));
    ws.write('data/huge-data.json', big('{"rows": [1, 2, 3]'));
    symlinkSync(join(ws.root, 'apps/huge.json'), join(ws.root, 'apps/huge-link.json')); // the careful path
    const found = await discoverManifests({ workspaceRoot: ws.root });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/huge-link.json', 'apps/huge.json', 'build/out.json']);
    const [huge] = await validateManifests([{ path: 'apps/huge.json' }], { workspaceRoot: ws.root });
    expect(huge!.findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['unreadable-file file is 1,048,624 bytes; the limit is 1,048,576 bytes (not read)']);
  });

  test('symbolic links leaving the workspace or looping are kept (to be reported), never read', async () => {
    const outside = tempWorkspace();
    try {
      outside.write('plain.json', '{"name": "not a manifest, but outside: must not be read"}');
      symlinkSync(join(outside.root, 'plain.json'), join(ws.root, 'apps/outside.json'));
      symlinkSync(join(ws.root, 'apps/loop2.json'), join(ws.root, 'apps/loop1.json'));
      symlinkSync(join(ws.root, 'apps/loop1.json'), join(ws.root, 'apps/loop2.json'));
      symlinkSync(join(ws.root, 'package.json'), join(ws.root, 'apps/inside.json'));
      const found = await discoverManifests({ workspaceRoot: ws.root });
      expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'apps/loop1.json', 'apps/loop2.json', 'apps/outside.json', 'build/out.json']);
    } finally {
      outside.cleanup();
    }
  });

  test('exclude globs', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, exclude: ['broken.json', 'build/'] });
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json']);
  });
});

describe('files globs', () => {
  test('every matched file is a manifest whatever it holds', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, files: ['*.json', 'notes.txt'] });
    expect(found.explicit).toBe(true);
    expect(found.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/broken.json', 'build/out.json', 'data/list.json', 'notes.txt', 'package.json']);
  });

  test('a glob that matches nothing yields no manifests (the shells turn it into an error)', async () => {
    const found = await discoverManifests({ workspaceRoot: ws.root, files: ['app/*.json'] });
    expect(found).toEqual({ manifests: [], explicit: true, source: 'walk' });
  });

  test('a glob leaving the workspace is a usage error naming the input', () => {
    expect(() => normalizeGlobs(['../secrets/*.json'], 'files')).toThrow('files: "../secrets/*.json" points outside the workspace');
    expect(() => normalizeGlobs(['/etc/*.json'], 'exclude')).toThrow('exclude: "/etc/*.json" points outside the workspace');
  });

  test('lists split on commas and newlines but not inside braces', () => {
    expect(splitList('a.json, b/*.json\n{c,d}.json\n\n')).toEqual(['a.json', 'b/*.json', '{c,d}.json']);
  });
});
