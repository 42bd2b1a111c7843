// The config file through the built command line (dist/cli.js), as a user runs it.
import { describe, expect, test, afterEach } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MIXED = ['{', '  "client_name": "NAME",', '  "displayName": "M",', '  "entry_uri": "http://mixed.example.com/"', '}', ''].join('\n');
function workspace(config?: string): void {
  ws = tempWorkspace();
  ws.write('apps/a.json', MIXED.replace('NAME', 'A'));
  ws.write('apps/dev/b.json', MIXED.replace('NAME', 'B'));
  if (config !== undefined) ws.write('.lp-manifest.yaml', config);
}
afterEach(() => ws.cleanup());

describe('lp-manifest with .lp-manifest.yaml', () => {
  test('rules and per-path overrides apply; later entries win', () => {
    workspace('rules:\n  unknown-property: warning\noverrides:\n  - files: ["apps/dev/**"]\n    rules: {insecure-url: off}\n  - files: ["apps/dev/b.json"]\n    rules: {unknown-property: off}\n');
    const r = run([]);
    expect(r.stdout.split('\n')).toEqual([
      'apps/a.json:3:3: warning unknown-property unknown property "displayName"; did you mean "display_name"?',
      'apps/a.json:4:16: warning insecure-url entry_uri uses http://: the app would load unencrypted; use https://',
      '0 errors, 2 warnings in 2 manifests',
      '',
    ]);
    expect(r.code).toBe(0);
  });

  test('a flag that is given wins over the file; the file over the defaults', () => {
    workspace('fail-on: warning\nrules: {unknown-property: off}\n');
    expect(run([]).code).toBe(1);
    expect(run(['--fail-on', 'error']).code).toBe(0);
    const r = run(['--rules', 'unknown-property=error', 'apps/a.json']);
    expect(r.stdout).toContain('apps/a.json:3:3: error unknown-property');
    expect(r.code).toBe(1);
  });

  test('files in the file: only those are checked; PATH arguments win', () => {
    workspace('files: ["apps/dev/**"]\n');
    expect(run(['--format', 'json']).stdout).toContain('"path": "apps/dev/b.json"');
    expect(JSON.parse(run(['--format', 'json']).stdout).summary.manifests).toBe(1);
    expect(JSON.parse(run(['--format', 'json', 'apps/a.json']).stdout).files.map((f: { path: string }) => f.path)).toEqual(['apps/a.json']);
  });

  test('a broken file is a usage error (exit 2) at its line and column, with the closest valid word', () => {
    workspace('fail-on: nevr\noverides: []\n');
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'lp-manifest: .lp-manifest.yaml:1:10: fail-on: "nevr" is not one of error, warning, never; did you mean "never"?\n.lp-manifest.yaml:2:1: unknown key "overides"; did you mean "overrides"?\n',
    );
  });

  test('--config FILE reads another file; a missing one is a usage error', () => {
    workspace();
    ws.write('ci/lp.yml', 'rules: {unknown-property: off, insecure-url: off}\n');
    expect(run(['--config', 'ci/lp.yml'])).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 manifests\n', stderr: '' });
    expect(run(['--config', 'ci/none.yml'])).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: config: cannot read "ci/none.yml" (ENOENT)\n' });
  });
});
