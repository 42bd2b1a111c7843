// The built action (dist/index.js) end to end, run as the runner runs it, against a loopback fake of
// the GitHub API: check run bodies and batching, head sha, retries, 403 fallback, only-changed,
// outputs, job summary, exit codes. `npm run build` first (the tests run what ships).
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import {
  ACTION,
  at,
  CHECK_RUN_ID,
  FAKE_TOKEN,
  HEAD_SHA,
  MERGE_SHA,
  OWNER,
  PR_NUMBER,
  pullRequestEvent,
  REPO,
  ROOT,
  runAction,
  startApi,
  type FakeApi,
  type RecordedRequest,
  type RunResult,
} from './harness.js';

const CHECK_RUNS = `/repos/${OWNER}/${REPO}/check-runs`;
const CHECK_RUN = `${CHECK_RUNS}/${CHECK_RUN_ID}`;
const PR_FILES = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`;
const DETAILS_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/9001`;
const HTML_URL = `https://github.com/${OWNER}/${REPO}/runs/${CHECK_RUN_ID}`;
/** The external_id of the check runs of one action run. */
const EXTERNAL_ID = /^lp-manifest:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const BAD = ['{', '  "clientName": "Bad",', '  "entry_uri": "http://bad.example.com/app",', '  "capabilities": [', '    1', '  ]', '}', ''].join('\n');
const GOOD = '{"client_name": "Good", "scope": "msg.consumer"}\n';
const ODD_PATH = 'apps/odd, name: 100%.json';
const ODD = '{"client_name": "Odd", "entry_uri": "http://odd.example.com/x"}\n';
const WARN = ['{', '  "client_name": "Warn",', '  "redirect_uris": ["http://warn.example.com/cb"]', '}', ''].join('\n');

/** A manifest with `count` unknown properties k000, k001, … one per line from line 3. */
function many(count: number, name = 'Many', keyLength = 4): string {
  const keys = Array.from({ length: count }, (_, i) => `    "${'k' + String(i).padStart(keyLength - 1, '0')}": 0`);
  return `{\n  "client_name": "${name}",\n${keys.join(',\n')}\n}\n`;
}

let ws: TempWorkspace | undefined;
let api: FakeApi | undefined;

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first');
});

afterEach(async () => {
  ws?.cleanup();
  ws = undefined;
  // Every request the action sent is one GitHub's OpenAPI description allows (the fake answered 422 otherwise).
  const violations = api?.violations ?? [];
  await api?.close();
  api = undefined;
  expect(violations).toEqual([]);
});

/** A workspace like actions/checkout leaves: a git work tree (files untracked: discovery lists them too). */
async function setup(files: Record<string, string>): Promise<{ ws: TempWorkspace; api: FakeApi }> {
  ws = tempWorkspace();
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  for (const [path, text] of Object.entries(files)) ws.write(path, text);
  api = await startApi();
  return { ws, api };
}

const body = (r: RecordedRequest) => r.body as Record<string, any>;
const routeOf = (r: RecordedRequest) => `${r.method} ${r.url}`;

/** No output may show the token, except the runner's own ::add-mask:: command that hides it. */
function expectNoToken(stdout: string, stderr: string): void {
  const lines = (stdout + '\n' + stderr).split('\n').filter((l) => l.includes(FAKE_TOKEN));
  expect(lines).toEqual(lines.filter((l) => l === `::add-mask::${FAKE_TOKEN}`));
}

describe('pull request check (default inputs)', () => {
  test('annotations: true adds workflow-command annotations next to the check run: one per finding, properties escaped', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD, 'apps/good.json': GOOD, [ODD_PATH]: ODD, 'apps/warn.json': WARN });
    const r = await runAction({ workspace: ws.root, api, inputs: { annotations: 'true' } });
    expect(r.code).toBe(1);
    // suggestions (auto): the fix of "clientName" is looked for in the PR's diff (empty here).
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `GET ${PR_FILES}?per_page=100&page=1`]);
    const key = at(BAD, '"clientName"');
    const entry = at(BAD, '"http://bad.example.com/app"');
    const odd = at(ODD, '"http://odd.example.com/x"');
    const warn = at(WARN, '"http://warn.example.com/cb"');
    expect(r.commands.filter((c) => !c.startsWith('::error::LivePerson'))).toEqual([
      '::error title=required (LivePerson manifest),file=apps/bad.json,line=1,endLine=1,col=1,endColumn=2::missing required property "client_name"',
      `::error title=unknown-property (LivePerson manifest),file=apps/bad.json,line=2,endLine=2,col=${key.column},endColumn=${key.endColumn}::unknown property "clientName"; did you mean "client_name"? (client_name is required)`,
      `::warning title=insecure-url (LivePerson manifest),file=apps/bad.json,line=3,endLine=3,col=${entry.column},endColumn=${entry.endColumn}::entry_uri uses http://: the app would load unencrypted; use https://`,
      '::error title=type (LivePerson manifest),file=apps/bad.json,line=4,endLine=6::capabilities must be an object, not an array',
      `::warning title=insecure-url (LivePerson manifest),file=apps/odd%2C name%3A 100%25.json,line=1,endLine=1,col=${odd.column},endColumn=${odd.endColumn}::entry_uri uses http://: the app would load unencrypted; use https://`,
      `::warning title=insecure-url (LivePerson manifest),file=apps/warn.json,line=3,endLine=3,col=${warn.column},endColumn=${warn.endColumn}::redirect_uris[0] uses http://: the authorization response would travel unencrypted; use https://`,
    ]);
  });

  test('one check run on the PR head with every annotation, workflow commands, outputs, job summary, exit 1', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD, 'apps/good.json': GOOD, [ODD_PATH]: ODD, 'apps/warn.json': WARN, 'package.json': '{"name": "x"}' });
    const r = await runAction({ workspace: ws.root, api });

    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `GET ${PR_FILES}?per_page=100&page=1`]);
    const [create] = api.requests;
    expect(create!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    expect(create!.headers['content-type']).toMatch(/^application\/json/);

    const key = at(BAD, '"clientName"');
    const entry = at(BAD, '"http://bad.example.com/app"');
    const odd = at(ODD, '"http://odd.example.com/x"');
    const warn = at(WARN, '"http://warn.example.com/cb"');
    expect(body(create!)).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      external_id: expect.stringMatching(EXTERNAL_ID),
      status: 'completed',
      conclusion: 'failure',
      details_url: DETAILS_URL,
      output: {
        title: '3 errors and 3 warnings in 3 of 4 manifests',
        summary: expect.any(String),
        annotations: [
          {
            path: 'apps/bad.json',
            start_line: 1,
            end_line: 1,
            start_column: 1,
            end_column: 2,
            annotation_level: 'failure',
            message: 'missing required property "client_name"',
            title: 'required (LivePerson manifest)',
          },
          {
            path: 'apps/bad.json',
            start_line: 2,
            end_line: 2,
            start_column: key.column,
            end_column: key.endColumn,
            annotation_level: 'failure',
            message: 'unknown property "clientName"; did you mean "client_name"? (client_name is required)',
            title: 'unknown-property (LivePerson manifest)',
          },
          {
            path: 'apps/bad.json',
            start_line: 3,
            end_line: 3,
            start_column: entry.column,
            end_column: entry.endColumn,
            annotation_level: 'warning',
            message: 'entry_uri uses http://: the app would load unencrypted; use https://',
            title: 'insecure-url (LivePerson manifest)',
          },
          // A finding over several lines has no columns (the Checks API refuses them).
          { path: 'apps/bad.json', start_line: 4, end_line: 6, annotation_level: 'failure', message: 'capabilities must be an object, not an array', title: 'type (LivePerson manifest)' },
          {
            path: ODD_PATH,
            start_line: 1,
            end_line: 1,
            start_column: odd.column,
            end_column: odd.endColumn,
            annotation_level: 'warning',
            message: 'entry_uri uses http://: the app would load unencrypted; use https://',
            title: 'insecure-url (LivePerson manifest)',
          },
          {
            path: 'apps/warn.json',
            start_line: 3,
            end_line: 3,
            start_column: warn.column,
            end_column: warn.endColumn,
            annotation_level: 'warning',
            message: 'redirect_uris[0] uses http://: the authorization response would travel unencrypted; use https://',
            title: 'insecure-url (LivePerson manifest)',
          },
        ],
      },
    });
    const summary: string = body(create!).output.summary;
    expect(summary.length).toBeLessThan(65_535);
    expect(summary).toBe(r.summary); // the job summary, not cut either

    // annotations: auto (the default): the check run carries every finding, so no workflow-command
    // annotation repeats them in the pull request's diff.
    expect(r.commands.filter((c) => !c.startsWith('::error::LivePerson'))).toEqual([]);
    expect(r.stdout).toContain('::error::LivePerson manifests: 3 errors and 3 warnings in 3 of 4 manifests\n');
    expect(r.stdout).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA} with 6 annotations: ${HTML_URL}.`);
    expect(r.stdout).not.toContain('::warning::');

    // Outputs (name<<delimiter blocks), the report they point to.
    expect(r.outputs).toEqual({
      valid: 'false',
      manifests: '4',
      errors: '3',
      warnings: '3',
      'report-file': join(r.runnerTemp, 'lp-manifest-report.json'),
      'quick-launch': JSON.stringify({ 'apps/bad.json': [], 'apps/good.json': [], [ODD_PATH]: [], 'apps/warn.json': [] }),
    });
    expect(r.report).toMatchObject({ version: 1, summary: { manifests: 4, errors: 3, warnings: 3, valid: false } });

    // The job summary: counts, a table per file with findings, rule links.
    expect(r.summary).toContain('## ❌ LivePerson manifests: 3 errors and 3 warnings in 3 of 4 manifests');
    expect(r.summary).toContain('| manifests | errors | warnings |\n|---:|---:|---:|\n| 4 | 3 | 3 |');
    expect(r.summary).toContain(
      `### ❌ \`apps/bad.json\`\n\n| line | severity | rule | message |\n|---:|---|---|---|\n| [1:1](https://github.com/acme/apps/blob/${HEAD_SHA}/apps/bad.json#L1) | error | [required](https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md#required) |`,
    );
    expect(r.summary).toContain('### ⚠️ `apps/odd, name: 100%.json`');
    expect(r.summary).not.toContain('apps/good.json');
    expect(r.summary).not.toContain('Summary cut');
    expectNoToken(r.stdout, r.stderr);
  });

  test('a clean workspace: conclusion success, exit 0, valid true', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(1);
    expect(body(api.requests[0]!)).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      external_id: expect.stringMatching(EXTERNAL_ID),
      status: 'completed',
      conclusion: 'success',
      details_url: DETAILS_URL,
      output: { title: '1 manifest checked, no problems', summary: expect.stringContaining('## ✅ LivePerson manifests: 1 manifest checked, no problems'), annotations: [] },
    });
    expect(r.commands).toEqual([]);
    expect(r.outputs).toMatchObject({ valid: 'true', manifests: '1', errors: '0', warnings: '0' });
  });

  test('fail-on: the conclusion and the exit code follow it (never / warning), check-name names the run', async () => {
    {
      const { ws, api } = await setup({ 'apps/bad.json': BAD });
      const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never', 'check-name': 'Manifests (strict)' } });
      expect(r.code).toBe(0);
      expect(body(api.requests[0]!)).toMatchObject({ name: 'Manifests (strict)', conclusion: 'success', status: 'completed' });
      expect(r.outputs.valid).toBe('false');
      ws.cleanup();
      await api.close();
    }
    {
      const { ws, api } = await setup({ 'apps/warn.json': WARN });
      const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'warning' } });
      expect(r.code).toBe(1);
      expect(body(api.requests[0]!)).toMatchObject({ conclusion: 'failure', output: { title: '1 warning in 1 of 1 manifest' } });
      expect(r.outputs.valid).toBe('true');
    }
  });

  test('on a push the check run goes on GITHUB_SHA', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD });
    const r = await runAction({ workspace: ws.root, api, eventName: 'push', inputs: { 'only-changed': 'true' } });
    expect(r.code).toBe(0);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`]); // only-changed: no PR, no files listed
    expect(body(api.requests[0]!).head_sha).toBe(MERGE_SHA);
    expect(r.stdout).toContain('only-changed: not a pull request event (push); checking every manifest.');
  });

  test('create-check false, annotations false, job-summary false, suggestions false: no API call, no annotation, no summary', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false', annotations: 'false', 'job-summary': 'false', suggestions: 'false' } });
    expect(r.code).toBe(1);
    expect(api.requests).toEqual([]);
    expect(r.commands).toEqual(['::error::LivePerson manifests: 3 errors and 1 warning in 1 of 1 manifest']);
    expect(r.summary).toBe('');
    // Still in the log, like a compiler's output.
    expect(r.stdout).toContain('apps/bad.json:2:3: error unknown-property');
  });
});

describe('batching: 50 annotations per request', () => {
  test('120 findings: create with 50 (in progress), then updates with 50 and 20, the last completing the run with the summary', async () => {
    const text = many(120);
    const { ws, api } = await setup({ 'apps/many.json': text });
    const r = await runAction({ workspace: ws.root, api, inputs: { annotations: 'true' } });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `PATCH ${CHECK_RUN}`, `PATCH ${CHECK_RUN}`]);
    const expected = Array.from({ length: 120 }, (_, i) => {
      const k = `"k${String(i).padStart(3, '0')}"`;
      const p = at(text, k);
      return {
        path: 'apps/many.json',
        start_line: i + 3,
        end_line: i + 3,
        start_column: p.column,
        end_column: p.endColumn,
        annotation_level: 'failure',
        message: expect.stringMatching(new RegExp(`^unknown property ${k}`)),
        title: 'unknown-property (LivePerson manifest)',
      };
    });
    const title = '120 errors in 1 of 1 manifest';
    const [create, first, last] = api.requests.map(body);
    // The summary goes once, with the last request; the others say how far the annotations are.
    expect(create).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      external_id: expect.stringMatching(EXTERNAL_ID),
      status: 'in_progress',
      details_url: DETAILS_URL,
      output: { title, summary: 'Adding annotations (50 of 120)…', annotations: expected.slice(0, 50) },
    });
    expect(first).toEqual({ output: { title, summary: 'Adding annotations (100 of 120)…', annotations: expected.slice(50, 100) } });
    expect(last).toEqual({ status: 'completed', conclusion: 'failure', output: { title, summary: r.summary, annotations: expected.slice(100) } });
    expect(expected[0]!.start_column).toBe(5);
    expect(expected[0]!.end_column).toBe(11);
    // annotations: true: every finding is a workflow command too, and the notice sends readers to the check run.
    expect(r.commands.filter((c) => /^::error title=[^:]*,file=apps\/many\.json,/.test(c))).toHaveLength(120);
    const notice = r.commands.find((c) => c.startsWith('::notice title=More findings than annotations::'));
    expect(notice).toBe(
      `::notice title=More findings than annotations::120 errors and 0 warnings found; GitHub displays only 10 errors and 10 warnings per step, so 110 findings are not shown as annotations here. Every finding is in the check run "LivePerson manifests" (${HTML_URL}), the job summary and the JSON report.`,
    );
  });

  test('a check run summary over 65,535 characters is cut with a note; the job summary is not', async () => {
    const { ws, api } = await setup({ 'apps/long.json': many(300, 'Long', 240) });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(6);
    const summaries = api.requests.map((q) => body(q).output.summary as string);
    expect(summaries.slice(0, 5)).toEqual([50, 100, 150, 200, 250].map((n) => `Adding annotations (${n} of 300)…`));
    expect(summaries[5]!.length).toBeLessThanOrEqual(65_535);
    expect(summaries[5]!.length).toBeGreaterThan(60_000);
    expect(summaries[5]).toMatch(
      /> \*\*Summary cut:\*\* \d+ findings of 300 are not shown here, to stay within GitHub's size limit\. Every finding is in the job summary and the JSON report of the workflow run\.\n$/,
    );
    expect(r.summary.length).toBeGreaterThan(65_535);
    expect(r.summary).not.toContain('Summary cut');
    expect(body(api.requests[5]!)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(api.requests.flatMap((q) => body(q).output.annotations)).toHaveLength(300);
  });

  test('a job summary over 1 MiB is cut with a note before the limit', async () => {
    const files: Record<string, string> = {};
    // 960 findings each: all listed (at most 1,000 of one rule per file are).
    for (let i = 0; i < 5; i++) files[`apps/big${i}.json`] = many(960, `Big${i}`, 240);
    const { ws, api } = await setup(files);
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false', 'fail-on': 'never', annotations: 'false' } });
    expect(r.code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeGreaterThan(900_000);
    expect(r.summary).toMatch(/> \*\*Summary cut:\*\* [\d,]+ findings of 4,800 are not shown here, to stay within GitHub's size limit\. Every finding is in the log and the JSON report\.\n$/);
    expect(r.outputs.errors).toBe('4800');
  });
});

describe('API faults never change the verdict nor lose a finding', () => {
  test('403 on a fork PR: a notice, workflow-command annotations instead (annotations: auto), same exit code', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD, 'apps/good.json': GOOD });
    api.queue(`POST ${CHECK_RUNS}`, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' } });
    const r = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ fork: true }) });
    expect(r.code).toBe(1);
    expect(api.requests.filter((q) => q.path === CHECK_RUNS)).toHaveLength(1); // a permission error is not retried
    const notice = r.commands.find((c) => c.startsWith('::notice::create-check'));
    expect(notice).toMatch(
      /^::notice::create-check: no check run "LivePerson manifests" \(HTTP 403: Resource not accessible by integration.*\): GitHub gives workflows on pull requests from forks a read-only token, which may not create check runs\. The findings are reported as workflow-command annotations instead; the result of this step is unchanged\.$/,
    );
    expect(r.commands.filter((c) => /^::(error|warning) title=[^:]*,file=/.test(c))).toHaveLength(4);
    expect(r.stdout).toContain('::error::LivePerson manifests: 3 errors and 1 warning in 1 of 2 manifests');
    expect(r.summary).toContain('3 errors and 1 warning');
    expect(r.outputs).toMatchObject({ valid: 'false', errors: '3', warnings: '1' });
    expectNoToken(r.stdout, r.stderr);
  });

  test('annotations: false is forced: on a 403 no workflow-command annotation, every finding still in the log, summary and report', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD, 'apps/good.json': GOOD });
    api.queue(`POST ${CHECK_RUNS}`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ fork: true }), inputs: { annotations: 'false' } });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => /^::(error|warning) title=/.test(c))).toEqual([]);
    expect(r.stdout).toContain('apps/bad.json:2:3: error unknown-property unknown property "clientName"');
    expect(r.summary).toContain('3 errors and 1 warning');
    expect(r.report!.summary).toEqual({ manifests: 2, errors: 3, warnings: 1, valid: false });
  });

  test('403 without checks: write (same repository): a warning that names the permission; fail-on never still exits 0', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD });
    api.queue(`POST ${CHECK_RUNS}`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.commands.find((c) => c.startsWith('::warning::create-check'))).toContain('give the job `permissions: checks: write`');
    expect(r.commands.filter((c) => /^::(error|warning) title=[^:]*,file=/.test(c))).toHaveLength(4);
  });

  test('502 then success: retried, one check run', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD });
    api.queue(`POST ${CHECK_RUNS}`, { status: 502, body: { message: 'Server Error' } });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`, `GET ${PR_FILES}?per_page=100&page=1`]);
    expect(body(api.requests[1]!)).toEqual(body(api.requests[0]!));
    expect(body(api.requests[1]!)).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(r.stdout).toContain('GitHub API: HTTP 502 (try 1); retrying');
    expect(r.stdout).not.toMatch(/^::warning::create-check/m);
  });

  test('rate limits (403 with x-ratelimit-remaining: 0, then 429 with retry-after) are waited for and retried', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD });
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    api.queue(
      `POST ${CHECK_RUNS}`,
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } },
      { status: 429, headers: { 'retry-after': '2' }, body: { message: 'You have exceeded a secondary rate limit' } },
    );
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`, `GET ${PR_FILES}?per_page=100&page=1`]);
    expect(r.stdout).toContain('GitHub API: rate limited (try 1); retrying');
    expect(r.stdout).toContain('GitHub API: rate limited (try 2); retrying');
    expect(r.stdout).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA}`);
  });

  test('a rate limit that resets in an hour is not waited for: warning, fallback, same verdict', async () => {
    const { ws, api } = await setup({ 'apps/bad.json': BAD });
    api.queue(`POST ${CHECK_RUNS}`, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      body: { message: 'API rate limit exceeded' },
    });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.filter((q) => q.path === CHECK_RUNS)).toHaveLength(1);
    expect(r.commands).toContain(
      '::warning::create-check: the check run "LivePerson manifests" failed (rate limited by the GitHub API); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
    );
    expect(r.commands.filter((c) => /^::(error|warning) title=[^:]*,file=/.test(c))).toHaveLength(4);
  });

  test('5xx on every try: three tries, a warning, fallback annotations, verdict unchanged', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD, 'apps/warn.json': WARN });
    api.route(`POST ${CHECK_RUNS}`, () => ({ status: 503, body: { message: 'Service Unavailable' } }));
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(3);
    expect(r.commands).toContain(
      '::warning::create-check: the check run "LivePerson manifests" failed (HTTP 503 after 3 tries: Service Unavailable); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
    );
    expect(r.commands.filter((c) => /^::warning title=[^:]*,file=apps\/warn\.json,/.test(c))).toHaveLength(1);
    expect(r.outputs.valid).toBe('true');
  });

  test('a hung request times out and is retried', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD });
    api.queue(`POST ${CHECK_RUNS}`, { status: 0, hang: true });
    const r = await runAction({ workspace: ws.root, api, env: { LP_MANIFEST_API_TIMEOUT_MS: '300' } });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(2);
    expect(r.stdout).toContain('GitHub API: network error (try 1); retrying');
    expect(r.stdout).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA}`);
  });

  test('an update failing half way: the run is completed with a note and the full summary; the findings it does not carry become workflow commands', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    api.queue(`PATCH ${CHECK_RUN}`, { status: 200, body: { id: CHECK_RUN_ID } }, { status: 422, body: { message: 'Validation Failed' } });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `PATCH ${CHECK_RUN}`, `PATCH ${CHECK_RUN}`, `PATCH ${CHECK_RUN}`]);
    const close = body(api.requests[3]!);
    expect(close).toEqual({
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: '120 errors in 1 of 1 manifest',
        summary:
          '> **Incomplete:** the GitHub API failed after 100 of 120 annotations reached this check run. Every finding is in the workflow log, the job summary and the JSON report; the conclusion is unaffected.\n\n' +
          r.summary,
      },
    });
    expect(r.commands).toContain(
      '::warning::create-check: the check run "LivePerson manifests" carries only 100 of 120 annotations: the GitHub API failed (HTTP 422: Validation Failed); it was completed with a note saying so; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.',
    );
    // Only the 20 findings the check run does not carry (k100…k119): none shows twice in the diff.
    const commands = r.commands.filter((c) => /^::error title=[^:]*,file=apps\/many\.json,/.test(c));
    expect(commands.map((c) => /line=(\d+),/.exec(c)![1])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 103)));
    expect(r.stdout.split('\n').filter((l) => l.startsWith('apps/many.json:'))).toHaveLength(120);
    // The notice no longer points to an incomplete check run.
    expect(r.commands.find((c) => c.startsWith('::notice title=More'))).toMatch(/Every finding is in the job summary and the JSON report\.$/);
  });
});

describe('a create tried again after a fault GitHub may have acted on leaves no check run in progress', () => {
  const LIST = `/repos/${OWNER}/${REPO}/commits/${HEAD_SHA}/check-runs`;
  const LISTING = `GET ${LIST}?check_name=LivePerson%20manifests&filter=all&per_page=100`;
  const ORPHAN_ID = CHECK_RUN_ID - 1;
  const ORPHAN = `${CHECK_RUNS}/${ORPHAN_ID}`;
  const checkRunOf = (id: number, externalId: string, status: string) => ({ id, name: 'LivePerson manifests', head_sha: HEAD_SHA, external_id: externalId, status });
  /** What a run of 120 findings sends when nothing fails: the create with the first 50, then two updates. */
  const NORMAL = [`POST ${CHECK_RUNS}`, `PATCH ${CHECK_RUN}`, `PATCH ${CHECK_RUN}`];
  /** The outputs of a run, the report file named from RUNNER_TEMP. */
  const outputsOf = (r: RunResult) => ({ ...r.outputs, 'report-file': r.outputs['report-file']!.replace(r.runnerTemp, '$RUNNER_TEMP') });

  test('no retry: no listing, exactly the create and its updates', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual(NORMAL);
    expect(body(api.requests[0]!).external_id).toMatch(EXTERNAL_ID);
  });

  test('the create times out after GitHub made the run, then succeeds: the duplicate is found by external_id and completed; verdict and outputs unchanged', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    const baseline = await runAction({ workspace: ws.root, api });
    const before = api.requests.splice(0);

    api.queue(`POST ${CHECK_RUNS}`, { status: 0, hang: true });
    // GitHub lists the duplicate the lost create made (in progress, our external_id), the run created,
    // a run of an earlier action run still in progress (another external_id) and an earlier one of ours completed.
    api.route(`GET ${LIST}`, () => {
      const ours = body(api.requests[0]!).external_id as string;
      return {
        status: 200,
        body: {
          total_count: 4,
          check_runs: [
            checkRunOf(CHECK_RUN_ID, ours, 'completed'),
            checkRunOf(ORPHAN_ID, ours, 'in_progress'),
            checkRunOf(4000, 'lp-manifest:00000000-0000-4000-8000-000000000000', 'in_progress'),
            checkRunOf(3999, ours, 'completed'),
          ],
        },
      };
    });
    api.route(`PATCH ${ORPHAN}`, () => ({ status: 200, body: { id: ORPHAN_ID } }));
    const r = await runAction({ workspace: ws.root, api, env: { LP_MANIFEST_API_TIMEOUT_MS: '300' } });

    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, ...NORMAL, LISTING, `PATCH ${ORPHAN}`]);
    const [lost, create, , close, listing, orphan] = api.requests;
    expect(lost!.replyStatus).toBeUndefined(); // never answered
    expect(body(create!)).toEqual(body(lost!));
    expect(body(create!).external_id).toMatch(EXTERNAL_ID);
    expect(body(create!).external_id).not.toBe(body(before[0]!).external_id); // one per action run
    expect(listing!.body).toBeUndefined();
    expect(body(orphan!)).toEqual({
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: '120 errors in 1 of 1 manifest',
        summary: `A duplicate of check run ${CHECK_RUN_ID}, made when a request to GitHub was retried; see check run ${CHECK_RUN_ID} for the findings: ${HTML_URL}`,
      },
    });
    // The run created is completed as without the fault.
    expect(before.map(routeOf)).toEqual(NORMAL);
    expect(api.requests.slice(1, 4).map(body)).toEqual(before.map(body).map((b, i) => (i === 0 ? { ...b, external_id: body(create!).external_id } : b)));
    expect(body(close!)).toMatchObject({ status: 'completed', conclusion: 'failure' });

    expect(r.code).toBe(baseline.code);
    expect(r.code).toBe(1);
    expect(outputsOf(r)).toEqual(outputsOf(baseline));
    expect(r.commands).toEqual(baseline.commands);
    expect(r.stdout).toContain('GitHub API: network error (try 1); retrying');
    expect(r.stdout).toContain(
      `Check run ${ORPHAN_ID} on ${HEAD_SHA} was a duplicate, made when a request to create "LivePerson manifests" was tried again; it was completed with the same conclusion.\n`,
    );
    expect(r.stdout).not.toContain('::warning::');
  });

  test('the listing fails: a warning says plainly that a check run may be left in progress, and why; nothing else changes', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    api.queue(`POST ${CHECK_RUNS}`, { status: 502, body: { message: 'Bad Gateway' } });
    api.route(`GET ${LIST}`, () => ({ status: 500, body: { message: 'Server Error' } }));
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, ...NORMAL, LISTING, LISTING, LISTING]);
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      `::warning::create-check: a check run "LivePerson manifests" may have been left in progress on ${HEAD_SHA}: a request to create it may have reached GitHub before it failed (HTTP 502) and was tried again; listing the check runs of the commit to find such a duplicate failed (HTTP 500 after 3 tries: Server Error).`,
    ]);
    // The check run created carries every finding: no workflow-command annotation repeats them.
    expect(r.commands.filter((c) => /^::error title=/.test(c))).toEqual([]);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '1', errors: '120', warnings: '0' });
  });

  test('never created after a 502: a warning that the 502 may have left a check run in progress; no listing', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    api.route(`POST ${CHECK_RUNS}`, () => ({ status: 502, body: { message: 'Bad Gateway' } }));
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual(Array<string>(3).fill(`POST ${CHECK_RUNS}`));
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      '::warning::create-check: the check run "LivePerson manifests" failed (HTTP 502 after 3 tries: Bad Gateway); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      `::warning::create-check: a check run "LivePerson manifests" may have been left in progress on ${HEAD_SHA}: a request to create it may have reached GitHub before it failed (HTTP 502), and creating it never succeeded.`,
    ]);
  });

  test('a 4xx on create (GitHub refused it): no listing, no such warning', async () => {
    const { ws, api } = await setup({ 'apps/many.json': many(120) });
    api.queue(`POST ${CHECK_RUNS}`, { status: 422, body: { message: 'Validation Failed' } });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`]);
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      '::warning::create-check: the check run "LivePerson manifests" failed (HTTP 422: Validation Failed); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
    ]);
  });
});

describe('only-changed', () => {
  const manifest = (name: string) => `{"client_name": "${name}", "entry_uri": "http://${name}.example.com/"}\n`;

  test('lists the PR files (paginated, per_page 100) and checks only added/modified/renamed manifests', async () => {
    const { ws, api } = await setup({
      'apps/changed.json': manifest('changed'),
      'apps/untouched.json': manifest('untouched'),
      'apps/renamed.json': manifest('renamed'),
      'apps/gone.json': manifest('gone'),
      'apps/added.json': manifest('added'),
    });
    const page1 = [
      ...Array.from({ length: 97 }, (_, i) => ({ filename: `src/file${i}.ts`, status: 'modified' })),
      { filename: 'apps/changed.json', status: 'modified' },
      { filename: 'apps/gone.json', status: 'removed' },
      { filename: 'apps/renamed.json', status: 'renamed', previous_filename: 'apps/old-name.json' },
    ];
    const page2 = [
      { filename: 'apps/added.json', status: 'added' },
      { filename: 'README.md', status: 'modified' },
    ];
    api.route(`GET ${PR_FILES}`, (req) => {
      const page = req.query.page ?? '1';
      const link = (p: number, rel: string) => `<${api.url}${PR_FILES}?per_page=100&page=${p}>; rel="${rel}"`;
      return page === '1'
        ? { status: 200, headers: { link: `${link(2, 'next')}, ${link(2, 'last')}` }, body: page1 }
        : { status: 200, headers: { link: `${link(1, 'prev')}, ${link(1, 'first')}` }, body: page2 };
    });
    const r = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ changedFiles: 102 }), inputs: { 'only-changed': 'true' } });
    expect(r.code).toBe(0);
    expect(api.requests.map(routeOf)).toEqual([`GET ${PR_FILES}?per_page=100&page=1`, `GET ${PR_FILES}?per_page=100&page=2`, `POST ${CHECK_RUNS}`]);
    expect(api.requests[0]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    expect(r.outputs.manifests).toBe('3');
    expect(Object.keys(JSON.parse(r.outputs['quick-launch']!))).toEqual(['apps/added.json', 'apps/changed.json', 'apps/renamed.json']);
    expect(body(api.requests[2]!).output.annotations.map((a: { path: string }) => a.path)).toEqual(['apps/added.json', 'apps/changed.json', 'apps/renamed.json']);
    expect(r.stdout).toContain(`only-changed: 3 manifests of 5 added or modified in pull request #${PR_NUMBER}.`);
  });

  test('the Pulls API failing: a warning, and every manifest is checked', async () => {
    const { ws, api } = await setup({ 'apps/a.json': manifest('a'), 'apps/b.json': manifest('b') });
    api.route(`GET ${PR_FILES}`, () => ({ status: 404, body: { message: 'Not Found' } }));
    const r = await runAction({ workspace: ws.root, api, inputs: { 'only-changed': 'true', 'create-check': 'false' } });
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(1);
    expect(r.commands).toContain(`::warning::only-changed: could not list the files of pull request #${PR_NUMBER} (HTTP 404: Not Found); checking every manifest instead.`);
    expect(r.outputs.manifests).toBe('2');
  });

  test('no manifest changed: a notice, a successful check run, exit 0', async () => {
    const { ws, api } = await setup({ 'apps/a.json': BAD });
    api.route(`GET ${PR_FILES}`, () => ({ status: 200, body: [{ filename: 'README.md', status: 'modified' }] }));
    const r = await runAction({ workspace: ws.root, api, inputs: { 'only-changed': 'true' } });
    expect(r.code).toBe(0);
    expect(r.commands).toContain('::notice::No LivePerson manifest is added or modified in this pull request.');
    expect(body(api.requests[1]!)).toMatchObject({ conclusion: 'success', output: { title: 'No LivePerson manifests found', annotations: [] } });
  });
});

describe('inputs and reports', () => {
  test('files matching nothing fails (a typo must not pass), with a failing check run', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD });
    const r = await runAction({ workspace: ws.root, api, inputs: { files: 'apps/*.jsn' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::files: no file matches "apps/*.jsn"');
    expect(body(api.requests[0]!)).toMatchObject({ conclusion: 'failure', output: { title: 'No LivePerson manifests found' } });
    // The check run, the job summary and the outputs say the same: nothing was checked, and why.
    const headline = '## ❌ LivePerson manifests: No LivePerson manifests found\n\n**`files: no file matches "apps/*.jsn"; a typo in a glob must not pass silently`**\n';
    expect(body(api.requests[0]!).output.summary.startsWith(headline)).toBe(true);
    expect(r.summary.startsWith(headline)).toBe(true);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '0', errors: '0' });
  });

  test('quick-launch output without the profiles input: enabled_for_profiles of each QuickLaunch-ready manifest', async () => {
    const ready = '{"client_name": "QL", "quick_launch_enabled": true, "entry_uri": "https://ql.example.com/", "enabled_for_profiles": [42, 43]}\n';
    const notReady = '{"client_name": "Off", "quick_launch_enabled": true, "entry_uri": "", "enabled_for_profiles": [42]}\n';
    const { ws, api } = await setup({ 'apps/ready.json': ready, 'apps/not-ready.json': notReady, 'apps/good.json': GOOD });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false' } });
    expect(JSON.parse(r.outputs['quick-launch']!)).toEqual({ 'apps/good.json': [], 'apps/not-ready.json': [], 'apps/ready.json': [42, 43] });
  });

  test('a bad input fails the step before any work, naming the input', async () => {
    const { ws, api } = await setup({ 'apps/good.json': GOOD });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'sometimes' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::fail-on: "sometimes" is not one of error, warning, never');
    expect(api.requests).toEqual([]);
  });

  test('a SARIF file that cannot be written fails the step, after the check run and the annotations', async () => {
    const { ws, api } = await setup({ 'apps/warn.json': WARN, blocked: 'a file, not a folder' });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'sarif-file': 'blocked/lp.sarif', annotations: 'true' } });
    expect(r.code).toBe(1);
    expect(r.commands).toContain(`::error::sarif-file: cannot write ${ws.root}/blocked/lp.sarif ("blocked" is not a folder)`);
    expect(body(api.requests[0]!)).toMatchObject({ conclusion: 'success', output: { title: '1 warning in 1 of 1 manifest' } });
    expect(r.commands.filter((c) => /^::warning title=[^:]*,file=apps\/warn\.json/.test(c))).toHaveLength(1);
    expect(r.outputs.valid).toBe('true');
  });

  test('report-file, sarif-file (workspace-relative), profiles: QuickLaunch table and output', async () => {
    const ql = '{"client_name": "QL", "quick_launch_enabled": true, "entry_uri": "https://ql.example.com/", "enabled_for_profiles": [42]}\n';
    const { ws, api } = await setup({ 'apps/ql.json': ql, 'apps/bad.json': BAD });
    const r = await runAction({ workspace: ws.root, api, inputs: { profiles: '42, 43', 'report-file': 'out/report.json', 'sarif-file': 'out/lp.sarif', 'create-check': 'false' } });
    expect(r.code).toBe(1);
    expect(r.outputs['report-file']).toBe(join(ws.root, 'out/report.json'));
    expect(JSON.parse(r.outputs['quick-launch']!)).toEqual({ 'apps/bad.json': [], 'apps/ql.json': [42] });
    // Only the manifests that enable QuickLaunch have a row.
    expect(r.summary).toContain('### QuickLaunch visibility\n\n| manifest | profile 42 | profile 43 |\n|---|:---:|:---:|\n| `apps/ql.json` | ✅ | — |\n');
    const report = JSON.parse(readFileSync(join(ws.root, 'out/report.json'), 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['apps/bad.json', 'apps/ql.json']);
    const sarif = JSON.parse(readFileSync(join(ws.root, 'out/lp.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[1]).toMatchObject({
      ruleId: 'unknown-property',
      level: 'error',
      message: { text: 'unknown property "clientName"; did you mean "client_name"? (client_name is required)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/bad.json' }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 } } }],
    });
  });
});

describe('cold start', () => {
  test('@actions/github is a separate chunk, loaded only for API calls; if it cannot load, the findings still arrive', async () => {
    const bundle = readFileSync(ACTION, 'utf8');
    const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.some((c) => readFileSync(join(ROOT, 'dist', c), 'utf8').includes('octokit-core.js'))).toBe(true);
    expect(bundle).not.toContain('octokit-core.js');

    // The main file alone (no chunk): a run without API calls does not need it...
    const alone = mkdtempSync(join(tmpdir(), 'lp-manifest-dist-'));
    try {
      copyFileSync(ACTION, join(alone, 'index.js'));
      copyFileSync(join(ROOT, 'dist', 'package.json'), join(alone, 'package.json'));
      const { ws, api } = await setup({ 'apps/bad.json': BAD });
      const r = await runAction({ workspace: ws.root, api, action: join(alone, 'index.js'), inputs: { 'create-check': 'false' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.commands.filter((c) => /^::(error|warning) title=[^:]*,file=/.test(c))).toHaveLength(4);
      // ...and a run that needs it but cannot load it falls back like any API failure.
      const r2 = await runAction({ workspace: ws.root, api, action: join(alone, 'index.js') });
      expect(r2.code).toBe(1);
      expect(r2.commands.find((c) => c.startsWith('::warning::create-check: the check run "LivePerson manifests" failed ('))).toBeDefined();
      expect(r2.commands.filter((c) => /^::(error|warning) title=[^:]*,file=/.test(c))).toHaveLength(4);
      expect(api.requests).toEqual([]);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  test('the config file parser and the SARIF writer are chunks too: loaded only with a config file, a sarif-file', async () => {
    const bundle = readFileSync(ACTION, 'utf8');
    const chunks = readdirSync(join(ROOT, 'dist'))
      .filter((f) => /^\d+\.index\.js$/.test(f))
      .map((c) => readFileSync(join(ROOT, 'dist', c), 'utf8'));
    // The yaml package (its parse error class) and the SARIF writer (its schema's address).
    for (const code of ['class YAMLParseError', 'https://json.schemastore.org/sarif-2.1.0.json']) {
      expect(bundle).not.toContain(code);
      expect(chunks.filter((c) => c.includes(code))).toHaveLength(1);
    }
    // With both, the run loads them: the config file's setting applies and the SARIF file is written.
    const { ws, api } = await setup({ 'apps/bad.json': BAD, '.lp-manifest.yaml': 'fail-on: never\n' });
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false', 'sarif-file': 'out.sarif' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(ws.root, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
