// The built command line (dist/cli.js), run as a user runs it: output lines and exit codes.
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;

function run(args: string[], cwd = ws.root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  ws = tempWorkspace();
  ws.write('apps/good.json', '{"client_name": "Good", "scope": "msg.consumer"}\n');
  ws.write('apps/bad.json', '{\n  "clientName": "Bad",\n  "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "max_retries": 7}}}\n}\n');
});
afterAll(() => ws.cleanup());

describe('lp-manifest', () => {
  test('text format: path:line:col: severity rule message, exit 1 on errors', () => {
    const r = run([]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'apps/bad.json:1:1: error required missing required property "client_name"',
      'apps/bad.json:2:3: error unknown-property unknown property "clientName"; did you mean "client_name"? (client_name is required)',
      'apps/bad.json:3:126: error range max_retries of cqm.ExConversationChangeNotification is 7; it must be between 0 and 5',
      '3 errors, 0 warnings in 2 manifests',
      '',
    ]);
  });

  test('a clean file exits 0', () => {
    const r = run(['apps/good.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('0 errors, 0 warnings in 1 manifest\n');
  });

  test('--fail-on never exits 0 with errors; --rules can turn a rule off', () => {
    expect(run(['--fail-on', 'never']).code).toBe(0);
    const r = run(['apps/bad.json', '--rules', 'range=off,unknown-property=warning,required=warning']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('apps/bad.json:1:1: warning required');
    expect(r.stdout).toContain('apps/bad.json:2:3: warning unknown-property');
    expect(r.stdout).not.toContain('range');
  });

  test('json format is report version 1', () => {
    const r = run(['--format', 'json', 'apps/bad.json']);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ manifests: 1, errors: 3, warnings: 0, valid: false });
    expect(report.files[0].findings[0]).toEqual({
      rule: 'required',
      severity: 'error',
      message: 'missing required property "client_name"',
      pointer: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    });
    expect(report.files[0].findings[1]).toEqual({
      rule: 'unknown-property',
      severity: 'error',
      message: 'unknown property "clientName"; did you mean "client_name"? (client_name is required)',
      pointer: '/clientName',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 15,
      fix: { description: 'rename "clientName" to "client_name"', edits: [{ line: 2, column: 3, endLine: 2, endColumn: 15, text: '"client_name"' }] },
    });
    // A suggestion (judgement) rides on its finding the same way.
    expect(report.files[0].findings[2]).toEqual({
      rule: 'range',
      severity: 'error',
      message: 'max_retries of cqm.ExConversationChangeNotification is 7; it must be between 0 and 5',
      pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/max_retries',
      line: 3,
      column: 126,
      endLine: 3,
      endColumn: 127,
      suggestion: { description: 'set max_retries to 5', edits: [{ line: 3, column: 126, endLine: 3, endColumn: 127, text: '5' }] },
    });
  });

  test('sarif format', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'apps/bad.json']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results[1];
    expect(result.ruleId).toBe('unknown-property');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'apps/bad.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 },
    });
  });

  test('github format prints workflow commands', () => {
    const r = run(['--format', 'github', 'apps/bad.json']);
    expect(r.stdout.split('\n')[0]).toBe('::error title=required (LivePerson manifest),file=apps/bad.json,line=1,endLine=1,col=1,endColumn=2::missing required property "client_name"');
    expect(r.stdout.split('\n')[1]).toBe(
      '::error title=unknown-property (LivePerson manifest),file=apps/bad.json,line=2,endLine=2,col=3,endColumn=15::unknown property "clientName"; did you mean "client_name"? (client_name is required)',
    );
  });

  test('--profiles adds one QuickLaunch line per manifest; --require-quick-launch makes it an error', () => {
    ws.write('ql/seen.json', '{"client_name": "Seen", "quick_launch_enabled": true, "entry_uri": "https://a.example.com/", "enabled_for_profiles": [42]}\n');
    ws.write('ql/unseen.json', '{"client_name": "Unseen"}\n');
    const r = run(['ql', '--profiles', '42, 43']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'QuickLaunch ql/seen.json: visible to profile 42; not to 43',
      'QuickLaunch ql/unseen.json: visible to none of the profiles',
      '0 errors, 0 warnings in 2 manifests',
      '',
    ]);
    const required = run(['ql', '--profiles', '43', '--require-quick-launch']);
    expect(required.code).toBe(1);
    expect(required.stdout).toMatch(/^ql\/seen\.json:1:\d+: error quick-launch-profile /m);
    expect(required.stdout).toMatch(/^ql\/unseen\.json:1:1: error quick-launch-profile /m);
  });

  test('usage errors exit 2 and name the flag', () => {
    const bad = run(['--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('lp-manifest: --fail-on: "sometimes" is not one of error, warning, never\n');
    const rule = run(['--rules', 'no-such-rule=off']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule id "no-such-rule"; valid ids: invalid-json, duplicate-key');
    const zero = run(['--profiles', '42,000']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('lp-manifest: --profiles: "000" is not a profile id; profile ids are positive integers (e.g. "42, 43")\n');
    expect(run(['--profiles=-4']).stderr).toBe('lp-manifest: --profiles: "-4" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")\n');
    expect(run(['apps/good.json', '--profiles', '2338395712']).code).toBe(0);
    const glob = run(['nothing/**/*.json']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe('lp-manifest: no file matches "nothing/**/*.json"\n');
  });

  test('a PATH that does not exist is a usage error (exit 2) naming it, which no --rules can turn off', () => {
    for (const args of [['apps/missing.json'], ['apps/good.json', 'apps/missing.json', '--rules', 'unreadable-file=off'], ['--fail-on', 'never', 'apps/missing.json']]) {
      const r = run(args);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: no such file or directory: "apps/missing.json"\n' });
    }
    // Below a file (ENOTDIR), and an absolute path.
    expect(run(['apps/good.json/x.json'])).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: no such file or directory: "apps/good.json/x.json"\n' });
    const absolute = join(ws.root, 'nowhere', 'a.json');
    expect(run([absolute])).toEqual({ code: 2, stdout: '', stderr: `lp-manifest: no such file or directory: ${JSON.stringify(absolute)}\n` });
  });

  test('a broken symbolic link given as PATH exists: it is checked and reported as unreadable-file', () => {
    const local = tempWorkspace();
    try {
      symlinkSync(join(local.root, 'nowhere.json'), join(local.root, 'dangling.json'));
      const r = spawnSync(process.execPath, [cli, 'dangling.json'], { cwd: local.root, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('dangling.json:1:1: error unreadable-file file not found (or a broken symbolic link)\n1 error, 0 warnings in 1 manifest\n');
    } finally {
      local.cleanup();
    }
  });

  test('a directory argument is searched inside the same workspace: --exclude and symbolic links as in auto-discovery', () => {
    const local = tempWorkspace();
    try {
      local.write('apps/a.json', '{"client_name": "A"}\n');
      local.write('apps/broken.json', '{"client_name": "Broken", }\n');
      local.write('shared/tsconfig.base.json', '{"compilerOptions": {"strict": true}}\n');
      symlinkSync(join(local.root, 'shared/tsconfig.base.json'), join(local.root, 'apps/tsconfig.json'));
      const runIn = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: local.root, encoding: 'utf8' });
      // The exclude glob is workspace-relative, as for auto-discovery.
      const excluded = runIn(['apps', '--exclude', 'apps/broken.json']);
      expect(excluded.status).toBe(0);
      expect(excluded.stdout).toBe('0 errors, 0 warnings in 1 manifest\n');
      // A link from apps/ to a file elsewhere in the workspace is judged by its content (not a manifest).
      const all = runIn(['apps']);
      expect(all.stdout.split('\n')).toEqual(["apps/broken.json:1:25: error invalid-json invalid JSON: trailing comma before '}' is not allowed in JSON", '1 error, 0 warnings in 2 manifests', '']);
    } finally {
      local.cleanup();
    }
  });

  test('in a git work tree git refuses, the walk is used and a warning says so', () => {
    const local = tempWorkspace();
    try {
      spawnSync('git', ['init', '-q'], { cwd: local.root });
      local.write('.gitignore', 'dist/\n');
      local.write('apps/a.json', '{"client_name": "A"}\n');
      local.write('dist/a.json', '{"client_name": "Built"}\n');
      local.write('.git/HEAD', 'not a ref\n');
      const r = spawnSync(process.execPath, [cli], { cwd: local.root, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANGUAGE: '' } });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('0 errors, 0 warnings in 2 manifests\n');
      expect(r.stderr).toBe(
        'lp-manifest: warning: git could not list the files of this repository (fatal: not a git repository (or any of the parent directories): .git); every file but node_modules/ and .git/ was searched instead, including files .gitignore excludes\n',
      );
    } finally {
      local.cleanup();
    }
  });
});
