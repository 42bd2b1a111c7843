// The check run and the PR file list with a real octokit (createOctokit -> getOctokit) and an
// injected fetch: the requests GitHub receives, batching, completion after a failure, pagination.
import { describe, expect, test } from '@jest/globals';
import { listChangedFiles } from '../../src/action/changed-files.js';
import { CheckRunError, checkAnnotation, checkAnnotations, publishCheckRun, type CheckAnnotation, type CheckRunRequest } from '../../src/action/check-run.js';
import { createOctokit } from '../../src/action/github-api.js';
import type { Finding, Report } from '../../src/findings.js';
import { BASE_URL, fakeFetch, type Answer, type FetchCall } from './fake-fetch.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'type', severity: 'error', message: 'm', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });

async function octokitWith(answer: (call: FetchCall, index: number) => Answer) {
  const { fetch, calls } = fakeFetch(answer);
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 3, unitMs: 0, maxWaitUnits: 10, timeoutMs: 5000 } });
  return { octokit, calls };
}

const created: Answer = { status: 201, body: { id: 77, html_url: 'https://github.com/o/r/runs/77' } };
const updated: Answer = { status: 200, body: { id: 77 } };
const byMethod = (call: FetchCall): Answer => (call.method === 'POST' ? created : updated);

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => checkAnnotation('apps/a.json', finding({ line: i + 1, endLine: i + 1 })));
}

function run(n: number): CheckRunRequest {
  return { owner: 'o', repo: 'r', name: 'LivePerson manifests', headSha: 'f'.repeat(40), conclusion: 'failure', title: 'T', summary: 'S', annotations: annotations(n) };
}

describe('annotation objects', () => {
  test('one line: columns; several lines: none; error -> failure, warning -> warning', () => {
    expect(checkAnnotation('apps/a b.json', finding())).toEqual({
      path: 'apps/a b.json',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 9,
      annotation_level: 'failure',
      message: 'm',
      title: 'type (LivePerson manifest)',
    });
    expect(checkAnnotation('x.json', finding({ severity: 'warning', rule: 'scope', endLine: 5 }))).toEqual({
      path: 'x.json',
      start_line: 3,
      end_line: 5,
      annotation_level: 'warning',
      message: 'm',
      title: 'scope (LivePerson manifest)',
    });
  });

  test('a huge message is shortened to fit the 64 KB limit', () => {
    const a = checkAnnotation('x.json', finding({ message: 'é'.repeat(100_000) }));
    expect(a.message.length).toBe(16_000);
    expect(Buffer.byteLength(a.message)).toBeLessThan(65_536);
    expect(a.message.endsWith('…')).toBe(true);
  });

  test('every finding of every file, in report order', () => {
    const report: Report = {
      version: 1,
      tool: { name: 'lp-manifest', version: '1' },
      summary: { manifests: 2, errors: 2, warnings: 1, valid: false },
      files: [
        { path: 'a.json', valid: false, quickLaunch: null, findings: [finding(), finding({ line: 4, endLine: 4, severity: 'warning' })] },
        { path: 'b.json', valid: false, quickLaunch: null, findings: [finding()] },
      ],
    };
    expect(checkAnnotations(report).map((a) => `${a.path}:${a.start_line}:${a.annotation_level}`)).toEqual(['a.json:3:failure', 'a.json:4:warning', 'b.json:3:failure']);
  });
});

describe('publishCheckRun', () => {
  test('no annotations: one completed create', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    const result = await publishCheckRun(octokit, { ...run(0), conclusion: 'success', detailsUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(result).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 1 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST ${BASE_URL}/repos/o/r/check-runs`]);
    expect(calls[0]!.body).toEqual({
      name: 'LivePerson manifests',
      head_sha: 'f'.repeat(40),
      status: 'completed',
      conclusion: 'success',
      details_url: 'https://github.com/o/r/actions/runs/1',
      output: { title: 'T', summary: 'S', annotations: [] },
    });
  });

  test('50 annotations fit in the create', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    await publishCheckRun(octokit, run(50));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.output.annotations).toHaveLength(50);
    expect(calls[0]!.body.status).toBe('completed');
  });

  test('51 annotations: create in progress with 50, one update with the last, completing', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    const all = run(51);
    const result = await publishCheckRun(octokit, all);
    expect(result.requests).toBe(2);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST ${BASE_URL}/repos/o/r/check-runs`, `PATCH ${BASE_URL}/repos/o/r/check-runs/77`]);
    expect(calls[0]!.body).toEqual({ name: 'LivePerson manifests', head_sha: 'f'.repeat(40), status: 'in_progress', output: { title: 'T', summary: 'S', annotations: all.annotations.slice(0, 50) } });
    expect(calls[1]!.body).toEqual({ status: 'completed', conclusion: 'failure', output: { title: 'T', summary: 'S', annotations: all.annotations.slice(50) } });
  });

  test('a failing update: the run is still completed (with a note) and the error says what was delivered', async () => {
    const { octokit, calls } = await octokitWith((call, i) => (call.method === 'POST' ? created : i === 2 ? { status: 422, body: { message: 'Validation Failed' } } : updated));
    const error = await publishCheckRun(octokit, run(160)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error).toMatchObject({ checkRunId: 77, delivered: 100, total: 160, message: 'HTTP 422: Validation Failed' });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(calls[3]!.body).toEqual({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'T', summary: expect.stringMatching(/^> \*\*Incomplete:\*\* the GitHub API failed after 100 of 160 annotations reached this check run\. .*\n\nS$/s) },
    });
  });

  test('a failing create: nothing more is sent', async () => {
    const { octokit, calls } = await octokitWith(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const error = (await publishCheckRun(octokit, run(3)).catch((e: unknown) => e)) as CheckRunError;
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error.checkRunId).toBeUndefined();
    expect(error.apiError?.fault.kind).toBe('permission');
    expect(calls).toHaveLength(1);
  });
});

describe('listChangedFiles', () => {
  test('follows the Link header (per_page 100) and keeps all but removed files', async () => {
    const page = (n: number) => `${BASE_URL}/repos/o/r/pulls/5/files?per_page=100&page=${n}`;
    const { octokit, calls } = await octokitWith((call) => {
      const n = new URL(call.url).searchParams.get('page') ?? '1';
      if (n === '1')
        return {
          status: 200,
          headers: { link: `<${page(2)}>; rel="next", <${page(3)}>; rel="last"` },
          body: [
            { filename: 'a.json', status: 'added' },
            { filename: 'gone.json', status: 'removed' },
          ],
        };
      if (n === '2')
        return {
          status: 200,
          headers: { link: `<${page(3)}>; rel="next", <${page(3)}>; rel="last"` },
          body: [
            { filename: 'm.json', status: 'modified' },
            { filename: 'new.json', status: 'renamed', previous_filename: 'old.json' },
          ],
        };
      return {
        status: 200,
        body: [
          { filename: 'c.json', status: 'copied' },
          { filename: 'x.json', status: 'changed' },
          { filename: 'u.json', status: 'unchanged' },
        ],
      };
    });
    const files = await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 });
    expect([...files]).toEqual(['a.json', 'm.json', 'new.json', 'c.json', 'x.json']);
    expect(calls.map((c) => c.url)).toEqual([`${BASE_URL}/repos/o/r/pulls/5/files?per_page=100`, page(2), page(3)]);
    expect(calls.every((c) => c.method === 'GET' && c.headers.authorization === 'token t')).toBe(true);
  });
});
