// Flags that meet other features (found in review after the merges): --quiet keeps every member of the
// report but the warnings (pathBytes of a name that is not UTF-8, the account member), and --fix
// leaves a file whose name is not UTF-8 checked by its bytes instead of reporting it missing.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;
function run(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env, NO_COLOR: '1' } as NodeJS.ProcessEnv;
  for (const k of Object.keys(clean)) if (k.startsWith('LP_')) delete clean[k];
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.root, encoding: 'utf8', env: { ...clean, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** A Latin-1 name (café.json): git shows it as "caf\351.json". */
const LATIN1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]);

beforeAll(() => {
  ws = tempWorkspace();
  writeFileSync(Buffer.concat([Buffer.from(ws.root + '/'), LATIN1]), '{"client_name": "Cafe", "clientName": 1, "redirect_uris": ["http://cafe.example.com/cb"]}\n');
  ws.write('fixable.json', '{"client_name": "Fix", "enabled_for_profiles": [42, 42]}\n');
});
afterAll(() => ws.cleanup());

describe('--quiet keeps the report whole but its warnings', () => {
  test('pathBytes of a name that is not UTF-8', () => {
    const r = JSON.parse(run(['--format', 'json', '--quiet']).stdout);
    const cafe = r.files.find((f: { path: string }) => f.path === '"caf\\351.json"');
    expect(cafe.pathBytes).toBe(LATIN1.toString('base64'));
    expect(cafe.findings.map((f: { rule: string }) => f.rule)).toEqual(['unknown-property']);
  });
  test('the account member (an account given without credentials: not checked, and said so)', () => {
    const loud = JSON.parse(run(['--format', 'json'], { LP_ACCOUNT: '12345678' }).stdout);
    const quiet = JSON.parse(run(['--format', 'json', '--quiet'], { LP_ACCOUNT: '12345678' }).stdout);
    expect(loud.account).toBeDefined();
    expect(quiet.account).toEqual(loud.account);
  });
});

describe('--fix and a name that is not UTF-8', () => {
  test('the file is left as it is, said so, and still checked by its bytes', () => {
    const r = run(['--fix', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const cafe = report.files.find((f: { path: string }) => f.path === '"caf\\351.json"');
    expect(cafe.pathBytes).toBe(LATIN1.toString('base64'));
    expect(cafe.findings.map((f: { rule: string }) => f.rule)).toEqual(['unknown-property', 'insecure-url']);
    expect(r.stderr).toContain('lp-manifest: fixed fixable.json (1 fix)');
  });
});

describe('what a pull request commits cannot slow the run or redirect --output-file', () => {
  test('an exclude pattern with two "**" segments is a usage error (one keeps the matcher linear)', () => {
    const r = run(['--exclude', '**/a/**/c']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lp-manifest: exclude: "**/a/**/c" has 2 "**" segments; a pattern may have at most 1 (a pattern without "/" already matches at any depth: "widgets/")\n');
  });
  test('a config file\'s glob with three "**" segments is a usage error at its line and column', () => {
    ws.write('cfg/three.yaml', 'files:\n  - "**/a/**/b/**/c.json"\n');
    const r = run(['--config', 'cfg/three.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lp-manifest: cfg/three.yaml:2:5: files[0]: "**/a/**/b/**/c.json" has 3 "**" segments; a glob may have at most 2\n');
  });
  test('--output-file through a committed symbolic link inside the workspace is refused, and nothing is written through it', () => {
    const outside = tempWorkspace();
    try {
      symlinkSync(outside.root, join(ws.root, 'reports'));
      const r = run(['fixable.json', '-o', 'reports/out.txt']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('lp-manifest: --output-file: cannot write "reports/out.txt" ("reports" is a symbolic link');
      expect(existsSync(join(outside.root, 'out.txt'))).toBe(false);
    } finally {
      outside.cleanup();
    }
  });
});
