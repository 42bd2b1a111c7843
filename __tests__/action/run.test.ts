// The action shell, src/main.ts run(), tested against the source (no build): @actions/core recorded
// through jest.unstable_mockModule, the real @actions/github client over an injected fetch checked
// against GitHub's OpenAPI description. Each branch of the verdict, the severity overrides, the
// check run's fallbacks, only-changed's bounds, annotations, job summary and report file, with the
// exact calls the runner would turn into log lines, annotations, outputs and the step's result.
// The end-to-end tests (action-e2e.test.ts) run the same through the built dist/index.js.
import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { takeViolations, type Answer, type FetchCall } from './fake-fetch.js';
import { pullRequestEvent } from './harness.js';
import {
  body,
  CHECK_RUN_ID,
  CHECK_RUNS,
  checkRunCreated,
  cleanUp,
  DETAILS_URL,
  FAKE_TOKEN,
  HEAD_SHA,
  HTML_URL,
  MERGE_SHA,
  mockCore,
  PR_FILES,
  readJson,
  route,
  runAction as runWith,
  type CoreCall,
  type Scenario,
} from './run-support.js';

mockCore();
const { run } = await import('../../src/main.js');
// Suggestions (on by default) list the pull request's files, one more request: they have their own
// tests (suggestions-e2e, review-suggestions, pull-review); here they are off unless a test turns them on.
const runAction = (scenario: Scenario) => runWith(run, { ...scenario, inputs: { suggestions: 'false', ...scenario.inputs } });

afterEach(() => {
  cleanUp();
  expect(takeViolations()).toEqual([]);
});

// One error (unknown-property, default error) and one warning (insecure-url, default warning).
const MIXED = ['{', '  "client_name": "Mixed",', '  "displayName": "M",', '  "entry_uri": "http://mixed.example.com/"', '}', ''].join('\n');
const WARN = ['{', '  "client_name": "Warn",', '  "redirect_uris": ["http://warn.example.com/cb"]', '}', ''].join('\n');
const GOOD = '{"client_name": "Good", "scope": "msg.consumer"}\n';

const UNKNOWN = 'unknown property "displayName"; did you mean "display_name"?';
const INSECURE = 'entry_uri uses http://: the app would load unencrypted; use https://';
const WARN_INSECURE = 'redirect_uris[0] uses http://: the authorization response would travel unencrypted; use https://';

/** A workflow-command annotation as run() hands it to core.error / core.warning. */
function annotation(level: 'error' | 'warning', message: string, rule: string, file: string, line: number, startColumn: number, endColumn: number): CoreCall {
  return [level, message, { title: `${rule} (LivePerson manifest)`, file, startLine: line, endLine: line, startColumn, endColumn }];
}
const unknownAt = (level: 'error' | 'warning') => annotation(level, UNKNOWN, 'unknown-property', 'apps/mixed.json', 3, 3, 16);
const insecureAt = (level: 'error' | 'warning') => annotation(level, INSECURE, 'insecure-url', 'apps/mixed.json', 4, 16, 43);
const warnAt = annotation('warning', WARN_INSECURE, 'insecure-url', 'apps/warn.json', 3, 21, 49);

/** Check run annotations (Checks API objects) of MIXED. */
const CHECK_ANNOTATIONS = [
  { path: 'apps/mixed.json', start_line: 3, end_line: 3, start_column: 3, end_column: 16, annotation_level: 'failure', message: UNKNOWN, title: 'unknown-property (LivePerson manifest)' },
  { path: 'apps/mixed.json', start_line: 4, end_line: 4, start_column: 16, end_column: 43, annotation_level: 'warning', message: INSECURE, title: 'insecure-url (LivePerson manifest)' },
];

const forbidden: Answer = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };

/** A manifest with `count` unknown properties k0000, k0001, … one per line from line 3. */
/** A QuickLaunch-ready manifest enabled for `profiles`. */
function quickLaunchReady(profiles: number[]): string {
  const manifest = { client_name: 'QL', display_name: 'QL', description: 'An app', logo_uri: 'https://example.com/logo.png', entry_uri: 'https://example.com/app', enabled: true };
  return JSON.stringify({ ...manifest, quick_launch_enabled: true, enabled_for_profiles: profiles });
}

/** 1,001 findings in two files: the listing limit (1,000 of one rule per file) lists them all. */
const MANY_1001 = { 'apps/many.json': many(500), 'apps/more.json': many(501, 'More') };

function many(count: number, name = 'Many'): string {
  const keys = Array.from({ length: count }, (_, i) => `  "k${String(i).padStart(4, '0')}": 0`);
  return `{\n  "client_name": "${name}",\n${keys.join(',\n')}\n}\n`;
}

describe('fail-on × findings: the step fails, the check run concludes, valid says', () => {
  const title = { errors: '1 error and 1 warning in 1 of 1 manifest', warnings: '1 warning in 1 of 1 manifest', clean: '1 manifest checked, no problems' };
  const workspaces = { errors: { 'apps/mixed.json': MIXED }, warnings: { 'apps/warn.json': WARN }, clean: { 'apps/good.json': GOOD } };
  test.each([
    ['error', 'errors', true],
    ['error', 'warnings', false],
    ['error', 'clean', false],
    ['warning', 'errors', true],
    ['warning', 'warnings', true],
    ['warning', 'clean', false],
    ['never', 'errors', false],
    ['never', 'warnings', false],
    ['never', 'clean', false],
  ] as const)('fail-on %s with %s: fails %s', async (failOn, findings, fails) => {
    const o = await runAction({ files: workspaces[findings], inputs: { 'fail-on': failOn } });
    expect(o.failed).toEqual(fails ? [`LivePerson manifests: ${title[findings]}`] : []);
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`]);
    expect(body(o.requests[0]!)).toMatchObject({ status: 'completed', conclusion: fails ? 'failure' : 'success', output: { title: title[findings] } });
    expect(o.outputs.valid).toBe(findings === 'errors' ? 'false' : 'true');
    expect(o.outputs.manifests).toBe('1');
  });

  test('the default fail-on is error (action.yml), and an empty input means error too', async () => {
    for (const inputs of [{}, { 'fail-on': '' }] as Record<string, string>[]) {
      expect((await runAction({ files: { 'apps/mixed.json': MIXED }, inputs })).failed).toEqual([`LivePerson manifests: ${title.errors}`]);
      expect((await runAction({ files: { 'apps/warn.json': WARN }, inputs })).failed).toEqual([]);
    }
  });
});

describe('rules: severity overrides, for a rule whose default is error and one whose default is warning', () => {
  // create-check false: every finding becomes a workflow-command annotation, at its (overridden) level.
  test.each([
    ['', '1', '1', 'false', '1 error and 1 warning in 1 of 1 manifest', [unknownAt('error'), insecureAt('warning')]],
    ['unknown-property=off', '0', '1', 'true', undefined, [insecureAt('warning')]],
    ['unknown-property=warning', '0', '2', 'true', undefined, [unknownAt('warning'), insecureAt('warning')]],
    ['unknown-property=error', '1', '1', 'false', '1 error and 1 warning in 1 of 1 manifest', [unknownAt('error'), insecureAt('warning')]],
    ['insecure-url=off', '1', '0', 'false', '1 error in 1 of 1 manifest', [unknownAt('error')]],
    ['insecure-url=warning', '1', '1', 'false', '1 error and 1 warning in 1 of 1 manifest', [unknownAt('error'), insecureAt('warning')]],
    ['insecure-url=error', '2', '0', 'false', '2 errors in 1 of 1 manifest', [unknownAt('error'), insecureAt('error')]],
    ['unknown-property=off, insecure-url=off', '0', '0', 'true', undefined, []],
    ['unknown-property=warning, insecure-url=error', '1', '1', 'false', '1 error and 1 warning in 1 of 1 manifest', [unknownAt('warning'), insecureAt('error')]],
  ] as const)('rules %j: errors %s, warnings %s, valid %s', async (rules, errors, warnings, valid, failure, annotations) => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { rules, 'create-check': 'false' } });
    expect([o.outputs.errors, o.outputs.warnings, o.outputs.valid]).toEqual([errors, warnings, valid]);
    expect(o.failed).toEqual(failure === undefined ? [] : [`LivePerson manifests: ${failure}`]);
    expect(o.annotations).toEqual(annotations);
    expect(readJson(o.outputs['report-file']!).summary).toEqual({ manifests: 1, errors: Number(errors), warnings: Number(warnings), valid: valid === 'true' });
  });

  test('insecure-url=error with fail-on error fails a manifest that has only that warning', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, inputs: { rules: 'insecure-url=error' } });
    expect(o.failed).toEqual(['LivePerson manifests: 1 error in 1 of 1 manifest']);
    expect(body(o.requests[0]!)).toMatchObject({ conclusion: 'failure', output: { annotations: [expect.objectContaining({ annotation_level: 'failure', message: WARN_INSECURE })] } });
    expect(o.outputs.valid).toBe('false');
  });

  test('a bad override fails the step before any work, naming the input', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { rules: 'insecure-url=fatal' } });
    expect(o.calls).toEqual([
      ['setSecret', FAKE_TOKEN],
      ['setFailed', 'rules: "fatal" for insecure-url is not one of off, warning, error'],
    ]);
    expect(o.requests).toEqual([]);
  });
});

describe('the check run', () => {
  test('created on the PR head with every finding; annotations auto: none as workflow commands; outputs; job summary', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED, 'apps/good.json': GOOD } });
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`]);
    expect(o.requests[0]!.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    expect(body(o.requests[0]!)).toEqual({
      name: 'LivePerson manifests',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: DETAILS_URL,
      external_id: expect.stringMatching(/^lp-manifest:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      output: { title: '1 error and 1 warning in 1 of 2 manifests', summary: o.summary, annotations: CHECK_ANNOTATIONS },
    });
    const reportFile = join(o.runnerTemp, 'lp-manifest-report.json');
    expect(o.calls.filter((c) => c[0] !== 'summary.addRaw')).toEqual([
      ['setSecret', FAKE_TOKEN],
      ['info', `apps/mixed.json:3:3: error unknown-property ${UNKNOWN}\napps/mixed.json:4:16: warning insecure-url ${INSECURE}\n1 error, 1 warning in 2 manifests`],
      ['info', `Check run "LivePerson manifests" created on ${HEAD_SHA} with 2 annotations: ${HTML_URL}.`],
      ['summary.write'],
      ['setOutput', 'valid', 'false'],
      ['setOutput', 'manifests', '2'],
      ['setOutput', 'errors', '1'],
      ['setOutput', 'warnings', '1'],
      ['setOutput', 'report-file', reportFile],
      ['setOutput', 'quick-launch', '{"apps/good.json":[],"apps/mixed.json":[]}'],
      ['setFailed', 'LivePerson manifests: 1 error and 1 warning in 1 of 2 manifests'],
    ]);
    expect(o.summary).toContain('## ❌ LivePerson manifests: 1 error and 1 warning in 1 of 2 manifests');
    expect(readJson(reportFile)).toMatchObject({ version: 1, summary: { manifests: 2, errors: 1, warnings: 1, valid: false } });
  });

  test('on a push it goes on GITHUB_SHA, named by check-name', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, eventName: 'push', inputs: { 'check-name': 'Manifests (strict)' } });
    expect(body(o.requests[0]!)).toMatchObject({ name: 'Manifests (strict)', head_sha: MERGE_SHA, conclusion: 'success' });
    expect(o.info).toContain(`Check run "Manifests (strict)" created on ${MERGE_SHA} with 0 annotations: ${HTML_URL}.`);
    expect(o.failed).toEqual([]);
  });

  test('403 on a fork pull request: a notice, every finding as a workflow-command annotation, the same verdict and outputs', async () => {
    const files = { 'apps/mixed.json': MIXED, 'apps/warn.json': WARN };
    const o = await runAction({ files, event: pullRequestEvent({ fork: true }), answer: () => forbidden });
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`]); // a 403 without rate-limit headers is not retried
    expect(o.messages).toEqual([
      [
        'notice',
        'create-check: no check run "LivePerson manifests" (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest): GitHub gives workflows on pull requests from forks a read-only token, which may not create check runs. The findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([unknownAt('error'), insecureAt('warning'), warnAt]);
    expect(o.failed).toEqual(['LivePerson manifests: 1 error and 2 warnings in 2 of 2 manifests']);
    // The same as without any check run.
    const without = await runAction({ files, event: pullRequestEvent({ fork: true }), inputs: { 'create-check': 'false' } });
    expect(without.requests).toEqual([]);
    expect(without.annotations).toEqual(o.annotations);
    expect(without.failed).toEqual(o.failed);
    expect({ ...without.outputs, 'report-file': '' }).toEqual({ ...o.outputs, 'report-file': '' });
    expect(o.outputs).toMatchObject({ valid: 'false', manifests: '2', errors: '1', warnings: '2' });
  });

  test('403 on a fork with annotations false: the notice says where the findings are; no annotation', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, event: pullRequestEvent({ fork: true }), inputs: { annotations: 'false' }, answer: () => forbidden });
    expect(o.messages).toEqual([
      [
        'notice',
        'create-check: no check run "LivePerson manifests" (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest): GitHub gives workflows on pull requests from forks a read-only token, which may not create check runs. The findings are in the workflow log, the job summary and the JSON report (annotations: false); the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([]);
    expect(o.failed).toEqual(['LivePerson manifests: 1 error and 1 warning in 1 of 1 manifest']);
  });

  test('403 in the same repository: a warning naming checks: write, the same fallback and verdict', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { 'fail-on': 'never' }, answer: () => forbidden });
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: no check run "LivePerson manifests" (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest): the token may not create check runs: give the job `permissions: checks: write` (and `contents: read`). The findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([unknownAt('error'), insecureAt('warning')]);
    expect(o.failed).toEqual([]);
    expect(o.outputs.valid).toBe('false');
  });

  test('5xx on every try: three tries, each retry in the log, a warning, fallback annotations', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, answer: () => ({ status: 502, body: { message: 'Bad gateway' } }) });
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`]);
    expect(o.info.filter((l) => l.startsWith('GitHub API'))).toEqual(['GitHub API: HTTP 502 (try 1); retrying in 0s', 'GitHub API: HTTP 502 (try 2); retrying in 0s']);
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: the check run "LivePerson manifests" failed (HTTP 502 after 3 tries: Bad gateway); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([warnAt]);
    expect(o.failed).toEqual([]);
  });

  test('a rate limit that resets in an hour is not waited for: said as a rate limit', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const o = await runAction({
      files: { 'apps/warn.json': WARN },
      answer: () => ({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } }),
    });
    expect(o.requests).toHaveLength(1);
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: the check run "LivePerson manifests" failed (rate limited by the GitHub API); the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([warnAt]);
  });

  test('an empty github-token: no API call, a warning, fallback annotations', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, inputs: { 'github-token': '' } });
    expect(o.requests).toEqual([]);
    expect(o.calls[0]![0]).not.toBe('setSecret');
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: github-token is empty, so no check run "LivePerson manifests" was created; the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([warnAt]);
  });

  test('no GITHUB_REPOSITORY (not on a runner): no API call, a warning, fallback annotations', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, env: { GITHUB_REPOSITORY: undefined } });
    expect(o.requests).toEqual([]);
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: GITHUB_REPOSITORY or GITHUB_SHA is not set (not on a GitHub runner?), so no check run was created; the findings are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations).toEqual([warnAt]);
  });

  test('an update failing half way: completed with a note; the findings it does not carry become annotations', async () => {
    // 120 findings: create with 50, update with 50 (fails for good), then the completing update.
    const answer = (call: FetchCall, index: number): Answer =>
      index === 0 ? checkRunCreated(call) : index <= 3 ? { status: 500, body: { message: 'boom' } } : { status: 200, body: { id: CHECK_RUN_ID } };
    const o = await runAction({ files: { 'apps/many.json': many(120) }, answer });
    expect(o.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'PATCH']);
    expect(body(o.requests[4]!)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: the check run "LivePerson manifests" carries only 50 of 120 annotations: the GitHub API failed (HTTP 500 after 3 tries: boom); it was completed with a note saying so; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations.map((a) => (a[2] as { startLine: number }).startLine)).toEqual(Array.from({ length: 70 }, (_, i) => 53 + i));
  });
});

describe('annotations: auto / true / false', () => {
  test('auto with a check run that carries every finding: no workflow-command annotation', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { annotations: 'auto' } });
    expect(o.annotations).toEqual([]);
    expect(o.messages).toEqual([]);
  });

  test('auto without a check run: every finding', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { 'create-check': 'false' } });
    expect(o.requests).toEqual([]);
    expect(o.annotations).toEqual([unknownAt('error'), insecureAt('warning')]);
  });

  test('true: every finding, next to the check run', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { annotations: 'true' } });
    expect(body(o.requests[0]!).output.annotations).toEqual(CHECK_ANNOTATIONS);
    expect(o.annotations).toEqual([unknownAt('error'), insecureAt('warning')]);
  });

  test('false: none, with or without a check run; the findings are still in the log', async () => {
    for (const createCheck of ['true', 'false']) {
      const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { annotations: 'false', 'create-check': createCheck } });
      expect(o.annotations).toEqual([]);
      expect(o.info[0]).toContain(`apps/mixed.json:3:3: error unknown-property ${UNKNOWN}`);
      expect(o.failed).toEqual(['LivePerson manifests: 1 error and 1 warning in 1 of 1 manifest']);
    }
  });

  test('auto, no check run, 1,001 findings: the first 1,000 annotated, and a notice for the rest', async () => {
    const o = await runAction({ files: MANY_1001, inputs: { 'create-check': 'false' } });
    const errors = o.annotations.filter((a) => a[0] === 'error');
    expect(errors).toHaveLength(1000);
    expect(errors[999]![2]).toMatchObject({ file: 'apps/more.json', startLine: 502 });
    expect(o.annotations.filter((a) => a[0] === 'notice')).toHaveLength(1);
  });

  test('auto, a check run carrying the first 1,000 of 1,001 findings: no workflow command, a notice about the rest', async () => {
    const o = await runAction({ files: MANY_1001 });
    expect(o.requests).toHaveLength(20);
    expect(o.annotations).toEqual([
      [
        'notice',
        'The check run "LivePerson manifests" shows the first 1,000 of 1,001 findings as annotations; the other 1 is not annotated. Every finding is in the workflow log, the job summary and the JSON report.',
        { title: 'More findings than annotations' },
      ],
    ]);
  });
});

describe('job summary and report file', () => {
  test('job-summary true: the summary is added and written; false: no summary at all', async () => {
    const on = await runAction({ files: { 'apps/mixed.json': MIXED } });
    expect(on.calls.filter((c) => c[0].startsWith('summary.')).map((c) => c[0])).toEqual(['summary.addRaw', 'summary.write']);
    // No check run (a fork's 403) and annotations false: the notice says where the findings are, no job summary among them.
    const off = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { 'job-summary': 'false', annotations: 'false' }, event: pullRequestEvent({ fork: true }), answer: () => forbidden });
    expect(off.calls.filter((c) => c[0].startsWith('summary.'))).toEqual([]);
    expect(off.messages).toEqual([['notice', expect.stringContaining('. The findings are in the workflow log and the JSON report (annotations: false); the result of this step is unchanged.')]]);
    expect(off.failed).toEqual(on.failed);
  });

  test('a job summary that cannot be written is a warning; the verdict and outputs stand', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, summaryError: new Error('ENOSPC: no space left') });
    expect(o.messages).toEqual([['warning', 'could not write the job summary: ENOSPC: no space left']]);
    expect(o.failed).toEqual([]);
    expect(o.outputs.warnings).toBe('1');
  });

  test('report-file: written where the input says (workspace-relative), the output names it', async () => {
    const inputs = { 'report-file': 'out/lp.json', 'sarif-file': 'out/lp.sarif', annotations: 'false' };
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs, event: pullRequestEvent({ fork: true }), answer: () => forbidden });
    expect(o.messages).toEqual([
      ['notice', expect.stringContaining('. The findings are in the workflow log, the job summary, the JSON report and the SARIF file (annotations: false); the result of this step is unchanged.')],
    ]);
    const path = join(o.ws.root, 'out', 'lp.json');
    expect(o.outputs['report-file']).toBe(path);
    expect(readJson(path)).toMatchObject({ version: 1, summary: { manifests: 1, errors: 1, warnings: 1, valid: false }, files: [{ path: 'apps/mixed.json' }] });
    expect(readJson(join(o.ws.root, 'out', 'lp.sarif'))).toMatchObject({ version: '2.1.0' });
    expect(existsSync(join(o.runnerTemp, 'lp-manifest-report.json'))).toBe(false);
  });

  test('a report file outside the workspace fails the step after every finding went out; the output is empty', async () => {
    // A real folder outside the workspace and RUNNER_TEMP (never a system path: under mutation testing the check may be gone).
    const outside = mkdtempSync(join(tmpdir(), 'lp-manifest-outside-'));
    try {
      const path = join(outside, 'lp.json');
      const o = await runAction({ files: { 'apps/warn.json': WARN }, inputs: { 'report-file': path } });
      expect(o.outputs['report-file']).toBe('');
      expect(o.annotations).toEqual([]); // the check run carries the finding
      expect(o.failed).toEqual([`report-file: cannot write ${path} (it is outside the workspace and RUNNER_TEMP; the action writes only there)`]);
      expect(existsSync(path)).toBe(false);
      // The findings are said to be only where they are: no JSON report.
      const fork = await runAction({ files: { 'apps/warn.json': WARN }, inputs: { 'report-file': path, annotations: 'false' }, event: pullRequestEvent({ fork: true }), answer: () => forbidden });
      expect(fork.messages).toEqual([['notice', expect.stringContaining('. The findings are in the workflow log and the job summary (annotations: false); the result of this step is unchanged.')]]);
      expect(fork.failed).toEqual(o.failed);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('only-changed', () => {
  const files = { 'apps/a.json': GOOD, 'apps/b.json': WARN, 'apps/c.json': MIXED, 'apps/d.json': GOOD };
  const page = (entries: { filename: string; status: string }[], next: boolean): Answer => ({
    status: 200,
    headers: next ? { link: '<https://api.github.com/repositories/1/pulls/17/files?per_page=100&page=99>; rel="next"' } : {},
    body: entries.map((e) => ({ sha: 'a'.repeat(40), additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...e })),
  });
  const others = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ filename: `other/${from + i}.txt`, status: 'added' }));
  const pulls = (pages: (p: number) => Answer) => (call: FetchCall) => (call.url.startsWith(PR_FILES) ? pages(Number(new URL(call.url).searchParams.get('page'))) : checkRunCreated(call));

  test('lists the PR files, 100 a page, and checks the added, modified and renamed manifests only', async () => {
    const answer = pulls((p) =>
      p === 1
        ? page([...others(99), { filename: 'apps/a.json', status: 'modified' }], true)
        : page(
            [
              { filename: 'apps/b.json', status: 'removed' },
              { filename: 'apps/c.json', status: 'renamed' },
              { filename: 'apps/d.json', status: 'unchanged' },
            ],
            false,
          ),
    );
    const o = await runAction({ files, inputs: { 'only-changed': 'true' }, answer });
    expect(o.requests.map(route)).toEqual([`GET ${PR_FILES}?per_page=100&page=1`, `GET ${PR_FILES}?per_page=100&page=2`, `POST ${CHECK_RUNS}`]);
    expect(o.info).toContain('only-changed: 2 manifests of 4 added or modified in pull request #17.');
    expect(o.outputs).toMatchObject({ manifests: '2', errors: '1', warnings: '1' });
    expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/a.json': [], 'apps/c.json': [] });
  });

  test('changed_files over 3,000 in the payload: no API call for the files, a notice, every manifest', async () => {
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, event: pullRequestEvent({ changedFiles: 3001 }) });
    expect(o.requests).toEqual([]);
    expect(o.messages).toEqual([['notice', 'only-changed: pull request #17 changes 3001 files, more than the 3000 the GitHub API lists; checking every manifest.']]);
    expect(o.outputs.manifests).toBe('4');
  });

  test('changed_files of exactly 3,000: the files are listed', async () => {
    const answer = pulls(() => page([{ filename: 'apps/c.json', status: 'added' }], false));
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, event: pullRequestEvent({ changedFiles: 3000 }), answer });
    expect(o.requests.map(route)).toEqual([`GET ${PR_FILES}?per_page=100&page=1`]);
    expect(o.messages).toEqual([]);
    expect(o.outputs.manifests).toBe('1');
  });

  test('30 full pages (3,000 files): the list may be cut, so every manifest is checked', async () => {
    const answer = pulls((p) => page(others(100, (p - 1) * 100), true));
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, answer });
    expect(o.requests.map(route)).toEqual(Array.from({ length: 30 }, (_, i) => `GET ${PR_FILES}?per_page=100&page=${i + 1}`));
    expect(o.messages).toEqual([['notice', 'only-changed: the GitHub API lists 3,000 files of pull request #17, as many as it ever lists, so some may be missing; checking every manifest.']]);
    expect(o.outputs.manifests).toBe('4');
  });

  test('pages that go on past 30: at most 30 requests, then every manifest', async () => {
    const answer = pulls((p) => page(others(1, p), true));
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, answer });
    expect(o.requests).toHaveLength(30);
    expect(o.requests[29]!.url).toBe(`${PR_FILES}?per_page=100&page=30`);
    expect(o.messages).toEqual([
      ['notice', 'only-changed: the GitHub API still offered more files of pull request #17 after 30 pages (30 files), and it lists at most 3,000 files in 30 pages; checking every manifest.'],
    ]);
    expect(o.outputs.manifests).toBe('4');
  });

  test('the Pulls API failing: a warning, every manifest', async () => {
    const answer = pulls(() => ({ status: 500, body: { message: 'boom' } }));
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, answer });
    expect(o.requests).toHaveLength(3);
    expect(o.messages).toEqual([['warning', 'only-changed: could not list the files of pull request #17 (HTTP 500 after 3 tries: boom); checking every manifest instead.']]);
    expect(o.outputs.manifests).toBe('4');
  });

  test('not a pull request event: said, every manifest, no API call for files', async () => {
    const o = await runAction({ files, eventName: 'push', inputs: { 'only-changed': 'true', 'create-check': 'false' } });
    expect(o.requests).toEqual([]);
    expect(o.info).toContain('only-changed: not a pull request event (push); checking every manifest.');
    expect(o.outputs.manifests).toBe('4');
  });

  describe('a manifest changed through a file it depends on is checked', () => {
    const BROKEN = '{\n  "client_name": "Linked",\n  "grant_types": ["client_credential"]\n}\n';
    const listing = (...names: string[]) =>
      pulls(() =>
        page(
          names.map((filename) => ({ filename, status: 'modified' })),
          false,
        ),
      );

    test.each([
      ['the file at the end of a link to a link', 'store/app.data'],
      ['the link in the middle', 'links/app.link'],
    ])('%s', async (_what, edited) => {
      const o = await runAction({
        files: { 'apps/ok.json': GOOD, 'store/app.data': BROKEN },
        links: { 'apps/app.json': '../links/app.link', 'links/app.link': '../store/app.data' },
        inputs: { 'only-changed': 'true', 'create-check': 'false' },
        answer: listing('README.md', edited),
      });
      expect(o.info).toContain('only-changed: 1 manifest of 2 added or modified in pull request #17 (1 through a file it depends on: a symbolic link or a logo).');
      expect(o.outputs).toMatchObject({ manifests: '1', valid: 'false', errors: '1' });
      expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/app.json': [] });
    });

    test('a linked folder on the way that the pull request changes (discovery does not enter linked folders, a link may go through one)', async () => {
      const o = await runAction({
        files: { 'store/v2/app.json': BROKEN, 'other/y.json': WARN },
        links: { 'apps/app.json': '../linked/app.json', linked: 'store/v2' },
        inputs: { 'only-changed': 'true', 'create-check': 'false' },
        answer: listing('linked'),
      });
      expect(o.info).toContain('only-changed: 1 manifest of 3 added or modified in pull request #17 (1 through a file it depends on: a symbolic link or a logo).');
      expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/app.json': [] });
    });

    test('a logo the pull request replaces (relative to the manifest, and from the root), and one reached through a link', async () => {
      const svg = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}"></svg>`;
      const manifest = (logo: string) => JSON.stringify({ client_name: `App ${logo}`, logo_uri: logo });
      const o = await runAction({
        files: {
          'apps/a/app.json': manifest('img/logo.svg'),
          'apps/a/img/logo.svg': svg(10),
          'apps/b.json': manifest('/brand/logo.svg'),
          'brand/logo.svg': svg(12),
          'apps/c.json': manifest('assets/logo.svg'),
          'store/logo.svg': svg(14),
          'apps/d.json': manifest('https://cdn.example.com/logo.svg'),
        },
        links: { 'apps/assets': '../store' },
        inputs: { 'only-changed': 'true', 'create-check': 'false' },
        answer: listing('apps/a/img/logo.svg', 'brand/logo.svg', 'store/logo.svg', 'logo.svg'),
      });
      expect(o.info).toContain('only-changed: 3 manifests of 4 added or modified in pull request #17 (3 through a file they depend on: a symbolic link or a logo).');
      expect(o.annotations.map((a) => [a[0], a[1], (a[2] as { file?: string }).file])).toEqual([
        ['error', 'the logo is 10×10 pixels (SVG); LivePerson requires exactly 70×70', 'apps/a/app.json'],
        ['error', 'the logo is 12×12 pixels (SVG); LivePerson requires exactly 70×70', 'apps/b.json'],
        ['error', 'the logo is 14×14 pixels (SVG); LivePerson requires exactly 70×70', 'apps/c.json'],
      ]);
    });
  });

  test('no manifest changed: a notice, valid, no failure', async () => {
    const answer = pulls(() => page(others(3), false));
    const o = await runAction({ files, inputs: { 'only-changed': 'true', 'create-check': 'false' }, answer });
    expect(o.messages).toEqual([['notice', 'No LivePerson manifest is added or modified in this pull request.']]);
    expect(o.outputs).toMatchObject({ valid: 'true', manifests: '0' });
    expect(o.failed).toEqual([]);
  });
});

describe('files and discovery', () => {
  test('no manifest at all: a notice, valid true', async () => {
    const o = await runAction({ files: { 'package.json': '{"name": "x"}' }, inputs: { 'create-check': 'false' } });
    expect(o.messages).toEqual([['notice', 'No LivePerson manifests found.']]);
    expect(o.outputs).toMatchObject({ valid: 'true', manifests: '0' });
    expect(o.failed).toEqual([]);
  });

  test('files matching nothing fails, says why in the check run, and valid is false', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, inputs: { files: 'app/*.json' } });
    const failure = 'files: no file matches "app/*.json"; a typo in a glob must not pass silently';
    expect(o.failed).toEqual([failure]);
    expect(body(o.requests[0]!)).toMatchObject({ conclusion: 'failure' });
    expect(body(o.requests[0]!).output.summary).toContain(failure);
    expect(o.outputs).toMatchObject({ valid: 'false', manifests: '0' });
  });

  test('files: only the matching manifests', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD, 'apps/warn.json': WARN }, inputs: { files: 'apps/w*.json', 'create-check': 'false' } });
    expect(o.outputs).toMatchObject({ manifests: '1', warnings: '1' });
  });

  test('exclude: auto-discovery skips the excluded manifests', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD, 'apps/warn.json': WARN }, inputs: { exclude: 'apps/w*', 'create-check': 'false' } });
    expect(o.outputs).toMatchObject({ manifests: '1', warnings: '0' });
  });

  test('profiles: the quick-launch output lists the profiles that see each manifest', async () => {
    const ql = quickLaunchReady([42]);
    const o = await runAction({ files: { 'apps/ql.json': ql }, inputs: { profiles: '42, 43', 'create-check': 'false' } });
    expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/ql.json': [42] });
  });

  test('require-quick-launch without profiles fails before any work', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, inputs: { 'require-quick-launch': 'true' } });
    expect(o.calls).toEqual([
      ['setSecret', FAKE_TOKEN],
      ['setFailed', 'require-quick-launch: needs the profiles input (the profiles that must see each app)'],
    ]);
  });

  test('the token is masked before anything is logged', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD } });
    expect(o.calls[0]).toEqual(['setSecret', FAKE_TOKEN]);
    expect(JSON.stringify(o.calls.slice(1))).not.toContain(FAKE_TOKEN);
  });
});

describe('more findings than GitHub shows, and where the rest are', () => {
  const notice = (moreAt: string): CoreCall => [
    'notice',
    `12 errors and 0 warnings found; GitHub displays only 10 errors and 10 warnings per step, so 2 findings are not shown as annotations here. Every finding is in ${moreAt}.`,
    { title: 'More findings than annotations' },
  ];
  const annotated = (o: { annotations: CoreCall[] }) => o.annotations.filter((a) => a[0] === 'error').length;

  test('no check run: every finding annotated, then a notice naming the job summary and the JSON report', async () => {
    const o = await runAction({ files: { 'apps/many.json': many(12) }, inputs: { 'create-check': 'false' } });
    expect(annotated(o)).toBe(12);
    expect(o.annotations[12]).toEqual(notice('the job summary and the JSON report'));
    expect(o.annotations).toHaveLength(13);
  });

  test('no check run, no job summary: the notice names the log and the JSON report', async () => {
    const o = await runAction({ files: { 'apps/many.json': many(12) }, inputs: { 'create-check': 'false', 'job-summary': 'false' } });
    expect(o.annotations[12]).toEqual(notice('the log and the JSON report'));
  });

  test('annotations true next to a check run: the notice names the check run and its page first', async () => {
    const o = await runAction({ files: { 'apps/many.json': many(12) }, inputs: { annotations: 'true' } });
    expect(annotated(o)).toBe(12);
    expect(o.annotations[12]).toEqual(notice(`the check run "LivePerson manifests" (${HTML_URL}), the job summary and the JSON report`));
  });

  test('a check run whose response has no page: named without one, in the notice and the log', async () => {
    const answer = (call: FetchCall): Answer => (call.method === 'POST' ? { status: 201, body: { id: CHECK_RUN_ID } } : { status: 200, body: { id: CHECK_RUN_ID } });
    const o = await runAction({ files: { 'apps/many.json': many(12) }, inputs: { annotations: 'true' }, answer });
    expect(o.annotations[12]).toEqual(notice('the check run "LivePerson manifests", the job summary and the JSON report'));
    expect(o.info).toContain(`Check run "LivePerson manifests" created on ${HEAD_SHA} with 12 annotations.`);
  });

  test('a check run carrying the first 1,000 of 1,001 findings says so in the log', async () => {
    const o = await runAction({ files: MANY_1001 });
    const line = new RegExp(`^Check run "LivePerson manifests" created on ${HEAD_SHA} with 1,000 annotations \\(the first 1,000 of 1,001 findings\\): ${HTML_URL.replace(/[./]/g, '\\$&')}\\.$`);
    expect([o.info.slice(1), o.messages]).toEqual([[expect.stringMatching(line)], []]);
  });
});

describe('faults of the runner and the API', () => {
  test('inputs that cannot be read fail the step, and nothing else happens', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, coreErrors: { getInput: new Error('no INPUT_ variables') } });
    expect(o.calls).toEqual([['setFailed', 'cannot read the inputs: Error: no INPUT_ variables']]);
    expect(o.requests).toEqual([]);
  });

  test('an unexpected failure (outputs cannot be written) fails the step with its message, after the findings went out', async () => {
    const o = await runAction({ files: { 'apps/warn.json': WARN }, inputs: { 'create-check': 'false' }, coreErrors: { setOutput: new Error('Missing file at path: /runner/output') } });
    expect(o.failed).toEqual(['lp-manifest failed: Missing file at path: /runner/output']);
    expect(o.annotations).toEqual([warnAt]);
  });

  test('a rate limit that resets now is waited for and retried, said as a rate limit', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const limited: Answer = { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } };
    const o = await runAction({ files: { 'apps/warn.json': WARN }, answer: (call, index) => (index === 0 ? limited : checkRunCreated(call)) });
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`, `POST ${CHECK_RUNS}`]);
    expect(o.info.filter((l) => l.startsWith('GitHub API'))).toEqual(['GitHub API: rate limited (try 1); retrying in 0s']);
    expect(o.messages).toEqual([]);
  });

  test('the log gives each retry wait in seconds, to a tenth', async () => {
    const answer = (call: FetchCall, index: number): Answer => (index < 2 ? { status: 502, body: { message: 'Bad gateway' } } : checkRunCreated(call));
    const o = await runAction({ files: { 'apps/good.json': GOOD }, env: { LP_MANIFEST_RETRY_UNIT_MS: '150' }, answer });
    expect(o.info.filter((l) => l.startsWith('GitHub API'))).toEqual(['GitHub API: HTTP 502 (try 1); retrying in 0.2s', 'GitHub API: HTTP 502 (try 2); retrying in 0.3s']);
    expect(o.requests).toHaveLength(3);
  });

  test('a check run that cannot be completed either: the warning says it may stay in progress, and why', async () => {
    const answer = (call: FetchCall): Answer => (call.method === 'POST' ? checkRunCreated(call) : { status: 500, body: { message: 'boom' } });
    const o = await runAction({ files: { 'apps/many.json': many(120) }, answer });
    expect(o.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'PATCH', 'PATCH', 'PATCH']);
    expect(o.messages).toEqual([
      [
        'warning',
        'create-check: the check run "LivePerson manifests" was created but could not be completed (HTTP 500 after 3 tries: boom, after the GitHub API failed: HTTP 500 after 3 tries: boom), so it may stay "in progress". It carries 50 of 120 annotations; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.',
      ],
    ]);
    expect(o.annotations.map((a) => (a[2] as { startLine: number }).startLine)).toEqual(Array.from({ length: 70 }, (_, i) => 53 + i));
  });

  test('a created check run whose response has no id cannot be updated: said, with the findings it does not carry annotated', async () => {
    const o = await runAction({ files: { 'apps/many.json': many(120) }, answer: () => ({ status: 201, body: { html_url: HTML_URL } }) });
    expect(o.requests.map((r) => r.method)).toEqual(['POST']);
    expect(o.messages).toEqual([
      [
        'warning',
        `create-check: the check run "LivePerson manifests" was created but could not be completed (GitHub's response to creating it has no usable id: no id), so it may stay "in progress". It carries 50 of 120 annotations; the findings it does not carry are reported as workflow-command annotations instead; the result of this step is unchanged.`,
      ],
    ]);
    expect(o.annotations.filter((a) => a[0] === 'error')).toHaveLength(70);
  });

  test('only the workflow log holds the findings: the notice says so', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'lp-manifest-outside-'));
    try {
      const inputs = { 'report-file': join(outside, 'r.json'), 'job-summary': 'false', annotations: 'false' };
      const o = await runAction({ files: { 'apps/warn.json': WARN }, inputs, event: pullRequestEvent({ fork: true }), answer: () => forbidden });
      expect(o.messages).toEqual([['notice', expect.stringContaining('. The findings are in the workflow log (annotations: false); the result of this step is unchanged.')]]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('quick-launch output without profiles: the enabled_for_profiles of each QuickLaunch-ready manifest, [] for the others', async () => {
    const ready = quickLaunchReady([7, 9]);
    const o = await runAction({ files: { 'apps/ql.json': ready, 'apps/good.json': GOOD }, inputs: { 'create-check': 'false' } });
    expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/good.json': [], 'apps/ql.json': [7, 9] });
  });
});

describe('inputs', () => {
  const READY = quickLaunchReady([42]);
  const EMPTY = Object.fromEntries(
    ['files', 'exclude', 'profiles', 'require-quick-launch', 'rules', 'fail-on', 'only-changed', 'create-check', 'check-name', 'annotations', 'job-summary', 'report-file', 'sarif-file'].map((n) => [
      n,
      '',
    ]),
  );

  test("every input empty (no action.yml defaults, as outside a runner): action.yml's defaults all the same", async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: EMPTY });
    // On a pull request: create-check true, check-name "LivePerson manifests", only-changed false (no files listed), annotations auto (none).
    expect(o.requests.map(route)).toEqual([`POST ${CHECK_RUNS}`]);
    expect(body(o.requests[0]!).name).toBe('LivePerson manifests');
    expect(o.annotations).toEqual([]);
    expect(o.calls.filter((c) => c[0].startsWith('summary.')).map((c) => c[0])).toEqual(['summary.addRaw', 'summary.write']); // job-summary true
    expect(o.failed).toEqual(['LivePerson manifests: 1 error and 1 warning in 1 of 1 manifest']); // fail-on error; require-quick-launch false
  });

  test.each([
    ['profiles', 'x1', 'profiles: "x1" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
    ['fail-on', 'sometimes', 'fail-on: "sometimes" is not one of error, warning, never'],
    ['annotations', 'maybe', 'annotations: "maybe" is not true or false (or auto)'],
    ['only-changed', 'yes', 'only-changed: "yes" is not true or false'],
    ['files', '../elsewhere/*.json', 'files: "../elsewhere/*.json" points outside the workspace; use a workspace-relative glob such as "apps/**/*.json"'],
  ])('a bad %s fails the step with a message naming it', async (name, value, message) => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, inputs: { [name]: value } });
    expect(o.failed).toEqual([message]);
    expect(o.requests).toEqual([]);
    expect(o.calls.filter((c) => c[0] === 'setOutput')).toEqual([]);
  });

  test('profiles: the quick-launch output lists those of the input that see each manifest, not its enabled_for_profiles', async () => {
    const o = await runAction({ files: { 'apps/ql.json': READY }, inputs: { profiles: '43', 'create-check': 'false' } });
    expect(JSON.parse(o.outputs['quick-launch']!)).toEqual({ 'apps/ql.json': [] });
  });

  test('require-quick-launch with profiles: checked, and a manifest that the profile sees passes', async () => {
    const o = await runAction({ files: { 'apps/ql.json': READY }, inputs: { profiles: '42', 'require-quick-launch': 'true', 'create-check': 'false' } });
    expect(o.failed).toEqual([]);
    expect(o.outputs).toMatchObject({ valid: 'true', 'quick-launch': '{"apps/ql.json":[42]}' });
  });

  test('an empty check-name is the default name', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, inputs: { 'check-name': '' } });
    expect(body(o.requests[0]!).name).toBe('LivePerson manifests');
  });

  test('a manifest that is not JSON: no QuickLaunch result, [] in the quick-launch output', async () => {
    const o = await runAction({ files: { 'apps/broken.json': '{"client_name": "a",\n' }, inputs: { 'create-check': 'false' } });
    expect(o.outputs['quick-launch']).toBe('{"apps/broken.json":[]}');
    expect(o.failed).toEqual(['LivePerson manifests: 1 error in 1 of 1 manifest']);
  });

  test('only-changed without GITHUB_EVENT_NAME: said as an unknown event', async () => {
    const o = await runAction({ files: { 'apps/good.json': GOOD }, inputs: { 'only-changed': 'true', 'create-check': 'false' }, env: { GITHUB_EVENT_NAME: undefined }, event: {} });
    expect(o.info).toContain('only-changed: not a pull request event (unknown event); checking every manifest.');
  });

  test('a check run carrying the first 1,000 of 1,002 findings: the notice says the other 2 are not annotated', async () => {
    const o = await runAction({ files: { 'apps/many.json': many(501), 'apps/more.json': many(501, 'More') } });
    expect(o.annotations).toEqual([
      [
        'notice',
        'The check run "LivePerson manifests" shows the first 1,000 of 1,002 findings as annotations; the other 2 are not annotated. Every finding is in the workflow log, the job summary and the JSON report.',
        { title: 'More findings than annotations' },
      ],
    ]);
  });
});
