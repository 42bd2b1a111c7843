// Hostile conditions for the built action (dist/index.js): bad inputs name the input; API faults of
// every kind never change the verdict nor lose a finding (log, annotations, summary, report all have
// every finding); secrets and the token never reach any output, even with debug logging on.
import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { FAKE_TOKEN, OWNER, REPO, runAction, startApi, type FakeApi, type RunResult } from '../action/harness.js';

const CHECK_RUNS = `POST /repos/${OWNER}/${REPO}/check-runs`;
const SECRET_HEADER = 'Bearer sk_live_9fJ2kQ7xZ4mP1vT8wR3yL6nB0cD5hG2e';
const SECRET_CLIENT = 'cs_4Hq9Zt2Lm7Xv1Rp8Kw3Ny6Bj0Fd5Gs';
const BAD = [
  '{',
  '  "client_name": "Faulty",',
  '  "client_secret": "' + SECRET_CLIENT + '",',
  '  "capabilities": { "webhooks": { "cqm.ExConversationChangeNotification": {',
  '    "endpoint": "https://hooks.acme.example.com/x", "max_retries": 9,',
  '    "headers": [{ "header_name": "Authorization", "header_value": "' + SECRET_HEADER + '" }]',
  '  } } }',
  '}',
  '',
].join('\n');
const EXPECTED_RULES = ['range', 'secret-in-header', 'server-field'];

let ws: TempWorkspace | undefined;
let api: FakeApi | undefined;
afterEach(async () => {
  ws?.cleanup();
  ws = undefined;
  await api?.close();
  api = undefined;
});

async function setup(): Promise<{ ws: TempWorkspace; api: FakeApi }> {
  ws = tempWorkspace();
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  ws.write('apps/faulty.json', BAD);
  ws.write('apps/good.json', '{"client_name": "Good"}\n');
  api = await startApi();
  return { ws, api };
}

/**
 * Every finding reached the log (text report line), an annotation (of the completed check run, or
 * else a workflow command: annotations auto), the job summary and the report.
 */
function expectEveryFinding(r: RunResult): void {
  const checkRunAnnotations = (api?.requests ?? []).flatMap((q) => (q.body as { output?: { annotations?: { path: string; title: string }[] } } | undefined)?.output?.annotations ?? []);
  const completed = (api?.requests ?? []).some((q) => (q.body as { status?: string } | undefined)?.status === 'completed' && (q.replyStatus ?? 500) < 300);
  for (const rule of EXPECTED_RULES) {
    expect(r.stdout).toMatch(new RegExp(`^apps/faulty\\.json:\\d+:\\d+: \\w+ ${rule} `, 'm'));
    const asCommand = r.commands.some((c) => c.startsWith('::') && c.includes('file=apps/faulty.json') && c.includes(`title=${rule} `));
    const inCheckRun = completed && checkRunAnnotations.some((a) => a.path === 'apps/faulty.json' && a.title.startsWith(`${rule} `));
    expect(asCommand || inCheckRun).toBe(true);
    expect(asCommand && inCheckRun).toBe(false); // never both (annotations: auto)
    expect(r.summary).toContain(rule);
  }
  const findings = (r.report!.files as { path: string; findings: { rule: string }[] }[]).find((f) => f.path === 'apps/faulty.json')!.findings.map((f) => f.rule);
  expect([...findings].sort()).toEqual(EXPECTED_RULES);
  expect(r.outputs).toMatchObject({ valid: 'false', manifests: '2', errors: '2', warnings: '1' });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('bad inputs: a clear error naming the input, before any API call', () => {
  test.each([
    ['fail-on', 'sometimes', '::error::fail-on: "sometimes" is not one of error, warning, never'],
    ['profiles', '42, abc', '::error::profiles: "abc" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
    ['profiles', '4.5', '::error::profiles: "4.5" is not a profile id'],
    ['profiles', '42, 0', '::error::profiles: "0" is not a profile id; profile ids are positive integers (e.g. "42, 43")'],
    ['rules', 'no-such-rule=off', '::error::rules: unknown rule id "no-such-rule"; valid ids: invalid-json, duplicate-key, unreadable-file,'],
    ['rules', 'placeholder=loud', '::error::rules: "loud" for placeholder is not one of off, warning, error'],
    ['files', '../outside/*.json', '::error::files: "../outside/*.json" points outside the workspace'],
    ['exclude', '/etc/*.json', '::error::exclude: "/etc/*.json" points outside the workspace'],
    ['require-quick-launch', 'yes please', '::error::require-quick-launch: "yes please" is not true or false'],
  ])('%s: %s', async (input, value, message) => {
    const { ws, api } = await setup();
    const r = await runAction({ workspace: ws.root, api, inputs: { [input]: value } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').some((l) => l.startsWith(message))).toBe(true);
    expect(api.requests).toEqual([]);
  });
});

describe('API faults on the check run: same verdict, every finding delivered', () => {
  test('baseline without a fault: exit 1, check run created', async () => {
    const { ws, api } = await setup();
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests).toHaveLength(1);
    expectEveryFinding(r);
  });

  test.each([
    ['404', [{ status: 404, body: { message: 'Not Found' } }], 1],
    ['422', [{ status: 422, body: { message: 'Validation Failed' } }], 1],
    ['500 repeated', [{ status: 500 }, { status: 500 }, { status: 500 }], 3],
    ['502 repeated', [{ status: 502 }, { status: 502 }, { status: 502 }], 3],
    [
      'rate limited (x-ratelimit-remaining: 0, reset in an hour)',
      [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded' } }],
      1,
    ],
  ])('%s', async (_name, replies, requests) => {
    const { ws, api } = await setup();
    api.queue(CHECK_RUNS, ...replies);
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests).toHaveLength(requests);
    expect(r.commands.some((c) => c.startsWith('::warning::create-check:') || c.startsWith('::notice::create-check:'))).toBe(true);
    expectEveryFinding(r);
  });

  test('a hung request times out (bounded) and the run still finishes', async () => {
    const { ws, api } = await setup();
    api.queue(CHECK_RUNS, { status: 0, hang: true }, { status: 0, hang: true }, { status: 0, hang: true });
    const started = Date.now();
    const r = await runAction({ workspace: ws.root, api, env: { LP_MANIFEST_API_TIMEOUT_MS: '300' } });
    expect(Date.now() - started).toBeLessThan(20000);
    expect(r.code).toBe(1);
    expectEveryFinding(r);
  });

  test('connection refused', async () => {
    const { ws } = await setup();
    const port = await closedPort();
    const r = await runAction({ workspace: ws.root, api: { url: `http://127.0.0.1:${port}` } as FakeApi });
    expect(r.code).toBe(1);
    expect(r.commands.some((c) => c.startsWith('::warning::create-check:'))).toBe(true);
    expectEveryFinding(r);
  });

  test('fail-on never: a fault does not turn the step red either', async () => {
    const { ws, api } = await setup();
    api.queue(CHECK_RUNS, { status: 500 }, { status: 500 }, { status: 500 });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expectEveryFinding(r);
  });
});

describe('secrets', () => {
  test('header_value, client_secret and the token appear in no output, even with debug logging', async () => {
    const { ws, api } = await setup();
    const r = await runAction({
      workspace: ws.root,
      api,
      inputs: { 'sarif-file': 'out/lp.sarif', 'report-file': 'out/report.json', profiles: '42' },
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true', ACTIONS_RUNNER_DEBUG: 'true' },
    });
    expect(r.code).toBe(1);
    expectEveryFinding(r);
    const { readFileSync } = await import('node:fs');
    const everything = [
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      JSON.stringify(r.report),
      readFileSync(`${ws.root}/out/lp.sarif`, 'utf8'),
      JSON.stringify(api.requests.map((q) => q.body)),
    ].join('\n');
    expect(everything).not.toContain(SECRET_HEADER);
    expect(everything).not.toContain(SECRET_HEADER.slice(7));
    expect(everything).not.toContain(SECRET_CLIENT);
    const tokenLines = everything.split('\n').filter((l) => l.includes(FAKE_TOKEN));
    expect(tokenLines).toEqual(tokenLines.filter((l) => l === `::add-mask::${FAKE_TOKEN}`));
  });
});

describe('file names chosen by a pull request', () => {
  test('a line break in a file name cannot start a workflow command in the log', async () => {
    const { ws, api } = await setup();
    const injected = 'x\n::warning file=z.json::INJECTED\n::stop-commands::tok\ny.json';
    ws.write(injected, '{"client_name": "Good", "clientName": "x"}\n');
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false' } });
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::warning file=z.json') || l.startsWith('::stop-commands::'))).toEqual([]);
    // The text report shows the name with its line breaks escaped, on one line.
    expect(lines).toContain('x\\n::warning file=z.json::INJECTED\\n::stop-commands::tok\\ny.json:1:25: error unknown-property unknown property "clientName"; did you mean "client_name"?');
    // The duplicate-client-name message names the other file the same way.
    expect(lines).toContain(
      `apps/good.json:1:17: error duplicate-client-name client_name "Good" is also used by x\\n::warning file=z.json::INJECTED\\n::stop-commands::tok\\ny.json:1; LivePerson requires it to be unique`,
    );
  });
});
