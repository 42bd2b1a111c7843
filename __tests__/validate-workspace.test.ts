// The pipeline (validateWorkspace: each manifest checked as soon as discovery has read it, its text
// dropped) gives exactly what discovery followed by the engine gives, in and outside git, across
// batch boundaries, with client names that collide in interleaved order, unreadable files and links.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { discoverManifests } from '../src/discovery/discovery.js';
import { pathJoiner } from '../src/discovery/file-path.js';
import { startValidation, validateManifests, type ValidationOptions } from '../src/engine/engine.js';
import { validateWorkspace } from '../src/engine/validate-workspace.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

let ws: TempWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
  // 600 manifests (more than two batches), names colliding across the whole tree: b/ before a/ in
  // the order files are found is not the path order.
  for (let i = 0; i < 600; i++) {
    const name = i % 97 === 0 ? 'Shared' : i % 89 === 0 ? 'Other shared' : `App ${i}`;
    const dir = ['b', 'a', 'c/deep'][i % 3];
    ws.write(
      `${dir}/m${String(i).padStart(3, '0')}.json`,
      JSON.stringify({ client_name: name, scope: i % 7 === 0 ? 'msg.consumr' : 'msg.consumer', logo_uri: i % 11 === 0 ? 'http://x.example.com/l.png' : undefined }, null, 2),
    );
  }
  ws.write('a/broken.json', '{"client_name": "Shared", }');
  ws.write('a/dup.json', '{\n  "client_name": "Other shared",\n  "client_name": "Shared"\n}');
  ws.write('a/bom.json', '\ufeff{"client_name": "Shared"}');
  ws.write('a/not-a-manifest.json', '{"name": "pkg"}');
  ws.write('a/utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"client_name":"x"}', 'utf16le')]));
  symlinkSync(join(ws.root, 'a/bom.json'), join(ws.root, 'a/link.json'));
  symlinkSync('/etc/hostname', join(ws.root, 'a/outside.json'));
});
afterEach(() => ws.cleanup());

async function bothWays(options: Partial<ValidationOptions> = {}) {
  const validation = { workspaceRoot: ws.root, ...options };
  const piped = await validateWorkspace({ workspaceRoot: ws.root, exclude: ['c/deep/m00*.json'] }, validation);
  const found = await discoverManifests({ workspaceRoot: ws.root, exclude: ['c/deep/m00*.json'] });
  const staged = await validateManifests(found.manifests, validation);
  return { piped, staged, found };
}

describe('validateWorkspace', () => {
  test('outside git: the same results as discovery then validation', async () => {
    const { piped, staged, found } = await bothWays({ profiles: [42], severities: new Map([['scope', 'error']]) });
    expect(piped.source).toBe('walk');
    expect(piped.files).toEqual(staged);
    expect(piped.files.map((f) => f.path)).toEqual(found.manifests.map((m) => m.path));
    const shared = piped.files.filter((f) => f.findings.some((x) => x.rule === 'duplicate-client-name'));
    expect(shared.length).toBeGreaterThan(8);
  });

  test('in git (tracked and untracked files): the same results', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ws.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'b', 'a/broken.json');
    const { piped, staged } = await bothWays();
    expect(piped.source).toBe('git');
    expect(piped.files).toEqual(staged);
  });
});

describe('startValidation', () => {
  test('results: sorted by path; duplicate names in the order added, or in path order', async () => {
    const files = { 'z.json': '{"client_name": "N"}', 'a.json': '{"client_name": "N"}', 'm.json': '{"client_name": "N"}' };
    for (const [path, text] of Object.entries(files)) ws.write(path, text);
    const messages = async (namesInPathOrder: boolean) => {
      const run = startValidation({ workspaceRoot: ws.root });
      for (const path of Object.keys(files)) await run.add({ path });
      const results = await run.results({ namesInPathOrder });
      return results.map((r) => `${r.path}: ${r.findings.map((f) => f.message).join(' | ')}`);
    };
    expect(await messages(false)).toEqual([
      'a.json: client_name "N" is also used by z.json:1, m.json:1; LivePerson requires it to be unique',
      'm.json: client_name "N" is also used by z.json:1, a.json:1; LivePerson requires it to be unique',
      'z.json: client_name "N" is also used by a.json:1, m.json:1; LivePerson requires it to be unique',
    ]);
    expect(await messages(true)).toEqual([
      'a.json: client_name "N" is also used by m.json:1, z.json:1; LivePerson requires it to be unique',
      'm.json: client_name "N" is also used by a.json:1, z.json:1; LivePerson requires it to be unique',
      'z.json: client_name "N" is also used by a.json:1, m.json:1; LivePerson requires it to be unique',
    ]);
  });
});

describe('pathJoiner', () => {
  test('gives what path.join gives for listed paths; the bytes of a name that is not UTF-8', () => {
    for (const root of ['/ws', '/ws/', '/', '/a//b/', '/ws/./x/..', 'rel', '.', '']) {
      for (const path of ['a.json', 'd/e/f.json', '...json', '.hidden/x.json']) {
        expect(pathJoiner(root)({ path })).toBe(join(root, path));
        const bytes = Buffer.concat([Buffer.from(path), Buffer.from([0xff])]);
        expect(pathJoiner(root)({ path: `${path}\\xff`, fsPath: bytes })).toEqual(Buffer.concat([Buffer.from(join(root, 'x')).subarray(0, -1), bytes]));
      }
    }
  });
});
