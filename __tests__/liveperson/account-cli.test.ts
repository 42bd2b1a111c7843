// The command line's account checks (runCli from src) against the loopback mock account:
// --account with LP_* credentials, --compare-installed, --list-profiles, --export-installed, the
// faults (exit 2 after every finding), the notice without credentials, and no secret in any output.
import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { ACCOUNT, APP_SECRET, BEARER, CSRF, errorBody, MockAccount, PASSWORD, USERNAME, type MockOptions } from './mock-account.js';

let mock: MockAccount | undefined;
let ws: TempWorkspace | undefined;
/** Of the mocks a test started before its last. */
const earlier: string[] = [];

afterEach(async () => {
  const violations = [...earlier.splice(0), ...(mock?.violations ?? [])];
  await mock?.stop();
  mock = undefined;
  ws?.cleanup();
  ws = undefined;
  expect(violations).toEqual([]);
});

const QUICK = '{\n  "client_name": "Bot",\n  "quick_launch_enabled": true,\n  "entry_uri": "https://bot.example.com/start",\n  "enabled_for_profiles": [42, 77]\n}\n';
const INSTALLED = [
  { id: 'inst-1', client_id: 'c1', client_secret: 'installed-secret-zz', client_name: 'Bot', quick_launch_enabled: true, entry_uri: 'https://bot.example.com/old', enabled_for_profiles: [42, 77] },
  {
    id: 'inst-2',
    client_id: 'c2',
    client_secret: 'installed-secret-yy',
    client_name: 'Only installed',
    capabilities: {
      webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://h.example.com/x', headers: [{ header_name: 'X-Team', header_value: 'hv-installed' }] } },
      broadcast: {},
    },
  },
];

async function run(args: string[], options: MockOptions = {}, env: Record<string, string> = {}) {
  if (mock) {
    earlier.push(...mock.violations);
    await mock.stop();
  }
  mock = await new MockAccount(options).start();
  ws ??= tempWorkspace();
  if (!existsSync(join(ws.root, 'bot.json'))) writeFileSync(join(ws.root, 'bot.json'), QUICK);
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: ws.root,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    parseArgs,
    env: { LP_CSDS_URL: mock.url, LP_USERNAME: USERNAME, LP_PASSWORD: PASSWORD, LP_MANIFEST_RETRY_UNIT_MS: '1', ...env },
  });
  for (const secret of [PASSWORD, APP_SECRET, BEARER, CSRF, 'installed-secret', 'hv-installed']) {
    expect(stdout).not.toContain(secret);
    expect(stderr).not.toContain(secret);
  }
  return { code, stdout, stderr };
}

describe('lp-manifest --account', () => {
  test('unknown-profile at the id, profile names in the QuickLaunch lines, the account line', async () => {
    const r = await run(['bot.json', '--account', ACCOUNT, '--profiles', 'Agent, 43']);
    expect(r.stdout).toBe(
      [
        "bot.json:5:32: error unknown-profile profile 77 is not a profile of account 12345678: no user sees the app in QuickLaunch through it; the account's profiles: 42 (Agent), 43 (Administrator), 2338395712 (Agent Manager)",
        'QuickLaunch bot.json: visible to profile 42 (Agent); not to 43 (Administrator)',
        'LivePerson account 12345678: profiles checked',
        '1 error, 0 warnings in 1 manifest',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    expect(mock!.requests.map((q) => q.service)).toEqual(['csds', 'login', 'profiles', 'logout']);
  });

  test('200 manifests: still one request of each kind', async () => {
    ws = tempWorkspace();
    for (let i = 0; i < 200; i++) writeFileSync(join(ws.root, `app${i}.json`), `{"client_name": "App ${i}", "enabled_for_profiles": [42]}\n`);
    const r = await run(['--account', ACCOUNT, '--compare-installed'], { installations: INSTALLED });
    expect(r.code).toBe(1); // (bot.json's profile 77)
    expect(mock!.requests.map((q) => q.service)).toEqual(['csds', 'login', 'profiles', 'installations', 'logout']);
    expect(r.stdout).toContain('Manifests not yet installed (200): app0.json ("App 0"), app1.json ("App 1"), app10.json ("App 10")');
    expect(r.stdout).toContain(' and 170 more (every one is in the JSON report)\n');
  });

  test('without the account, --profiles takes ids only, as before', async () => {
    const r = await run(['bot.json', '--profiles=-4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lp-manifest: --profiles: "-4" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")\n');
    expect(mock!.requests).toEqual([]);
  });

  test('a profile name the account does not have: a usage error with the closest names', async () => {
    const r = await run(['bot.json', '--account', ACCOUNT, '--profiles', 'Agent Manger']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lp-manifest: --profiles: no profile of account 12345678 is named "Agent Manger"; the closest: "Agent Manager", "Agent", "Administrator"\n');
  });

  test('--compare-installed: drift, and the JSON report lists installed-not-in-repository and not-yet-installed', async () => {
    const r = await run(['--account', ACCOUNT, '--compare-installed', '--format', 'json'], { installations: INSTALLED });
    const report = JSON.parse(r.stdout) as { files: { findings: { rule: string; message: string; line: number }[] }[]; account: unknown };
    expect(report.files[0]!.findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '4 drift entry_uri: installed: "https://bot.example.com/old"; this file: "https://bot.example.com/start"',
      "5 unknown-profile profile 77 is not a profile of account 12345678: no user sees the app in QuickLaunch through it; the account's profiles: 42 (Agent), 43 (Administrator), 2338395712 (Agent Manager)",
    ]);
    expect(report.account).toEqual({
      account: ACCOUNT,
      profilesChecked: true,
      installedCompared: true,
      installedNotInRepository: [{ clientName: 'Only installed', id: 'inst-2' }],
      notYetInstalled: [],
    });
    expect(mock!.requests.map((q) => q.service)).toEqual(['csds', 'login', 'profiles', 'installations', 'logout']);
  });

  test('no credentials: a notice, and the checks as without the account', async () => {
    const r = await run(['bot.json', '--account', ACCOUNT], {}, { LP_PASSWORD: '' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'lp-manifest: notice: LivePerson account 12345678: no credentials (LP_PASSWORD (or LP_APP_KEY and LP_APP_SECRET) empty; a pull request from a fork gets no secrets), so the account checks (unknown-profile, profile names) did not run; every other check did\n',
    );
    expect(r.stdout).toBe('LivePerson account 12345678: profiles not checked\n0 errors, 0 warnings in 1 manifest\n');
    expect(mock!.requests).toEqual([]);
  });

  test('wrong credentials: every finding printed, then exit 2 saying what was not checked and why', async () => {
    const r = await run(['bot.json', '--account', ACCOUNT, '--compare-installed'], { script: { login: [{ status: 401, body: errorBody(`bad password ${PASSWORD}`) }] } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('0 errors, 0 warnings in 1 manifest\n');
    expect(r.stderr).toBe(
      'lp-manifest: error: LivePerson account 12345678 could not be read, so unknown-profile, the profile names and drift (compare-installed) were not checked: the LivePerson login failed: HTTP 401 "bad password ***" (wrong credentials)\n',
    );
  });

  test('403 on the installations: profiles still checked, exit 2 naming the missing permission', async () => {
    const r = await run(['bot.json', '--account', ACCOUNT, '--compare-installed'], { script: { installations: [{ status: 403, body: errorBody('Forbidden') }] } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('error unknown-profile profile 77');
    expect(r.stderr).toBe(
      'lp-manifest: error: LivePerson account 12345678: drift was not checked (compare-installed): reading the app installations failed: HTTP 403 "Forbidden" (missing permission); the profiles were read and checked\n',
    );
  });
});

describe('--list-profiles and --export-installed', () => {
  test('--list-profiles: id, name and role, deleted ones marked', async () => {
    const r = await run(['--account', ACCOUNT, '--list-profiles']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Profiles of LivePerson account 12345678 (4):',
        'id\tname\trole',
        '42\tAgent\tAgent',
        '43\tAdministrator\tAdministrator',
        '50\tOld team\tAgent\t(deleted)',
        '2338395712\tAgent Manager\tAgent Manager',
        '',
      ].join('\n'),
    );
    const none = await run(['--list-profiles']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('lp-manifest: --list-profiles needs --account ID (or LP_ACCOUNT) and the credentials in LP_USERNAME and LP_PASSWORD (or LP_APP_KEY and LP_APP_SECRET)\n');
  });

  test('--export-installed: server fields and header values out, safe names, nothing overwritten, the files checked', async () => {
    ws = tempWorkspace();
    const apps = [...INSTALLED, { id: 'inst-3', client_name: '../Only installed', deleted: false }];
    writeFileSync(join(ws.root, 'taken.json'), 'x');
    const r = await run(['--account', ACCOUNT, '--export-installed', 'out'], { installations: apps });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'lp-manifest: wrote out/Bot.json ("Bot")',
        'lp-manifest: wrote out/Only-installed.json ("Only installed"); 1 header value written as "<set me>" (--include-header-values writes them as installed)',
        'lp-manifest: wrote out/Only-installed-2.json ("../Only installed")',
        'lp-manifest: exported 3 of 3 installed apps of account 12345678 into out',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(readFileSync(join(ws.root, 'out', 'Only-installed.json'), 'utf8'))).toEqual({
      client_name: 'Only installed',
      capabilities: { webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://h.example.com/x', headers: [{ header_name: 'X-Team', header_value: '<set me>' }] } } },
    });
    // The header value left to fill in ("<set me>") is a placeholder warning: the export is not ready to install as it is.
    expect(r.stdout).toBe(
      [
        "Only-installed.json:10:29: warning placeholder the header_value of headers[0] of ms.MessagingEventNotification.ContentEvent contains a template placeholder; LivePerson sends it as written, so fill it in when you deploy (a credential belongs in your deployment's secrets, not in the repository)",
        '0 errors, 1 warning in 3 manifests',
        '',
      ].join('\n'),
    );
    // Again: every file exists, none is overwritten.
    const again = await run(['--account', ACCOUNT, '--export-installed', 'out'], { installations: apps });
    expect(again.stderr).toContain('lp-manifest: warning: out/Bot.json exists: not overwritten ("Bot" not exported)\n');
    expect(again.stderr).toContain('lp-manifest: exported 0 of 3 installed apps of account 12345678 into out\n');
  });
});
