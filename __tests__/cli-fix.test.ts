// The built command line's --fix, --fix-dry-run and --format rdjson (dist/cli.js), as a user runs
// them: on a copy of examples/broken, --fix leaves exactly the findings that need judgement.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { RDJSON_SCHEMA } from './support/rdjson-schema.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file of the workspace, as bytes. */
function snapshot(): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(ws.root).map((f) => [f, readFileSync(join(ws.root, f))]));
}

beforeEach(() => {
  ws = tempWorkspace();
  cpSync(join(process.cwd(), 'examples', 'broken'), ws.root, { recursive: true });
});
afterEach(() => ws.cleanup());

const REMAINING = [
  'not-json.json:3:3: error invalid-json invalid JSON: comments are not allowed in JSON',
  'quick-launch.json:4:16: error quick-launch entry_uri is empty but quick_launch_enabled is true: the app will not appear in the QuickLaunch menu; set the URI that starts the app',
  'typos.json:11:21: error format endpoint of ms.MessagingEventNotification.ContentEvent must be an absolute https:// URL',
  'typos.json:12:24: error range max_retries of ms.MessagingEventNotification.ContentEvent is 7; it must be between 0 and 5',
  '4 errors, 0 warnings in 3 manifests',
  '',
];

const TYPOS_FIXED = `{
  "client_name": "Acme Bot",
  "grant_types": ["client_credentials"],
  "scope": "msg.consumer",
  "capabilities": {
    "webhooks": {
      "cqm.ExConversationChangeNotification": {
        "endpoint": "https://hooks.acme.example.com/conversations"
      },
      "ms.MessagingEventNotification.ContentEvent": {
        "endpoint": "http://hooks.acme.example.com/content",
        "max_retries": 7
      }
    }
  }
}
`;

describe('--fix on examples/broken', () => {
  test('leaves only the findings that need judgement; the files parse; a second --fix changes nothing', () => {
    const before = snapshot();
    const first = run(['--fix']);
    expect(first.stdout.split('\n')).toEqual(REMAINING);
    expect(first.stderr).toBe('lp-manifest: fixed quick-launch.json (1 fix)\nlp-manifest: fixed typos.json (3 fixes)\n');
    expect(first.code).toBe(1);
    const after = snapshot();
    expect(after['typos.json']!.toString()).toBe(TYPOS_FIXED);
    expect(after['quick-launch.json']!.toString()).toBe(before['quick-launch.json']!.toString().replace('[42, 42]', '[42]'));
    expect(after['not-json.json']).toEqual(before['not-json.json']); // a comment needs a person
    for (const f of ['typos.json', 'quick-launch.json']) expect(() => JSON.parse(after[f]!.toString())).not.toThrow();

    const second = run(['--fix']);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe('');
    expect(snapshot()).toEqual(after);
  });

  test('--fix-dry-run prints the exact diff and writes nothing; its exit code is what --fix would leave', () => {
    const before = snapshot();
    const r = run(['--fix-dry-run']);
    expect(r.stdout).toBe(
      [
        '--- a/quick-launch.json',
        '+++ b/quick-launch.json',
        '@@ -2,6 +2,6 @@',
        '   "client_name": "Acme Reports",',
        '   "quick_launch_enabled": true,',
        '   "entry_uri": "",',
        '-  "enabled_for_profiles": [42, 42],',
        '+  "enabled_for_profiles": [42],',
        '   "logo_uri": "https://cdn.acme.example.com/logo.png"',
        ' }',
        '--- a/typos.json',
        '+++ b/typos.json',
        '@@ -1,10 +1,10 @@',
        ' {',
        '-  "clientName": "Acme Bot",',
        '-  "grant_types": ["client_credential"],',
        '+  "client_name": "Acme Bot",',
        '+  "grant_types": ["client_credentials"],',
        '   "scope": "msg.consumer",',
        '   "capabilities": {',
        '     "webhooks": {',
        '-      "ms.MessagingEventNotification.ExConversationChangeNotification": {',
        '+      "cqm.ExConversationChangeNotification": {',
        '         "endpoint": "https://hooks.acme.example.com/conversations"',
        '       },',
        '       "ms.MessagingEventNotification.ContentEvent": {',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  test('--fix-dry-run of a file holding a workflow command line wraps the diff in stop-commands', () => {
    // Only a file that does not parse can hold such a line (here after a trailing comma).
    ws.write('cmd.json', '{"client_name": "x",\n}\n::error::pwned\n');
    const r = run(['--fix-dry-run', 'cmd.json']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
    expect(lines.slice(1, -2)).toEqual(['--- a/cmd.json', '+++ b/cmd.json', '@@ -1,3 +1,3 @@', '-{"client_name": "x",', '+{"client_name": "x"', ' }', ' ::error::pwned']);
    expect(lines.at(-2)).toBe(`::${lines[0]!.slice('::stop-commands::'.length)}::`);
  });

  test('a symbolic link to a manifest is not written through', () => {
    ws.write('real/app.json', '{"clientName": "Acme"}\n');
    symlinkSync(join(ws.root, 'real/app.json'), join(ws.root, 'link.json'));
    const r = run(['--fix', 'link.json']);
    expect(r.stderr).toBe('lp-manifest: warning: link.json was not fixed: a symbolic link (or a platform that cannot open a file without following one); fix the file it points to\n');
    expect(r.stdout).toMatch(/^link\.json:1:1: error required .*\nlink\.json:1:2: error unknown-property /);
    expect(r.code).toBe(1);
    expect(lstatSync(join(ws.root, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(ws.root, 'real/app.json'), 'utf8')).toBe('{"clientName": "Acme"}\n');
  });

  test('usage: --fix with --fix-dry-run, or --fix-dry-run with --format, exits 2', () => {
    expect(run(['--fix', '--fix-dry-run'])).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: --fix and --fix-dry-run: give one (--fix-dry-run shows what --fix would change)\n' });
    expect(run(['--fix-dry-run', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'lp-manifest: --fix-dry-run prints a unified diff: --format does not apply\n' });
  });

  test('--fix --format json reports what remains, with its suggestions', () => {
    const report = JSON.parse(run(['--fix', '--format', 'json', 'typos.json']).stdout);
    expect(report.files[0].findings.map((f: any) => [f.rule, f.fix, f.suggestion?.description])).toEqual([
      ['format', undefined, 'use https://'],
      ['range', undefined, 'set max_retries to 5'],
    ]);
  });
});

describe('--format rdjson (reviewdog)', () => {
  test('one document: columns in UTF-8 bytes (a BOM counts on line 1), fixes and suggestions as suggestions', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const body = '{"display_name": "Café 😀", "grant_types": ["client_credential"],\n  "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "http://é.example.com"}}}}\n';
    ws.write('rd.json', Buffer.concat([bom, Buffer.from(body)]));
    const r = run(['--format', 'rdjson', 'rd.json']);
    expect(r.code).toBe(1);
    const readme = 'https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md';
    // UTF-16 columns 1:45-1:64 and 2:86-2:108: é is 2 bytes, 😀 4 bytes (2 UTF-16 units), the BOM 3.
    expect(JSON.parse(r.stdout)).toEqual({
      source: { name: 'lp-manifest', url: 'https://github.com/lp-manifest/liveperson-manifest-action' },
      diagnostics: [
        {
          message: 'missing required property "client_name"',
          location: { path: 'rd.json', range: { start: { line: 1, column: 4 }, end: { line: 1, column: 5 } } },
          severity: 'ERROR',
          code: { value: 'required', url: `${readme}#required` },
        },
        {
          message: '"client_credential" is not a supported value of grant_types; supported: "client_credentials", "refresh_token", "authorization_code"',
          location: { path: 'rd.json', range: { start: { line: 1, column: 51 }, end: { line: 1, column: 70 } } },
          severity: 'ERROR',
          code: { value: 'enum', url: `${readme}#enum` },
          suggestions: [{ range: { start: { line: 1, column: 51 }, end: { line: 1, column: 70 } }, text: '"client_credentials"' }],
        },
        {
          message: 'endpoint of cqm.ExConversationChangeNotification must be an absolute https:// URL',
          location: { path: 'rd.json', range: { start: { line: 2, column: 86 }, end: { line: 2, column: 109 } } },
          severity: 'ERROR',
          code: { value: 'format', url: `${readme}#format` },
          suggestions: [{ range: { start: { line: 2, column: 86 }, end: { line: 2, column: 109 } }, text: '"https://é.example.com"' }],
        },
      ],
    });
  });

  test('examples/broken as rdjson matches the Reviewdog Diagnostic Format (DiagnosticResult)', () => {
    const doc = JSON.parse(run(['--format', 'rdjson']).stdout);
    const validate = new Ajv({ allErrors: true }).compile(RDJSON_SCHEMA);
    expect(validate.errors ?? validate(doc)).toBe(true);
    expect(doc.diagnostics.map((d: any) => [d.location.path, d.code.value, d.severity, d.suggestions?.length ?? 0])).toEqual([
      ['not-json.json', 'invalid-json', 'ERROR', 0],
      ['quick-launch.json', 'quick-launch', 'ERROR', 0],
      ['quick-launch.json', 'duplicate-item', 'WARNING', 1],
      ['typos.json', 'required', 'ERROR', 0],
      ['typos.json', 'unknown-property', 'ERROR', 1],
      ['typos.json', 'enum', 'ERROR', 1],
      ['typos.json', 'unknown-event', 'ERROR', 1],
      ['typos.json', 'format', 'ERROR', 1],
      ['typos.json', 'range', 'ERROR', 1],
    ]);
  });
});

describe('SARIF fixes', () => {
  test('results with a fix carry SARIF 2.1.0 fixes (artifactChanges with replacements); suggestions do not', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'typos.json', 'quick-launch.json']).stdout);
    const results = sarif.runs[0].results;
    expect(results.map((r: any) => [r.ruleId, r.fixes?.length ?? 0])).toEqual([
      ['quick-launch', 0],
      ['duplicate-item', 1],
      ['required', 0],
      ['unknown-property', 1],
      ['enum', 1],
      ['unknown-event', 1],
      ['format', 0],
      ['range', 0],
    ]);
    expect(results[1].fixes).toEqual([
      {
        description: { text: 'remove the repeated item enabled_for_profiles[1]' },
        artifactChanges: [{ artifactLocation: { uri: 'quick-launch.json', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 5, startColumn: 30, endLine: 5, endColumn: 34 } }] }],
      },
    ]);
    expect(results[3].fixes).toEqual([
      {
        description: { text: 'rename "clientName" to "client_name"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'typos.json', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 }, insertedContent: { text: '"client_name"' } }],
          },
        ],
      },
    ]);
    // Structure (§3.55, §3.56, §3.57): every fix has a description and changes to this result's file.
    for (const r of results.filter((x: any) => x.fixes)) {
      for (const fix of r.fixes) {
        expect(Object.keys(fix).sort()).toEqual(['artifactChanges', 'description']);
        expect(fix.artifactChanges).toHaveLength(1);
        expect(fix.artifactChanges[0].artifactLocation).toEqual(r.locations[0].physicalLocation.artifactLocation);
        for (const rep of fix.artifactChanges[0].replacements) {
          expect(Object.keys(rep.deletedRegion).sort()).toEqual(['endColumn', 'endLine', 'startColumn', 'startLine']);
          expect(Object.keys(rep).every((k) => k === 'deletedRegion' || k === 'insertedContent')).toBe(true);
        }
      }
    }
  });
});
