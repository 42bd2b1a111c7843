// The pre-commit hook: pre-commit runs `dist/cli.js --only-manifests` with the staged files its
// `files:` filter matched (every staged .json file, package.json and tsconfig.json among them).
// With --only-manifests the command line checks those auto-discovery recognizes as manifests, the
// same judgement as a run without PATH, and skips the rest; without it, a file named on the command
// line is a manifest whatever it holds.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run-cli.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

let ws: TempWorkspace;
beforeAll(() => {
  ws = tempWorkspace();
  ws.write('apps/good.json', '{"client_name": "Good", "scope": "msg.consumer"}\n');
  ws.write('apps/typo.json', '{\n  "clinet_name": "Typo"\n}\n');
  ws.write('apps/broken-manifest.json', '{"client_name": "Broken",}\n');
  ws.write('package.json', '{"name": "shop", "version": "1.0.0", "dependencies": {}}\n');
  ws.write('tsconfig.json', '{"compilerOptions": {"strict": true}}\n');
  ws.write('data/not-json.json', 'not json at all\n');
  ws.write('notes.txt', '{"client_name": "not a .json file"}\n');
  ws.write('node_modules/dep/app.json', '{"client_name": "Dependency"}\n');
  symlinkSync('/etc/hostname', join(ws.root, 'apps/outside.json'));
});
afterAll(() => ws.cleanup());

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: ws.root,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    parseArgs,
  });
  return { code, stdout, stderr };
}

const STAGED = ['apps/good.json', 'apps/typo.json', 'apps/broken-manifest.json', 'package.json', 'tsconfig.json', 'data/not-json.json', 'notes.txt', 'node_modules/dep/app.json', 'apps/outside.json'];

describe('--only-manifests (the pre-commit hook)', () => {
  test('of the files pre-commit passes, only the manifests are checked: a misspelled name key, broken JSON named like a manifest, a link leaving the workspace', async () => {
    const r = await cli(['--only-manifests', ...STAGED]);
    expect(r.stdout.split('\n')).toEqual([
      "apps/broken-manifest.json:1:25: error invalid-json invalid JSON: trailing comma before '}' is not allowed in JSON",
      'apps/outside.json:1:1: error unreadable-file symbolic link to a file outside the workspace; not followed',
      'apps/typo.json:1:1: error required missing required property "client_name"',
      'apps/typo.json:2:3: error unknown-property unknown property "clinet_name"; did you mean "client_name"? (client_name is required)',
      '4 errors, 0 warnings in 4 manifests',
      '',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  test('no manifest among them: a clean run, exit 0', async () => {
    const r = await cli(['--only-manifests', 'package.json', 'tsconfig.json', 'data/not-json.json']);
    expect(r).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 0 manifests\n', stderr: 'no LivePerson manifests found\n' });
  });

  test('glob matches are judged the same way; a directory is searched as always', async () => {
    const paths = async (...args: string[]) => JSON.parse((await cli(['--only-manifests', '--format', 'json', ...args])).stdout).files.map((f: { path: string }) => f.path);
    const manifests = ['apps/broken-manifest.json', 'apps/good.json', 'apps/outside.json', 'apps/typo.json'];
    expect(await paths('*.json')).toEqual(manifests);
    expect(await paths('apps/*.json', 'apps', 'package.json')).toEqual(manifests);
  });

  test('a path that does not exist is still a usage error', async () => {
    const r = await cli(['--only-manifests', 'apps/gone.json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: no such file or directory: "apps/gone.json"\n' });
  });

  test('without the flag, a file named on the command line is a manifest whatever it holds', async () => {
    const r = await cli(['package.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('package.json:1:1: error required missing required property "client_name"');
  });
});
