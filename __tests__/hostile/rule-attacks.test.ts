// Issue 11, items 4, 6, 10 and 11, through what ships (dist/cli.js, dist/index.js; `npm run build`
// first): one finding never hides another, a misspelled event's webhook is still checked, no regular
// expression runs away on a file near the 1 MiB limit, and a huge array's findings are all counted
// (the first 1,000 of each rule listed, the rest in FileResult.omitted). No
// timed assertion: a run that does not finish fails on Jest's timeout, and its process is killed.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { at, runAction, startApi, type FakeApi } from '../action/harness.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const MIB = 1024 * 1024;

let ws: TempWorkspace | undefined;
let api: FakeApi | undefined;
const running = new Set<ChildProcess>();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
});

afterEach(async () => {
  for (const child of running) child.kill('SIGKILL'); // a run the timeout cut short
  running.clear();
  ws?.cleanup();
  ws = undefined;
  await api?.close();
  api = undefined;
});

/** Runs the command line in the workspace, asynchronously (so Jest's timeout can end a runaway). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ws!.root, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

function workspace(files: Record<string, string>): TempWorkspace {
  ws = tempWorkspace();
  for (const [path, text] of Object.entries(files)) ws.write(path, text);
  return ws;
}

describe('item 4: turning one rule down never hides another', () => {
  test('{"clientName": "A"} with unknown-property off still fails on the missing client_name', async () => {
    workspace({ 'a.json': '{"clientName": "A"}\n' });
    const r = await cli(['a.json', '--rules', 'unknown-property=off']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.json:1:1: error required missing required property "client_name"\n1 error, 0 warnings in 1 manifest\n');
  });

  test('with unknown-property on, both findings, each at its own token', async () => {
    workspace({ 'a.json': '{"clientName": "A"}\n' });
    const r = await cli(['a.json']);
    expect(r.stdout.split('\n')).toEqual([
      'a.json:1:1: error required missing required property "client_name"',
      'a.json:1:2: error unknown-property unknown property "clientName"; did you mean "client_name"? (client_name is required)',
      '2 errors, 0 warnings in 1 manifest',
      '',
    ]);
  });
});

describe('item 6: the body under an unknown webhook event key is checked as a webhook', () => {
  test('max_retries: 9, an http endpoint, a bad header and a tunnel host under a misspelled event: one run reports all', async () => {
    const text = [
      '{',
      '  "client_name": "A",',
      '  "capabilities": { "webhooks": {',
      '    "retry": { "retention_time": 60 },',
      '    "ms.MessagingEventNotification.ChatStateEvnt": {',
      '      "endpoint": "http://abc.ngrok-free.app/hook",',
      '      "max_retries": 9,',
      '      "headers": [{ "header_name": "X Token", "header_value": "Bearer abc" }]',
      '    }',
      '  } }',
      '}',
      '',
    ].join('\n');
    workspace({ 'a.json': text });
    const r = await cli(['a.json']);
    expect(r.code).toBe(1);
    const event = '"ms.MessagingEventNotification.ChatStateEvnt"';
    expect(r.stdout.split('\n')).toEqual([
      `a.json:5:5: error unknown-event unknown webhook event ${event}; did you mean "ms.MessagingEventNotification.ChatStateEvent"? This webhook never fires`,
      `a.json:6:19: error format endpoint of ${event} must be an absolute https:// URL`,
      `a.json:6:19: warning unreachable-endpoint the endpoint of ${event} is an ngrok tunnel ("abc.ngrok-free.app"): LivePerson reaches it only while the tunnel runs; use the public https:// host of the deployed service`,
      `a.json:7:22: warning max-retries-ignored max_retries of ${event} is ignored because capabilities.webhooks.retry.retention_time is set (failed notifications are retried for that long); remove max_retries, set it to 0 to drop this event instead of retrying it, or remove retry to use max_retries`,
      `a.json:7:22: error range max_retries of ${event} is 9; it must be between 0 and 5`,
      `a.json:8:36: error header-name the header_name of headers[0] of ${event} contains white space; use letters, digits and !#$%&'*+-.^_\`|~ only (RFC 9110), e.g. "X-My-Header"`,
      `a.json:8:63: warning secret-in-header the header_value of headers[0] of ${event} looks like a credential (it starts with the "Bearer" authorization scheme); do not commit credentials: inject them at deploy time, and rotate this one`,
      '4 errors, 3 warnings in 1 manifest',
      '',
    ]);
  });
});

describe('item 10: no regular expression runs away on a file near the 1 MiB limit', () => {
  test('secret-in-header: "Bearer" + about a million spaces + "\\nx\\ny" is one warning (was quadratic: minutes)', async () => {
    const head =
      '{"client_name": "A", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://hooks.example.com/a", "headers": [{"header_name": "X-Hook", "header_value": "Bearer';
    const tail = '\\nx\\ny"}]}}}}\n';
    const text = head + ' '.repeat(MIB - 16 - head.length - tail.length) + tail;
    expect(Buffer.byteLength(text)).toBe(MIB - 16);
    workspace({ 'big.json': text });
    const r = await cli(['big.json']);
    expect(r.code).toBe(0);
    const value = at(text, '"Bearer');
    const end = text.indexOf('"}]') + 2;
    expect(r.stdout).toBe(
      `big.json:1:${value.column}: warning secret-in-header the header_value of headers[0] of cqm.ExConversationChangeNotification looks like a credential (it starts with the "Bearer" authorization scheme); do not commit credentials: inject them at deploy time, and rotate this one\n0 errors, 1 warning in 1 manifest\n`,
    );
    // The span ends after the closing quote (checked in the JSON report).
    const json = await cli(['big.json', '--format', 'json']);
    const [finding] = (JSON.parse(json.stdout) as { files: { findings: { line: number; column: number; endLine: number; endColumn: number }[] }[] }).files[0]!.findings;
    expect(finding).toMatchObject({ line: 1, column: value.column, endLine: 1, endColumn: end });
  });
});

describe('item 11: a huge array loses no finding (no stack overflow)', () => {
  const count = 130_000;
  const profiles = `{"client_name": "A", "enabled_for_profiles": [${Array<string>(count).fill('0').join(', ')}]}\n`;
  // Item i is at column 47 + 3 * i ('0, ' each).
  const column = (i: number) => 47 + 3 * i;

  test('130,000 zeros: 130,000 range errors and 129,999 duplicate-item warnings counted, the first 1,000 of each listed, no internal-error', async () => {
    workspace({ 'many.json': profiles });
    const r = await cli(['many.json', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      summary: unknown;
      files: { findings: { rule: string; severity: string; message: string; line: number; column: number; endColumn: number }[]; omitted: unknown }[];
    };
    expect(report.summary).toEqual({ manifests: 1, errors: count, warnings: count - 1, valid: false });
    const findings = report.files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'range')).toHaveLength(1000);
    expect(findings.filter((f) => f.rule === 'duplicate-item')).toHaveLength(1000);
    expect(findings).toHaveLength(2000);
    expect(report.files[0]!.omitted).toEqual([
      { rule: 'duplicate-item', severity: 'warning', count: count - 1 - 1000 },
      { rule: 'range', severity: 'error', count: count - 1000 },
    ]);
    // The first item: its range error; the last listed: item 999's range error, item 1,000's repeat (the first 1,000 repeats are items 1 to 1,000).
    expect(findings.slice(0, 1).concat(findings.slice(-2))).toEqual([
      {
        rule: 'range',
        severity: 'error',
        message: 'enabled_for_profiles[0] is 0; it must be at least 1 (a profile id is a positive integer)',
        pointer: '/enabled_for_profiles/0',
        line: 1,
        column: column(0),
        endLine: 1,
        endColumn: column(0) + 1,
      },
      {
        rule: 'range',
        severity: 'error',
        message: 'enabled_for_profiles[999] is 0; it must be at least 1 (a profile id is a positive integer)',
        pointer: '/enabled_for_profiles/999',
        line: 1,
        column: column(999),
        endLine: 1,
        endColumn: column(999) + 1,
      },
      {
        rule: 'duplicate-item',
        severity: 'warning',
        message: '0 is repeated in enabled_for_profiles (first at enabled_for_profiles[0])',
        pointer: '/enabled_for_profiles/1000',
        line: 1,
        column: column(1000),
        endLine: 1,
        endColumn: column(1000) + 1,
        // An item goes with the comma and space after it.
        fix: { description: 'remove the repeated item enabled_for_profiles[1000]', edits: [{ line: 1, column: column(1000), endLine: 1, endColumn: column(1001), text: '' }] },
      },
    ]);
    // The text report: the listed findings, then one line per rule and severity with the count.
    const text = await cli(['many.json']);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n').slice(-4)).toEqual([
      'many.json: 128,999 more duplicate-item warnings not listed (at most 1,000 of one rule per file)',
      'many.json: 129,000 more range errors not listed (at most 1,000 of one rule per file)',
      '130,000 errors, 129,999 warnings in 1 manifest',
      '',
    ]);
    expect(text.stdout.split('\n')).toHaveLength(2000 + 4);
  });

  test('the action: 129,999 duplicate-item warnings counted in the outputs and the report, the first 1,000 in the log', async () => {
    const ones = `{"client_name": "A", "enabled_for_profiles": [${Array<string>(count).fill('1').join(', ')}]}\n`;
    workspace({ 'apps/many.json': ones });
    execFileSync('git', ['init', '-q'], { cwd: ws!.root });
    api = await startApi();
    const r = await runAction({ workspace: ws!.root, api, inputs: { 'create-check': 'false', annotations: 'false' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const files = r.report!.files as { findings: { rule: string }[]; omitted: unknown }[];
    expect(files[0]!.findings.map((f) => f.rule)).toEqual(Array<string>(1000).fill('duplicate-item'));
    expect(files[0]!.omitted).toEqual([{ rule: 'duplicate-item', severity: 'warning', count: count - 1 - 1000 }]);
    expect(r.report!.summary).toEqual({ manifests: 1, errors: 0, warnings: count - 1, valid: true });
    expect(r.stdout.split('\n').filter((l) => / warning duplicate-item /.test(l))).toHaveLength(1000);
    expect(r.stdout).toContain('\napps/many.json: 128,999 more duplicate-item warnings not listed (at most 1,000 of one rule per file)\n');
    expect(r.stdout).not.toContain('internal-error');
    expect(r.outputs).toMatchObject({ valid: 'true', manifests: '1', errors: '0', warnings: String(count - 1) });
  });
});
