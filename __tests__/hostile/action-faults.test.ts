// Hostile conditions for the built action (dist/index.js): bad inputs name the input; API faults of
// every kind never change the verdict nor lose a finding (log, annotations, summary, report all have
// every finding); secrets and the token never reach any output, even with debug logging on; report
// files are never written through a symbolic link or outside the workspace and RUNNER_TEMP; a flood
// of findings or of pages makes a bounded number of API requests; a check run that was created is
// completed, or the log says it could not be.
import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { at, CHECK_RUN_ID, FAKE_TOKEN, HEAD_SHA, OWNER, PR_NUMBER, pullRequestEvent, REPO, runAction, startApi, type FakeApi, type RecordedRequest, type RunResult } from '../action/harness.js';

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
  // Every request the action sent is one GitHub's OpenAPI description allows (the fake answered 422 otherwise).
  const violations = api?.violations ?? [];
  await api?.close();
  api = undefined;
  expect(violations).toEqual([]);
});

/** The requests of the check run (the suggestions, on by default, list the pull request's files too). */
const checkRunRequests = (api: FakeApi) => api.requests.filter((q) => q.path.startsWith(`/repos/${OWNER}/${REPO}/check-runs`));

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
function expectEveryFinding(r: RunResult, report: Record<string, unknown> | undefined = r.report): void {
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
  const findings = (report!.files as { path: string; findings: { rule: string }[] }[]).find((f) => f.path === 'apps/faulty.json')!.findings.map((f) => f.rule);
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
    ['exclude', 'apps/../../x', '::error::exclude: "apps/../../x" points outside the workspace'],
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
    expect(checkRunRequests(api)).toHaveLength(1);
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
    expect(checkRunRequests(api)).toHaveLength(requests);
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

// ---------------------------------------------------------------------------------------------
// Issue 11, item 8: report-file / sarif-file through links a pull request commits

describe('report files: never through a symbolic link, never outside the workspace and RUNNER_TEMP', () => {
  let outside: string | undefined;
  afterEach(() => {
    if (outside) rmSync(outside, { recursive: true, force: true });
    outside = undefined;
  });

  /** Everything under `dir`, with contents (links as "-> target"). */
  function tree(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const full = join(dir, name);
      const st = lstatSync(full);
      if (st.isFile()) out[name] = readFileSync(full, 'utf8');
      else if (st.isDirectory()) out[name + '/'] = '';
    }
    return out;
  }

  const LINK = 'is a symbolic link: the action writes only through real folders and files, never through a link';
  const OUTSIDE = 'it is outside the workspace and RUNNER_TEMP; the action writes only there';

  test.each([
    [
      'sarif-file: a link to a file outside that does not exist yet (it would be created)',
      'sarif-file',
      'lp.sarif',
      (ws: string, out: string) => symlinkSync(join(out, 'created.sarif'), join(ws, 'lp.sarif')),
      `"lp.sarif" ${LINK}`,
    ],
    [
      'report-file: a link to a file outside (it would be overwritten)',
      'report-file',
      'lp-report.json',
      (ws: string, out: string) => symlinkSync(join(out, 'victim.txt'), join(ws, 'lp-report.json')),
      `"lp-report.json" ${LINK}`,
    ],
    ['a parent folder that is a link to outside', 'sarif-file', 'out/lp.sarif', (ws: string, out: string) => symlinkSync(out, join(ws, 'out')), `"out" ${LINK}`],
    ['a dangling link', 'sarif-file', 'lp.sarif', (ws: string) => symlinkSync('nowhere/lp.sarif', join(ws, 'lp.sarif')), `"lp.sarif" ${LINK}`],
    [
      'a link to a file inside the workspace (no links at all)',
      'report-file',
      'lp-report.json',
      (ws: string) => {
        writeFileSync(join(ws, 'real.json'), 'keep');
        symlinkSync('real.json', join(ws, 'lp-report.json'));
      },
      `"lp-report.json" ${LINK}`,
    ],
    ['`..` out of the workspace', 'sarif-file', (_ws: string, out: string) => `../${basename(out)}/escaped.sarif`, () => {}, OUTSIDE],
    ['an absolute path outside both roots', 'report-file', (_ws: string, out: string) => join(out, 'abs.json'), () => {}, OUTSIDE],
  ])('%s: refused with a clear error after every finding is reported; nothing outside changes', async (_name, input, value, plant, why) => {
    const { ws, api } = await setup();
    outside = mkdtempSync(join(tmpdir(), 'lp-manifest-outside-'));
    writeFileSync(join(outside, 'victim.txt'), 'precious');
    plant(ws.root, outside);
    const path = typeof value === 'function' ? value(ws.root, outside) : value;
    const workspaceBefore = tree(ws.root);
    // fail-on never: the file alone fails the step. files: the links are not manifests (discovery
    // reports a link to outside as unreadable-file on its own).
    const r = await runAction({ workspace: ws.root, api, inputs: { [input]: path, 'fail-on': 'never', files: 'apps/*.json' } });
    expect(r.code).toBe(1);
    const target = path.startsWith('/') ? path : join(ws.root, path.startsWith('..') ? join('..', basename(outside), path.split('/').pop()!) : path);
    expect(r.commands).toContain(`::error::${input}: cannot write ${target} (${why})`);
    expect(tree(outside)).toEqual({ 'victim.txt': 'precious' });
    expect(tree(ws.root)).toEqual(workspaceBefore);
    // The error comes last: the check run, the log, the job summary have every finding.
    const lines = r.stdout.split('\n');
    expect(lines.findIndex((l) => l.startsWith(`::error::${input}:`))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Check run "LivePerson manifests" created')));
    expect(checkRunRequests(api)).toHaveLength(1);
    if (input === 'report-file') {
      expect(r.outputs['report-file']).toBe('');
      expect(r.report).toBeUndefined();
      expectEveryFinding(r, { files: [{ path: 'apps/faulty.json', findings: EXPECTED_RULES.map((rule) => ({ rule })) }] });
    } else {
      expectEveryFinding(r);
    }
  });

  test('RUNNER_TEMP and new folders in the workspace still work', async () => {
    const { ws, api } = await setup();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'lp-manifest-temp-'));
    try {
      const r = await runAction({ workspace: ws.root, api, inputs: { 'report-file': join(runnerTemp, 'r/lp.json'), 'sarif-file': 'reports/sarif/lp.sarif' }, env: { RUNNER_TEMP: runnerTemp } });
      expect(r.code).toBe(1);
      expect(r.outputs['report-file']).toBe(join(runnerTemp, 'r/lp.json'));
      expect(JSON.parse(readFileSync(join(runnerTemp, 'r/lp.json'), 'utf8'))).toMatchObject({ summary: { errors: 2, warnings: 1 } });
      expect(JSON.parse(readFileSync(join(ws.root, 'reports/sarif/lp.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
      expect(r.commands.filter((c) => c.startsWith('::error::') && c.includes('cannot write'))).toEqual([]);
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 11, items 12 and 14: a flood of findings, and create responses without a usable id

const CHECK_RUNS_PATH = `/repos/${OWNER}/${REPO}/check-runs`;
const CHECK_RUN_PATH = `${CHECK_RUNS_PATH}/${CHECK_RUN_ID}`;
const routeOf = (q: RecordedRequest) => `${q.method} ${q.url}`;
const bodyOf = (q: RecordedRequest) => q.body as Record<string, any>;

/** One line, `count` findings: redirect_uris items that are numbers, not strings (2 bytes each). */
function flood(count: number, name = 'Flood'): string {
  return `{"client_name": "${name}", "redirect_uris": [${Array<string>(count).fill('0').join(',')}]}\n`;
}

/** The check-run annotation of finding i of flood(). */
function floodAnnotation(text: string, i: number) {
  const column = at(text, '[0').column + 1 + 2 * i;
  return {
    path: 'apps/flood.json',
    start_line: 1,
    end_line: 1,
    start_column: column,
    end_column: column + 1,
    annotation_level: 'failure',
    message: `redirect_uris[${i}] must be a string, not an integer`,
    title: 'type (LivePerson manifest)',
  };
}

async function floodSetup(count: number): Promise<{ ws: TempWorkspace; api: FakeApi; text: string }> {
  ws = tempWorkspace();
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  const text = flood(count);
  ws.write('apps/flood.json', text);
  api = await startApi();
  return { ws, api, text };
}

describe('API faults on the suggestions: same verdict, every finding delivered, every loop bounded', () => {
  const PULLS = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}`;
  /** The pull request added apps/faulty.json: its two suggestions (server-field, range) are on the diff. */
  const added = () => ({ status: 200, body: [{ filename: 'apps/faulty.json', status: 'added', patch: `@@ -0,0 +1,7 @@\n${BAD.replace(/\n$/, '').replace(/^/gm, '+')}` }] });

  test.each([
    ['the files: 500 three times', `GET ${PULLS}/files`, [{ status: 500 }, { status: 500 }, { status: 500 }], 'could not list the files'],
    [
      'the review comments: hung',
      `GET ${PULLS}/comments`,
      [
        { status: 0, hang: true },
        { status: 0, hang: true },
        { status: 0, hang: true },
      ],
      'could not list the review comments',
    ],
    ['the review: 500 (tried once)', `POST ${PULLS}/reviews`, [{ status: 500 }], 'no review with 2 suggested changes'],
    ['the review: hung (tried once)', `POST ${PULLS}/reviews`, [{ status: 0, hang: true }], 'no review with 2 suggested changes'],
  ])('%s', async (_name, route, replies, said) => {
    const { ws, api } = await setup();
    api.route(`GET ${PULLS}/files`, added);
    api.queue(route, ...replies);
    const r = await runAction({ workspace: ws.root, api, env: { LP_MANIFEST_API_TIMEOUT_MS: '300' } });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith('::warning::suggestions:')).map((c) => c.includes(said))).toEqual([true]);
    expect(api.requests.filter((q) => `${q.method} ${q.path}` === route)).toHaveLength(replies.length);
    expectEveryFinding(r);
  });

  test('review comments "next" for ever: exactly 30 pages, a notice, no review (it could repeat one)', async () => {
    const { ws, api } = await setup();
    api.route(`GET ${PULLS}/files`, added);
    api.route(`GET ${PULLS}/comments`, (req) => ({ status: 200, headers: { link: `<${api.url}${PULLS}/comments?page=${Number(req.query.page) + 1}>; rel="next"` }, body: [{ body: 'hm' }] }));
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.filter((q) => q.path === `${PULLS}/comments`)).toHaveLength(30);
    expect(api.requests.filter((q) => q.path === `${PULLS}/reviews`)).toEqual([]);
    expect(r.commands).toContain(
      `::notice::suggestions: pull request #${PR_NUMBER} has more review comments than the 3,000 listed, so no suggestions were posted (one already posted must not be posted again).`,
    );
    expectEveryFinding(r);
  });
});

describe('a flood of findings: at most 1,000 check-run annotations in 20 requests', () => {
  // A file lists at most 1,000 findings of one rule and counts the rest; a second file makes the
  // listed findings (1,500) more than a check run carries.
  const omittedLine = 'apps/flood.json: 99,000 more type errors not listed (at most 1,000 of one rule per file)';

  test('100,000 findings in a 200 KB file and 500 in another: 1,500 listed, exactly 20 requests, the summary once, a note on the other 500; every listed finding and the count in the log, report and SARIF', async () => {
    const { ws, api, text } = await floodSetup(100_000);
    expect(text.length).toBeLessThan(205_000);
    ws.write('apps/more.json', flood(500, 'More'));
    const r = await runAction({ workspace: ws.root, api, inputs: { 'sarif-file': 'lp.sarif' } });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS_PATH}`, ...Array<string>(19).fill(`PATCH ${CHECK_RUN_PATH}`)]);
    const title = '100,500 errors in 2 of 2 manifests';
    const expected = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => floodAnnotation(text, from + i));
    const bodies = api.requests.map(bodyOf);
    expect(bodies[0]).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      external_id: expect.stringMatching(/^lp-manifest:[0-9a-f-]{36}$/), // one per action run (duplicates of a retried create are told by it)
      status: 'in_progress',
      details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/9001`,
      output: { title, summary: 'Adding annotations (50 of 1,000)…', annotations: expected(0, 50) },
    });
    expect(bodies[10]).toEqual({ output: { title, summary: 'Adding annotations (550 of 1,000)…', annotations: expected(500, 550) } });
    const note =
      '> **More findings than annotations:** this check run shows the first 1,000 of 1,500 findings as annotations; the other 500 are not annotated. Every finding is in the workflow log, the job summary, the JSON report and the SARIF file.\n\n';
    expect(bodies[19]).toEqual({ status: 'completed', conclusion: 'failure', output: { title, summary: expect.any(String), annotations: expected(950, 1000) } });
    const summary: string = bodies[19]!.output.summary;
    expect(summary.startsWith(note + `## ❌ LivePerson manifests: ${title}\n`)).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(65_535);
    // The long summary is sent once.
    expect(bodies.filter((b) => b.output.summary.length > 100)).toHaveLength(1);
    // annotations: auto: the check run was complete, so no workflow-command annotation; a notice on the rest.
    expect(r.commands).toEqual([
      '::notice title=More findings than annotations::The check run "LivePerson manifests" shows the first 1,000 of 1,500 findings as annotations; the other 500 are not annotated. Every finding is in the workflow log, the job summary, the JSON report and the SARIF file.',
      `::error::LivePerson manifests: ${title}`,
    ]);
    expect(r.stdout).toContain(
      `Check run "LivePerson manifests" created on ${HEAD_SHA} with 1,000 annotations (the first 1,000 of 1,500 findings): https://github.com/${OWNER}/${REPO}/runs/${CHECK_RUN_ID}.`,
    );
    // The listed findings and the count: the log, the report, the SARIF file, the job summary.
    const logged = r.stdout.split('\n').filter((l) => l.startsWith('apps/flood.json:'));
    expect(logged).toHaveLength(1001);
    expect(logged[999]).toBe(`apps/flood.json:1:${floodAnnotation(text, 999).start_column}: error type redirect_uris[999] must be a string, not an integer`);
    expect(logged[1000]).toBe(omittedLine);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('apps/more.json:1:'))).toHaveLength(500);
    const files = r.report!.files as { path: string; findings: unknown[]; omitted?: unknown }[];
    expect(files.map((f) => [f.path, f.findings.length, f.omitted])).toEqual([
      ['apps/flood.json', 1000, [{ rule: 'type', severity: 'error', count: 99_000 }]],
      ['apps/more.json', 500, undefined],
    ]);
    expect(r.report!.summary).toEqual({ manifests: 2, errors: 100_500, warnings: 0, valid: false });
    const sarif = JSON.parse(readFileSync(join(ws.root, 'lp.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1500);
    expect(sarif.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: omittedLine },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/flood.json', uriBaseId: '%SRCROOT%' } } }],
            associatedRule: { id: 'type', index: sarif.runs[0].tool.driver.rules.findIndex((rule: { id: string }) => rule.id === 'type') },
            properties: { severity: 'error', count: 99_000 },
          },
        ],
      },
    ]);
    expect(r.summary).toContain(
      '| | error | [type](https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md#type) | 99,000 more type errors not listed (at most 1,000 of one rule per file) |\n',
    );
    expect(r.outputs).toMatchObject({ valid: 'false', errors: '100500', warnings: '0' });
  }, 120_000);

  test('the check run refused (fork): annotations auto gives 1,000 workflow-command annotations, not 1,500', async () => {
    const { ws, api, text } = await floodSetup(100_000);
    ws.write('apps/more.json', flood(500, 'More'));
    api.queue(`POST ${CHECK_RUNS_PATH}`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ fork: true }) });
    expect(r.code).toBe(1);
    expect(api.requests).toHaveLength(1);
    const annotated = r.commands.filter((c) => c.startsWith('::error title=type (LivePerson manifest),file='));
    expect(annotated).toHaveLength(1000);
    expect(annotated[999]).toBe(
      `::error title=type (LivePerson manifest),file=apps/flood.json,line=1,endLine=1,col=${floodAnnotation(text, 999).start_column},endColumn=${floodAnnotation(text, 999).end_column}::redirect_uris[999] must be a string, not an integer`,
    );
    expect(r.stdout.split('\n').filter((l) => l.startsWith('apps/flood.json:1:'))).toHaveLength(1000);
    expect(r.stdout).toContain(`\n${omittedLine}\n`);
    expect(r.outputs).toMatchObject({ valid: 'false', errors: '100500', warnings: '0' });
  }, 120_000);
});

describe('a create response without a usable id: the run cannot be completed, and the log says so', () => {
  test.each([
    ['no id', { status: 201, body: { html_url: `https://github.com/${OWNER}/${REPO}/runs/1` } }, 'no id'],
    ['id 0', { status: 201, body: { id: 0 } }, 'id 0'],
    ['id past 2^53', { status: 201, body: { id: 2 ** 53 } }, 'id 9007199254740992'],
    ['id as a string', { status: 201, body: { id: '4242' } }, 'id "4242"'],
    ['a 201 with an empty body', { status: 201, body: '', raw: true }, 'an empty body'],
    ['a body that is not JSON', { status: 201, headers: { 'content-type': 'text/html' }, body: '<html>Created</html>', raw: true }, 'a string body, not a JSON object'],
    ['broken JSON', { status: 201, body: '{"id": 4242', raw: true }, 'a string body, not a JSON object'],
  ])('%s, 120 findings: one request, a warning, the other 70 findings as workflow commands', async (_name, reply, said) => {
    const { ws, api, text } = await floodSetup(120);
    api.queue(`POST ${CHECK_RUNS_PATH}`, reply);
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS_PATH}`]);
    expect(bodyOf(api.requests[0]!)).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      external_id: expect.stringMatching(/^lp-manifest:[0-9a-f-]{36}$/), // one per action run (duplicates of a retried create are told by it)
      status: 'in_progress',
      details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/9001`,
      output: { title: '120 errors in 1 of 1 manifest', summary: 'Adding annotations (50 of 120)…', annotations: Array.from({ length: 50 }, (_, i) => floodAnnotation(text, i)) },
    });
    expect(r.commands).toContain(
      `::warning::create-check: the check run "LivePerson manifests" was created but could not be completed (GitHub's response to creating it has no usable id: ${said}), so it may stay "in progress". It carries 50 of 120 annotations; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.`,
    );
    expect(r.stdout).not.toContain('Check run "LivePerson manifests" created');
    const annotated = r.commands.filter((c) => c.startsWith('::error title=type (LivePerson manifest),file=apps/flood.json,'));
    expect(annotated.map((c) => /::redirect_uris\[(\d+)\]/.exec(c)![1])).toEqual(Array.from({ length: 70 }, (_, i) => String(50 + i)));
    expect(r.stdout.split('\n').filter((l) => l.startsWith('apps/flood.json:1:'))).toHaveLength(120);
    expect((r.report!.files as { findings: unknown[] }[])[0]!.findings).toHaveLength(120);
    expect(r.summary).toContain('120 errors in 1 of 1 manifest');
  });

  test('no id but one request was enough (sent complete): created, no warning, no workflow command', async () => {
    const { ws, api } = await floodSetup(3);
    api.queue(`POST ${CHECK_RUNS_PATH}`, { status: 201, body: '', raw: true });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests).toHaveLength(1);
    expect(bodyOf(api.requests[0]!)).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations: expect.any(Array) } });
    expect(r.stdout).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA} with 3 annotations.\n`);
    expect(r.commands).toEqual(['::error::LivePerson manifests: 3 errors in 1 of 1 manifest']);
  });

  test('a create response without html_url (or a useless one): the run completes; the log names no address', async () => {
    for (const html_url of [undefined, 'javascript:alert(1)']) {
      const { ws, api } = await floodSetup(120);
      api.queue(`POST ${CHECK_RUNS_PATH}`, { status: 201, body: { id: CHECK_RUN_ID, html_url } });
      const r = await runAction({ workspace: ws.root, api });
      expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS_PATH}`, `PATCH ${CHECK_RUN_PATH}`, `PATCH ${CHECK_RUN_PATH}`]);
      expect(bodyOf(api.requests[2]!)).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(r.stdout).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA} with 120 annotations.\n`);
      expect(r.stdout).not.toContain('javascript:');
      ws.cleanup();
      await api.close();
      expect(api.violations).toEqual([]);
    }
  });

  test('an update fails and so does the completion: the log says plainly the run could not be completed', async () => {
    const { ws, api } = await floodSetup(120);
    api.queue(
      `PATCH ${CHECK_RUN_PATH}`,
      { status: 200, body: { id: CHECK_RUN_ID } },
      { status: 422, body: { message: 'Validation Failed' } },
      ...Array(3).fill({ status: 500, body: { message: 'Server Error' } }),
    );
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS_PATH}`, ...Array<string>(5).fill(`PATCH ${CHECK_RUN_PATH}`)]);
    expect(bodyOf(api.requests[3]!)).toEqual(bodyOf(api.requests[5]!));
    expect(bodyOf(api.requests[3]!)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { summary: expect.stringMatching(/^> \*\*Incomplete:\*\* the GitHub API failed after 100 of 120 annotations/) },
    });
    expect(r.commands).toContain(
      '::warning::create-check: the check run "LivePerson manifests" was created but could not be completed (HTTP 500 after 3 tries: Server Error, after the GitHub API failed: HTTP 422: Validation Failed), so it may stay "in progress". It carries 100 of 120 annotations; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.',
    );
    expect(r.commands.filter((c) => c.startsWith('::error title=type'))).toHaveLength(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 11, item 13: only-changed and a Link header that never ends

describe('only-changed: the Pulls API listing is bounded (30 pages of 100)', () => {
  const PR_FILES = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`;
  const manifest = (name: string) => `{"client_name": "${name}", "entry_uri": "http://${name}.example.com/"}\n`;

  async function endless(perPage: number): Promise<{ ws: TempWorkspace; api: FakeApi }> {
    ws = tempWorkspace();
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
    for (const name of ['a', 'b', 'c']) ws.write(`apps/${name}.json`, manifest(name));
    api = await startApi();
    const fake = api;
    // "next" on every page (for the test, up to page 5,000, so that code without a bound ends too).
    fake.route(`GET ${PR_FILES}`, (req) => {
      const page = Number(req.query.page ?? '1');
      const files = Array.from({ length: perPage }, (_, i) => ({ filename: page === 1 && i === 0 ? 'apps/a.json' : `src/f${page}-${i}.ts`, status: 'modified' }));
      return { status: 200, headers: page < 5000 ? { link: `<${fake.url}${PR_FILES}?per_page=100&page=${page + 1}>; rel="next"` } : undefined, body: files };
    });
    return { ws, api };
  }

  test('100 files a page and "next" for ever: exactly 30 page requests, a notice, every manifest checked', async () => {
    const { ws, api } = await endless(100);
    const r = await runAction({ workspace: ws.root, api, inputs: { 'only-changed': 'true' } });
    expect(r.code).toBe(0);
    const pages = api.requests.filter((q) => q.path === PR_FILES);
    expect(pages.map((q) => q.url)).toEqual(Array.from({ length: 30 }, (_, i) => `${PR_FILES}?per_page=100&page=${i + 1}`));
    expect(api.requests.map(routeOf).slice(30)).toEqual([`POST ${CHECK_RUNS_PATH}`]);
    expect(r.commands).toContain(`::notice::only-changed: the GitHub API lists 3,000 files of pull request #${PR_NUMBER}, as many as it ever lists, so some may be missing; checking every manifest.`);
    expect(r.outputs.manifests).toBe('3');
    expect(bodyOf(api.requests[30]!).output.annotations.map((a: { path: string }) => a.path)).toEqual(['apps/a.json', 'apps/b.json', 'apps/c.json']);
  });

  test('1 file a page and "next" for ever: exactly 30 page requests, a notice, every manifest checked', async () => {
    const { ws, api } = await endless(1);
    const r = await runAction({ workspace: ws.root, api, inputs: { 'only-changed': 'true', 'create-check': 'false' } });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(30);
    expect(r.commands).toContain(
      `::notice::only-changed: the GitHub API still offered more files of pull request #${PR_NUMBER} after 30 pages (30 files), and it lists at most 3,000 files in 30 pages; checking every manifest.`,
    );
    expect(r.outputs.manifests).toBe('3');
    expect(r.stdout.split('\n').filter((l) => /^apps\/[abc]\.json:1:\d+: warning insecure-url /.test(l))).toHaveLength(3);
  });
});
