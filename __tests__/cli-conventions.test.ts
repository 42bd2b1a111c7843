// The command line's conventions (as ESLint users expect them), through the built dist/cli.js:
// --stdin/--stdin-filename, --output-file/-o, --quiet, --max-warnings, colour on terminals only,
// did-you-mean for rule ids, grouped numbers, --format junit/codeclimate.
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';
import { junitViolations, parseXml } from './support/junit-schema.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;
function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv;
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR !== undefined) env.FORCE_COLOR = options.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.root, encoding: 'utf8', input: options.input, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const MIXED = ['{', '  "client_name": "Mixed",', '  "displayName": "M",', '  "entry_uri": "http://mixed.example.com/"', '}', ''].join('\n');
const WARN = ['{', '  "client_name": "Warn",', '  "redirect_uris": ["http://warn.example.com/cb"]', '}', ''].join('\n');
const UNKNOWN = 'apps/mixed.json:3:3: error unknown-property unknown property "displayName"; did you mean "display_name"?';
const INSECURE = 'apps/mixed.json:4:16: warning insecure-url entry_uri uses http://: the app would load unencrypted; use https://';
beforeAll(() => {
  ws = tempWorkspace();
  ws.write('apps/mixed.json', MIXED);
  ws.write('apps/warn.json', WARN);
});
afterAll(() => ws.cleanup());

describe('--stdin', () => {
  test('checks standard input under --stdin-filename (or <stdin>)', () => {
    expect(run(['--stdin', '--stdin-filename', 'apps/mixed.json'], { input: MIXED })).toEqual({ code: 1, stdout: `${UNKNOWN}\n${INSECURE}\n1 error, 1 warning in 1 manifest\n`, stderr: '' });
    expect(run(['--stdin', '--format', 'json'], { input: '{"client_name": "S", "scope": "msg.consumer"}' }).stdout).toContain('"path": "<stdin>"');
  });
  test("the config file's overrides apply by that path; an encoding problem is a finding there", () => {
    ws.write('.lp-manifest.yaml', 'overrides:\n  - files: ["apps/**"]\n    rules: {insecure-url: off}\n');
    try {
      expect(run(['--stdin', '--stdin-filename', 'apps/mixed.json'], { input: MIXED }).stdout).toBe(`${UNKNOWN}\n1 error, 0 warnings in 1 manifest\n`);
    } finally {
      ws.write('.lp-manifest.yaml', '');
    }
    const wide = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]);
    expect(run(['--stdin', '--stdin-filename', 'x.json'], { input: wide }).stdout).toBe(
      'x.json:1:1: error unreadable-file file is UTF-16LE encoded; save it as UTF-8\n1 error, 0 warnings in 1 manifest\n',
    );
  });
  test('usage errors', () => {
    expect(run(['--stdin-filename', 'a.json'])).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: --stdin-filename names the text of --stdin: give --stdin too\n' });
    expect(run(['--stdin', 'apps'], { input: '' }).stderr).toBe('lp-manifest: --stdin checks standard input: give no PATH (use --stdin-filename for the path to report)\n');
    expect(run(['--stdin', '--fix'], { input: '' }).stderr).toBe('lp-manifest: --fix works on files: not with --stdin\n');
  });
});

describe('--output-file, --quiet, --max-warnings', () => {
  test('-o writes the report there (its folder made), nothing on stdout', () => {
    const r = run(['-o', 'out/report.json', '--format', 'json']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(ws.root, 'out/report.json'), 'utf8')).summary).toEqual({ manifests: 2, errors: 1, warnings: 2, valid: false });
    expect(run(['--output-file', 'apps/mixed.json/x']).stderr).toBe('lp-manifest: --output-file: cannot write "apps/mixed.json/x" ("apps/mixed.json" is not a folder)\n');
  });
  test('--quiet: errors only in the output; the exit code still counts the warnings', () => {
    expect(run(['--quiet'])).toEqual({ code: 1, stdout: `${UNKNOWN}\n1 error, 0 warnings in 2 manifests\n`, stderr: '' });
    expect(run(['--quiet', 'apps/warn.json', '--fail-on', 'warning']).code).toBe(1);
  });
  test('--max-warnings N: exit 1 past N warnings', () => {
    expect(run(['apps/warn.json', '--max-warnings', '1']).code).toBe(0);
    const r = run(['apps/warn.json', 'apps/mixed.json', '--rules', 'unknown-property=off', '--max-warnings', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lp-manifest: 2 warnings, more than --max-warnings 1\n');
    expect(run(['--max-warnings=-1']).stderr).toBe('lp-manifest: --max-warnings: "-1" is not a number of warnings (a whole number such as 0 or 10)\n');
  });
});

describe('colour, did-you-mean, numbers', () => {
  test('no colour into a pipe; FORCE_COLOR turns it on, NO_COLOR wins', () => {
    expect(run(['apps/warn.json']).stdout).not.toContain('\u001b');
    const coloured = run(['apps/warn.json'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured.split('\n')[0]).toBe(
      'apps/warn.json:3:21: \u001b[33mwarning\u001b[0m \u001b[2minsecure-url\u001b[0m redirect_uris[0] uses http://: the authorization response would travel unencrypted; use https://',
    );
    expect(run(['apps/warn.json'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b');
    expect(run(['apps/warn.json'], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\u001b');
    expect(run(['--format', 'json', 'apps/warn.json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b');
  });
  test('an unknown rule id or level: the closest valid one', () => {
    expect(run(['--rules', 'placeholdr=off']).stderr).toBe('lp-manifest: --rules: unknown rule id "placeholdr"; did you mean "placeholder"?\n');
    expect(run(['--rules', 'placeholder=of']).stderr).toBe('lp-manifest: --rules: "of" for placeholder is not one of off, warning, error; did you mean "off"?\n');
    expect(run(['--fail-on', 'warnings']).stderr).toBe('lp-manifest: --fail-on: "warnings" is not one of error, warning, never; did you mean "warning"?\n');
  });
  test('counts grouped in every sentence', () => {
    const keys = Array.from({ length: 1200 }, (_, i) => `"k${i}": 0`).join(', ');
    ws.write('big/many.json', `{"client_name": "Many", "scope": "msg.consumer", ${keys}}`);
    try {
      expect(run(['big/many.json']).stdout.split('\n').slice(-3)).toEqual([
        'big/many.json: 200 more unknown-property errors not listed (at most 1,000 of one rule per file)',
        '1,200 errors, 0 warnings in 1 manifest',
        '',
      ]);
    } finally {
      ws.write('big/many.json', '{}');
    }
  });
});

describe('--format junit and codeclimate', () => {
  test('junit: valid JUnit XML, a test case per manifest', () => {
    const r = run(['--format', 'junit']);
    expect(r.code).toBe(1);
    const xml = parseXml(r.stdout);
    expect(junitViolations(xml)).toEqual([]);
    expect(xml.children[0]!.children.map((c) => [c.attributes.name, c.children.map((x) => x.name)])).toEqual([
      ['apps/mixed.json', ['failure', 'system-out']],
      ['apps/warn.json', ['system-out']],
    ]);
  });
  test('codeclimate: one issue per finding', () => {
    const issues = JSON.parse(run(['--format', 'codeclimate']).stdout);
    expect(
      issues.map((i: { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]),
    ).toEqual([
      ['unknown-property', 'major', 'apps/mixed.json', 3],
      ['insecure-url', 'minor', 'apps/mixed.json', 4],
      ['insecure-url', 'minor', 'apps/warn.json', 3],
    ]);
  });
});
