// The account checks end to end: the BUILT action (dist/index.js) and command line (dist/cli.js)
// against the loopback mock account (LP_CSDS_URL) and the fake GitHub API. Every secret (password,
// app secret, bearer, csrf, installed client_secret and header values) is looked for in every output
// channel: stdout (but for the runner's own ::add-mask:: lines, which come before the first
// request), stderr, the step outputs, the job summary, the JSON report, SARIF and every request to
// GitHub. `npm run build` first.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION, FAKE_TOKEN, ROOT, runAction, startApi, type FakeApi, type RunResult } from '../action/harness.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { ACCOUNT, APP_KEY, APP_SECRET, BEARER, CSRF, errorBody, MockAccount, PASSWORD, USERNAME, type MockOptions } from './mock-account.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const SECRETS = [PASSWORD, APP_SECRET, BEARER, CSRF, 'installed-client-secret-QQ', 'installed-header-value-QQ'];

let mock: MockAccount | undefined;
let api: FakeApi | undefined;
let ws: TempWorkspace | undefined;

beforeAll(() => {
  if (!existsSync(ACTION) || !existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first');
});

afterEach(async () => {
  const violations = [...(mock?.violations ?? []), ...(api?.violations ?? [])];
  await mock?.stop();
  await api?.close();
  ws?.cleanup();
  mock = undefined;
  api = undefined;
  ws = undefined;
  expect(violations).toEqual([]);
});

const BOT = '{\n  "client_name": "Bot",\n  "display_name": "Bot (new)",\n  "quick_launch_enabled": true,\n  "entry_uri": "https://bot.example.com/start",\n  "enabled_for_profiles": [42, 77]\n}\n';
const NEW = '{\n  "client_name": "New app"\n}\n';
const INSTALLED = [
  {
    id: 'inst-1',
    client_id: 'c1',
    client_secret: 'installed-client-secret-QQ',
    client_name: 'Bot',
    display_name: 'Bot',
    quick_launch_enabled: true,
    entry_uri: 'https://bot.example.com/start',
    enabled_for_profiles: [42, 77],
    capabilities: {
      webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://h.example.com/x', headers: [{ header_name: 'X-Team', header_value: 'installed-header-value-QQ' }] } },
    },
  },
  { id: 'inst-2', client_name: 'Only installed `@here` <img src=x>', client_secret: 'installed-client-secret-QQ' },
];

const CREDENTIALS = { 'liveperson-account': ACCOUNT, 'liveperson-username': USERNAME, 'liveperson-password': PASSWORD };

async function action(inputs: Record<string, string>, options: MockOptions = {}): Promise<RunResult & { sarif: string }> {
  mock = await new MockAccount(options).start();
  api = await startApi();
  ws = tempWorkspace();
  writeFileSync(join(ws.root, 'bot.json'), BOT);
  writeFileSync(join(ws.root, 'new.json'), NEW);
  const result = await runAction({ workspace: ws.root, api, eventName: 'push', inputs: { 'sarif-file': 'out.sarif', ...inputs }, env: { LP_CSDS_URL: mock.url } });
  const sarif = existsSync(join(ws.root, 'out.sarif')) ? readFileSync(join(ws.root, 'out.sarif'), 'utf8') : '';
  // No secret in any output channel. stdout holds the runner's ::add-mask:: commands (the runner
  // hides them), each before the first line that is not one of them... and no other line with a secret.
  const lines = result.stdout.split('\n');
  for (const secret of SECRETS) {
    const seen = lines.filter((l) => l.includes(secret));
    expect(seen.every((l) => l === `::add-mask::${secret}`)).toBe(true);
    for (const channel of [result.stderr, JSON.stringify(result.outputs), result.summary, JSON.stringify(result.report ?? {}), sarif, JSON.stringify(api.requests)])
      expect(channel).not.toContain(secret);
  }
  return { ...result, sarif };
}

describe('the action with liveperson-account', () => {
  test('profiles and installations read once each; unknown-profile, drift, names in the summary, the account member', async () => {
    const r = await action({ ...CREDENTIALS, 'compare-installed': 'true', profiles: 'Agent Manager, 42' }, { installations: INSTALLED });
    expect(mock!.requests.map((q) => q.service)).toEqual(['csds', 'login', 'profiles', 'installations', 'logout']);
    // The password is masked before the first request; the bearer and csrf as soon as they are read.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::') && l !== `::add-mask::${FAKE_TOKEN}`)).toEqual([`::add-mask::${PASSWORD}`, `::add-mask::${CSRF}`, `::add-mask::${BEARER}`]);
    const findings = (r.report!['files'] as { path: string; findings: { rule: string; line: number; message: string }[] }[]).flatMap((f) =>
      f.findings.map((x) => `${f.path}:${x.line} ${x.rule} ${x.message}`),
    );
    expect(findings).toEqual([
      'bot.json:1 drift webhook ms.MessagingEventNotification.ContentEvent: installed: endpoint "https://h.example.com/x"; this file: none',
      'bot.json:3 drift display_name: installed: "Bot"; this file: "Bot (new)"',
      "bot.json:6 unknown-profile profile 77 is not a profile of account 12345678: no user sees the app in QuickLaunch through it; the account's profiles: 42 (Agent), 43 (Administrator), 2338395712 (Agent Manager)",
    ]);
    expect(r.report!['account']).toEqual({
      account: ACCOUNT,
      profilesChecked: true,
      installedCompared: true,
      installedNotInRepository: [{ clientName: 'Only installed `@here` <img src=x>', id: 'inst-2' }],
      notYetInstalled: [{ path: 'new.json', clientName: 'New app' }],
      profileNames: { '42': 'Agent', '2338395712': 'Agent Manager' },
    });
    expect(r.summary).toContain('| manifest | profile 2338395712 `Agent Manager` | profile 42 `Agent` |');
    expect(r.summary).toContain('- ``Only installed `@here` <img src=x>`` (id `inst-2`)');
    expect(r.summary).toContain('- `new.json` (`New app`)');
    expect(r.stdout).toContain('Installed in the account and not in the repository (1): "Only installed `@here` <img src=x>" (id "inst-2")\n');
    // The check run's summary has the account section too (and, above, no secret in any request).
    const checkRun = JSON.stringify(api!.requests.filter((q) => q.path.includes('check-runs')).map((q) => q.body));
    expect(checkRun).toContain('Manifests not yet installed');
    expect(r.code).toBe(1);
  });

  test('account text is inert: names with line breaks and workflow commands start no command, make no Markdown', async () => {
    const profiles = [{ id: 42, name: 'Agent\n::error::forged profile', deleted: false }];
    const installations = [{ id: 'x\n::warning::forged id', client_name: 'Elsewhere\r\n::error::forged app ![i](https://e.example/i.png) @team' }];
    const r = await action(
      { ...CREDENTIALS, 'compare-installed': 'true', profiles: '42', 'create-check': 'false' },
      { profiles, installations, script: { login: [{ status: 429, body: errorBody('slow down\n::error::forged message') }] } },
    );
    expect(r.stdout.split(/\r?\n|\r/).filter((l) => /^\s*::(error|warning)::forged/.test(l))).toEqual([]);
    expect(r.stdout).toContain('Installed in the account and not in the repository (1): "Elsewhere\\r\\n::error::forged app ![i](https://e.example/i.png) @team" (id "x\\n::warning::forged id")');
    expect(r.summary).toContain('- `Elsewhere\\r\\n::error::forged app ![i](https://e.example/i.png) @team` (id `x\\n::warning::forged id`)');
    expect(r.summary).toContain('| manifest | profile 42 `Agent\\n::error::forged profile` |');
  });

  test('application login; wrong credentials: every finding reported, then the step fails saying what was not checked and why', async () => {
    const r = await action(
      { 'liveperson-account': ACCOUNT, 'liveperson-username': USERNAME, 'liveperson-app-key': APP_KEY, 'liveperson-app-secret': APP_SECRET, 'create-check': 'false' },
      { appLogin: true, script: { login: [{ status: 401, body: errorBody(`Wrong secret ${APP_SECRET}`) }] } },
    );
    expect(r.code).toBe(1);
    expect(mock!.requests.map((q) => q.service)).toEqual(['csds', 'login']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toEqual([`::add-mask::${FAKE_TOKEN}`, `::add-mask::${APP_SECRET}`]);
    expect(r.commands.filter((c) => c.startsWith('::error::'))).toEqual([
      '::error::LivePerson account 12345678 could not be read, so unknown-profile, the profile names were not checked: the LivePerson login failed: HTTP 401 "Wrong secret ***" (wrong credentials)',
    ]);
    expect(r.outputs['manifests']).toBe('2');
    expect(r.summary).toContain('**`LivePerson account 12345678 could not be read');
  });

  test('LivePerson down (5xx after the retries): the step fails; at most 3 tries of a request', async () => {
    const r = await action({ ...CREDENTIALS, 'create-check': 'false' }, { script: { csds: [{ status: 503 }, { status: 503 }, { status: 503 }] } });
    expect(r.code).toBe(1);
    expect(mock!.count('csds')).toBe(3);
    expect(r.commands.filter((c) => c.startsWith('::error::'))).toEqual([
      '::error::LivePerson account 12345678 could not be read, so unknown-profile, the profile names were not checked: the CSDS lookup of the account failed after 3 tries: HTTP 503 (LivePerson unavailable)',
    ]);
  });

  test('no credentials (a pull request from a fork): a notice, and the run as without the account', async () => {
    const r = await action({ 'liveperson-account': ACCOUNT, 'liveperson-username': USERNAME, 'create-check': 'false' });
    expect(r.code).toBe(0);
    expect(mock!.requests).toEqual([]);
    expect(r.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice title=LivePerson account::LivePerson account 12345678: no credentials (liveperson-password (or liveperson-app-key and liveperson-app-secret) empty; a pull request from a fork gets no secrets), so the account checks (unknown-profile, profile names) did not run; every other check did',
    ]);
  });
});

function cli(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the command line (dist/cli.js)', () => {
  test('--account with LP_* credentials: findings, then --list-profiles; no secret printed', async () => {
    mock = await new MockAccount({ installations: INSTALLED }).start();
    ws = tempWorkspace();
    writeFileSync(join(ws.root, 'bot.json'), BOT);
    const env = { LP_CSDS_URL: mock.url, LP_ACCOUNT: ACCOUNT, LP_USERNAME: USERNAME, LP_PASSWORD: PASSWORD, LP_MANIFEST_RETRY_UNIT_MS: '1' };
    const r = await cli(['--compare-installed'], env, ws.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bot.json:6:32: error unknown-profile profile 77 is not a profile of account 12345678');
    expect(r.stdout).toContain('bot.json:3:19: warning drift display_name: installed: "Bot"; this file: "Bot (new)"');
    const list = await cli(['--list-profiles'], env, ws.root);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('2338395712\tAgent Manager\tAgent Manager\n');
    for (const secret of SECRETS) for (const text of [r.stdout, r.stderr, list.stdout, list.stderr]) expect(text).not.toContain(secret);
  });
});
