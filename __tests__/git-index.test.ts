// The index reader (src/git-index.ts) against git itself: whatever it returns must be exactly what
// `git ls-files -z --cached` prints; whatever it is not sure of must be undefined (discovery then asks git).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { discoverManifests } from '../src/discovery.js';
import { parseIndexPaths, trackedPathsFromIndex } from '../src/git-index.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

let ws: TempWorkspace;
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
const git = (args: string[], input?: string, cwd = ws.root) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    input,
    env: CLEAN_ENV,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
const lsFiles = (cwd = ws.root) => git(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached'], undefined, cwd).split('\0').filter((p) => p !== '');
const fromIndex = (cwd = ws.root) => trackedPathsFromIndex(cwd, CLEAN_ENV);
const indexVersion = () => readFileSync(join(ws.root, '.git/index')).readUInt32BE(4);

beforeEach(() => {
  ws = tempWorkspace();
  git(['init', '-q']);
});
afterEach(() => ws.cleanup());

/** Adds index entries without files (git update-index --index-info): any path git accepts. */
function addEntries(paths: string[], mode = '100644') {
  const blob = git(['hash-object', '-w', '--stdin'], '{}').trim();
  git(['update-index', '--add', '--index-info'], paths.map((p) => `${mode} ${blob}\t${p}\n`).join(''));
}

describe('the same list as git ls-files --cached', () => {
  const files = ['a.json', 'apps/é/app.json', 'apps/日本/マニフェスト.json', 'dir with spaces/x y.json', 'z/deep/er/still/deeper/m.json', 'q"uote\'s.json'];

  function populate() {
    for (const f of files) ws.write(f, '{"client_name": "x"}');
    symlinkSync('a.json', join(ws.root, 'link.json'));
    git(['add', '-A']);
    git(['commit', '-qm', 'c']);
    // A submodule entry (gitlink), an entry deleted from the work tree, a skip-worktree entry.
    git(['update-index', '--add', '--cacheinfo', `160000,${git(['rev-parse', 'HEAD']).trim()},vendor/sub`]);
    git(['rm', '-q', '--cached', 'a.json']);
    git(['add', 'a.json']);
    ws.write('untracked.json', '{}');
  }

  test('version 2 (a plain index)', () => {
    populate();
    expect(indexVersion()).toBe(2);
    expect(fromIndex()).toEqual(lsFiles());
    expect(fromIndex()).toContain('apps/日本/マニフェスト.json');
    expect(fromIndex()).not.toContain('untracked.json');
  });

  test('version 3 (extended flags: intent-to-add, skip-worktree)', () => {
    populate();
    ws.write('later.json', '{}');
    git(['add', '-N', 'later.json']);
    git(['update-index', '--skip-worktree', 'dir with spaces/x y.json']);
    expect(indexVersion()).toBe(3);
    expect(fromIndex()).toEqual(lsFiles());
    expect(fromIndex()).toContain('later.json');
  });

  test('version 4 (paths prefix-compressed)', () => {
    populate();
    git(['update-index', '--index-version', '4']);
    expect(indexVersion()).toBe(4);
    expect(fromIndex()).toEqual(lsFiles());
  });

  test('paths longer than the 12-bit length field, in versions 2 and 4', () => {
    const long = `${'segment-'.repeat(300)}/${'n'.repeat(200)}.json`; // 2,606 bytes
    const longer = Array.from({ length: 30 }, (_, i) => `${i}-${'x'.repeat(180)}`).join('/') + '.json'; // > 4,095 bytes
    addEntries([long, longer, 'short.json']);
    expect(Buffer.byteLength(longer)).toBeGreaterThan(0xfff);
    expect(fromIndex()).toEqual(lsFiles());
    git(['update-index', '--index-version', '4']);
    expect(fromIndex()).toEqual(lsFiles());
  });

  test('property: random trees of paths, versions 2 and 4', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9 ._\-éü日本語🙂]{1,40}$/).filter((s) => s !== '.' && s !== '..' && s.toLowerCase() !== '.git' && !s.endsWith(' '));
    const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(path, { minLength: 1, maxLength: 60 }), (paths) => {
        // A path can't be a file and a directory at once: keep paths no other path is below.
        const usable = paths.filter((p) => !paths.some((q) => q.startsWith(p + '/')));
        git(['read-tree', '--empty']);
        git(['update-index', '--index-version', '2']);
        addEntries(usable);
        expect(fromIndex()).toEqual(lsFiles());
        git(['update-index', '--index-version', '4']);
        expect(fromIndex()).toEqual(lsFiles());
      }),
      { numRuns: 25 },
    );
  });
});

describe('undefined where git must be asked', () => {
  test('a merge conflict (git lists every stage)', () => {
    ws.write('m.json', '{"client_name": "base"}');
    git(['add', '-A']);
    git(['commit', '-qm', 'base']);
    git(['checkout', '-qb', 'other']);
    ws.write('m.json', '{"client_name": "other"}');
    git(['commit', '-qam', 'other']);
    git(['checkout', '-q', 'main']);
    ws.write('m.json', '{"client_name": "main"}');
    git(['commit', '-qam', 'main']);
    expect(() => git(['merge', '-q', 'other'])).toThrow();
    expect(lsFiles()).toEqual(['m.json', 'm.json', 'm.json']);
    expect(fromIndex()).toBeUndefined();
  });

  test('a split index', () => {
    addEntries(['a.json', 'b.json']);
    git(['update-index', '--split-index']);
    expect(fromIndex()).toBeUndefined();
  });

  test('a sparse index', () => {
    ws.write('in/a.json', '{}');
    ws.write('out/b.json', '{}');
    git(['add', '-A']);
    git(['commit', '-qm', 'c']);
    git(['sparse-checkout', 'set', '--cone', '--sparse-index', 'in']);
    expect(fromIndex()).toBeUndefined();
  });

  test('a linked work tree (.git is a file)', () => {
    ws.write('a.json', '{}');
    git(['add', '-A']);
    git(['commit', '-qm', 'c']);
    git(['worktree', 'add', '-q', 'linked']);
    expect(lsFiles(join(ws.root, 'linked'))).toContain('a.json');
    expect(fromIndex(join(ws.root, 'linked'))).toBeUndefined();
  });

  test('a subdirectory of a work tree (no .git of its own)', () => {
    ws.write('sub/a.json', '{}');
    git(['add', '-A']);
    expect(fromIndex(join(ws.root, 'sub'))).toBeUndefined();
  });

  test('git redirected by the environment or the configuration', () => {
    addEntries(['a.json']);
    expect(fromIndex()).toEqual(['a.json']);
    expect(trackedPathsFromIndex(ws.root, { ...CLEAN_ENV, GIT_INDEX_FILE: '/elsewhere' })).toBeUndefined();
    expect(trackedPathsFromIndex(ws.root, { ...CLEAN_ENV, GIT_DIR: '/elsewhere' })).toBeUndefined();
    git(['config', 'core.worktree', '/elsewhere']);
    expect(fromIndex()).toBeUndefined();
    git(['config', '--unset', 'core.worktree']);
    expect(fromIndex()).toEqual(['a.json']); // core.bare = false, as git init writes it, is fine
    git(['config', 'include.path', 'more.config']);
    expect(fromIndex()).toBeUndefined();
  });

  test('no index yet (a new repository)', () => {
    expect(lsFiles()).toEqual([]);
    expect(fromIndex()).toBeUndefined();
  });

  test('damaged index files', () => {
    addEntries(['a.json', 'b/c.json']);
    const good = readFileSync(join(ws.root, '.git/index'));
    expect(parseIndexPaths(good)).toEqual(['a.json', 'b/c.json']);
    for (let cut = 0; cut < good.length - 20; cut += 7) expect(parseIndexPaths(good.subarray(0, cut))).toBeUndefined();
    const wrongVersion = Buffer.from(good);
    wrongVersion.writeUInt32BE(5, 4);
    expect(parseIndexPaths(wrongVersion)).toBeUndefined();
    const hugeCount = Buffer.from(good);
    hugeCount.writeUInt32BE(0xffffffff, 8);
    expect(parseIndexPaths(hugeCount)).toBeUndefined();
    expect(parseIndexPaths(Buffer.from('not an index at all, just text'))).toBeUndefined();
    writeFileSync(join(ws.root, '.git/index'), 'garbage');
    expect(fromIndex()).toBeUndefined();
  });
});

describe('discovery with the index reader', () => {
  // As in a container job whose checkout belongs to another user: git refuses the repository
  // ("detected dubious ownership"), yet the index file is readable. chown needs root.
  const asRoot = process.getuid?.() === 0 ? test : test.skip;
  asRoot('git refuses the repository after the index was read: the walk, as outside git', async () => {
    ws.write('.gitignore', 'ignored/\n');
    ws.write('apps/a.json', '{"client_name": "A"}');
    ws.write('ignored/b.json', '{"client_name": "B"}');
    git(['add', '-A']);
    const withGit = await discoverManifests({ workspaceRoot: ws.root });
    expect(withGit.source).toBe('git');
    expect(withGit.manifests.map((m) => m.path)).toEqual(['apps/a.json']);
    execFileSync('chown', ['-R', '65534:65534', ws.root]);
    expect(fromIndex()).toEqual(['.gitignore', 'apps/a.json']); // the ignored file is not in the index
    const refused = await discoverManifests({ workspaceRoot: ws.root });
    expect(refused.source).toBe('walk');
    expect(refused.manifests.map((m) => m.path)).toEqual(['apps/a.json', 'ignored/b.json']);
  });
});
