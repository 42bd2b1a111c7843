// The check run and the PR file list with a real octokit (createOctokit -> getOctokit) and an
// injected fetch that checks every request against GitHub's OpenAPI description: the requests GitHub
// receives, batching, the 1,000-annotation cap, completion after a failure, unusable responses,
// bounded pagination.
import { afterEach, describe, expect, test } from '@jest/globals';
import { listChangedFiles } from '../../src/action/changed-files.js';
import {
  CheckRunError,
  checkAnnotation,
  checkAnnotations,
  MAX_CHECK_ANNOTATIONS,
  publishCheckRun,
  UnusableResponseError,
  type CheckAnnotation,
  type CheckRunRequest,
} from '../../src/action/check-run.js';
import { createOctokit } from '../../src/action/github-api.js';
import type { Finding, Report } from '../../src/engine/findings.js';
import { BASE_URL, fakeFetch, takeViolations, type Answer, type FetchCall } from './fake-fetch.js';

afterEach(() => {
  expect(takeViolations()).toEqual([]);
});

const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'type', severity: 'error', message: 'm', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });

async function octokitWith(answer: (call: FetchCall, index: number) => Answer, timeoutMs = 5000) {
  const { fetch, calls } = fakeFetch(answer);
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 3, unitMs: 0, maxWaitUnits: 10, timeoutMs } });
  return { octokit, calls };
}

const created: Answer = { status: 201, body: { id: 77, html_url: 'https://github.com/o/r/runs/77' } };
const updated: Answer = { status: 200, body: { id: 77 } };
const byMethod = (call: FetchCall): Answer => (call.method === 'POST' ? created : updated);

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => checkAnnotation('apps/a.json', finding({ line: i + 1, endLine: i + 1 })));
}

const EXTERNAL_ID = 'lp-manifest:0f8fad5b-d9cb-469f-a165-70867728950e';

function run(n: number): CheckRunRequest {
  return {
    owner: 'o',
    repo: 'r',
    name: 'LivePerson manifests',
    headSha: 'f'.repeat(40),
    conclusion: 'failure',
    title: 'T',
    summary: 'S',
    annotations: annotations(n),
    elsewhere: 'the log',
    externalId: EXTERNAL_ID,
  };
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

const CREATE = `POST ${BASE_URL}/repos/o/r/check-runs`;
const UPDATE = `PATCH ${BASE_URL}/repos/o/r/check-runs/77`;
const route = (c: FetchCall) => `${c.method} ${c.url}`;

describe('publishCheckRun', () => {
  test('no annotations: one completed create', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    const result = await publishCheckRun(octokit, { ...run(0), conclusion: 'success', detailsUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(result).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 1, delivered: 0 });
    expect(calls.map(route)).toEqual([CREATE]);
    expect(calls[0]!.body).toEqual({
      name: 'LivePerson manifests',
      head_sha: 'f'.repeat(40),
      external_id: EXTERNAL_ID,
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

  test('51 annotations: create in progress with 50 and a progress summary, one update with the last, completing with the summary', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    const all = run(51);
    const result = await publishCheckRun(octokit, all);
    expect(result).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 2, delivered: 51 });
    expect(calls.map(route)).toEqual([CREATE, UPDATE]);
    expect(calls[0]!.body).toEqual({
      name: 'LivePerson manifests',
      head_sha: 'f'.repeat(40),
      external_id: EXTERNAL_ID,
      status: 'in_progress',
      output: { title: 'T', summary: 'Adding annotations (50 of 51)…', annotations: all.annotations.slice(0, 50) },
    });
    expect(calls[1]!.body).toEqual({ status: 'completed', conclusion: 'failure', output: { title: 'T', summary: 'S', annotations: all.annotations.slice(50) } });
  });

  test('at most 1,000 annotations (20 requests); the long summary goes once, last, with a note on the rest', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    const all = run(2345);
    const summary = 'S'.repeat(64_000);
    const result = await publishCheckRun(octokit, { ...all, summary, elsewhere: 'the workflow log, the job summary, the JSON report and the SARIF file' });
    expect(MAX_CHECK_ANNOTATIONS).toBe(1000);
    expect(result).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 20, delivered: 1000 });
    expect(calls.map(route)).toEqual([CREATE, ...Array<string>(19).fill(UPDATE)]);
    expect(calls[0]!.body).toEqual({
      name: 'LivePerson manifests',
      head_sha: 'f'.repeat(40),
      external_id: EXTERNAL_ID,
      status: 'in_progress',
      output: { title: 'T', summary: 'Adding annotations (50 of 1,000)…', annotations: all.annotations.slice(0, 50) },
    });
    expect(calls[9]!.body).toEqual({ output: { title: 'T', summary: 'Adding annotations (500 of 1,000)…', annotations: all.annotations.slice(450, 500) } });
    const note =
      '> **More findings than annotations:** this check run shows the first 1,000 of 2,345 findings as annotations; the other 1,345 are not annotated. Every finding is in the workflow log, the job summary, the JSON report and the SARIF file.\n\n';
    expect(calls[19]!.body).toEqual({ status: 'completed', conclusion: 'failure', output: { title: 'T', summary: note + summary, annotations: all.annotations.slice(950, 1000) } });
    expect(calls[19]!.body.output.summary.length).toBeLessThanOrEqual(65_535);
    // The annotations sent are exactly the first 1,000, each once, in order.
    expect(calls.flatMap((c) => c.body.output.annotations)).toEqual(all.annotations.slice(0, 1000));
  });

  test('1,000 annotations exactly: no note', async () => {
    const { octokit, calls } = await octokitWith(byMethod);
    await publishCheckRun(octokit, run(1000));
    expect(calls).toHaveLength(20);
    expect(calls[19]!.body.output.summary).toBe('S');
  });

  test('a failing update: the run is still completed (with a note and the full summary) and the error says what was delivered', async () => {
    const { octokit, calls } = await octokitWith((call, i) => (call.method === 'POST' ? created : i === 2 ? { status: 422, body: { message: 'Validation Failed' } } : updated));
    const error = (await publishCheckRun(octokit, run(160)).catch((e: unknown) => e)) as CheckRunError;
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error.message).toBe('HTTP 422: Validation Failed');
    expect(error.details).toEqual({ created: true, checkRunId: 77, delivered: 100, planned: 160, completed: true, completeError: undefined });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(calls[3]!.body).toEqual({
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: 'T',
        summary: '> **Incomplete:** the GitHub API failed after 100 of 160 annotations reached this check run. Every finding is in the log; the conclusion is unaffected.\n\nS',
      },
    });
  });

  test('a failing update past the cap: the closing note says both', async () => {
    const { octokit, calls } = await octokitWith((call, i) => (call.method === 'POST' ? created : i === 5 ? { status: 422, body: { message: 'Validation Failed' } } : updated));
    const error = (await publishCheckRun(octokit, run(1001)).catch((e: unknown) => e)) as CheckRunError;
    expect(error.details).toMatchObject({ delivered: 250, planned: 1000, completed: true });
    expect(calls).toHaveLength(7);
    expect(calls[6]!.body.output.summary).toBe(
      '> **Incomplete:** the GitHub API failed after 250 of 1,000 annotations reached this check run. Every finding is in the log; the conclusion is unaffected.\n\n' +
        '> **More findings than annotations:** this check run shows the first 1,000 of 1,001 findings as annotations; the other 1 is not annotated. Every finding is in the log.\n\nS',
    );
  });

  test('a failing update whose completion fails too: the error says it could not be completed', async () => {
    const { octokit, calls } = await octokitWith((call, i) => (call.method === 'POST' ? created : i === 1 ? updated : { status: 404, body: { message: 'Not Found' } }));
    const error = (await publishCheckRun(octokit, run(160)).catch((e: unknown) => e)) as CheckRunError;
    expect(error.details).toMatchObject({ created: true, checkRunId: 77, delivered: 100, planned: 160, completed: false });
    expect((error.details.completeError as Error).message).toBe('HTTP 404: Not Found');
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
  });

  test('a failing create: nothing more is sent', async () => {
    const { octokit, calls } = await octokitWith(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const error = (await publishCheckRun(octokit, run(3)).catch((e: unknown) => e)) as CheckRunError;
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error.details).toEqual({ created: false, checkRunId: undefined, delivered: 0, planned: 3, completed: false, completeError: undefined });
    expect(error.apiError?.fault.kind).toBe('permission');
    expect(calls).toHaveLength(1);
  });
});

describe('publishCheckRun: a create response without a usable id or address', () => {
  test.each([
    ['no id', { html_url: 'https://github.com/o/r/runs/77' }, 'no id'],
    ['id 0', { id: 0 }, 'id 0'],
    ['a negative id', { id: -77 }, 'id -77'],
    ['a fractional id', { id: 7.5 }, 'id 7.5'],
    ['an id past 2^53', { id: 2 ** 53 }, 'id 9007199254740992'],
    ['an id as a string', { id: '77' }, 'id "77"'],
    ['null', null, 'an empty body'],
    ['a list', [{ id: 77 }], 'no id'],
  ])('%s, with more than 50 annotations: no update to a made-up URL; the error says the run could not be completed', async (_name, body, said) => {
    const { octokit, calls } = await octokitWith(() => ({ status: 201, body }));
    const all = run(120);
    const error = (await publishCheckRun(octokit, all).catch((e: unknown) => e)) as CheckRunError;
    expect(calls.map(route)).toEqual([CREATE]);
    expect(error).toBeInstanceOf(CheckRunError);
    expect(error.cause).toBeInstanceOf(UnusableResponseError);
    expect(error.message).toBe(`GitHub's response to creating it has no usable id: ${said}`);
    expect(error.details).toEqual({ created: true, checkRunId: undefined, delivered: 50, planned: 120, completed: false, completeError: error.cause });
  });

  test.each([
    ['an empty body', { status: 201 }, 'an empty body'],
    ['a body that is not JSON', { status: 201, rawBody: '<html>Created</html>', headers: { 'content-type': 'text/html' } }, 'a string body, not a JSON object'],
    ['broken JSON', { status: 201, rawBody: '{"id": 77', headers: { 'content-type': 'application/json' } }, 'a string body, not a JSON object'],
  ])('%s', async (_name, answer, said) => {
    const { octokit, calls } = await octokitWith(() => answer);
    const error = (await publishCheckRun(octokit, run(51)).catch((e: unknown) => e)) as CheckRunError;
    expect(calls).toHaveLength(1);
    expect(error.message).toBe(`GitHub's response to creating it has no usable id: ${said}`);
    expect(error.details).toMatchObject({ created: true, delivered: 50, completed: false });
  });

  test('one request was enough: the run was sent complete, so a missing id or address costs nothing', async () => {
    const { octokit, calls } = await octokitWith(() => ({ status: 201 }));
    expect(await publishCheckRun(octokit, run(50))).toEqual({ id: undefined, htmlUrl: undefined, requests: 1, delivered: 50 });
    expect(calls[0]!.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  test('an html_url that is not an http(s) URL is not used', async () => {
    for (const html_url of [42, 'javascript:alert(1)', 'https://x y', { href: 'https://github.com' }]) {
      const { octokit } = await octokitWith(() => ({ status: 201, body: { id: 77, html_url } }));
      expect(await publishCheckRun(octokit, run(1))).toEqual({ id: 77, htmlUrl: undefined, requests: 1, delivered: 1 });
    }
  });
});

describe('publishCheckRun: a create tried again after a fault GitHub may have acted on', () => {
  const LIST = `GET ${BASE_URL}/repos/o/r/commits/${'f'.repeat(40)}/check-runs?check_name=LivePerson%20manifests&filter=all&per_page=100`;
  const PATCH = (id: number) => `PATCH ${BASE_URL}/repos/o/r/check-runs/${id}`;
  const checkRunOf = (id: number, externalId: string | null, status: string) => ({ id, name: 'LivePerson manifests', head_sha: 'f'.repeat(40), external_id: externalId, status });
  /** The commit's check runs of that name: the duplicate 76, the run created (77), one completed earlier, another action run's. */
  const listing: Answer = {
    status: 200,
    body: {
      total_count: 4,
      check_runs: [
        checkRunOf(77, EXTERNAL_ID, 'in_progress'),
        checkRunOf(76, EXTERNAL_ID, 'in_progress'),
        checkRunOf(60, 'lp-manifest:another-run', 'in_progress'),
        checkRunOf(59, EXTERNAL_ID, 'completed'),
      ],
    },
  };
  /** First answers to the creates in order, then 201; the listing; updates 200. */
  function github(creates: Answer[], list: Answer = listing, patch: (id: number) => Answer = (id) => ({ status: 200, body: { id } })) {
    let c = 0;
    return (call: FetchCall): Answer => {
      if (call.method === 'POST') return creates[c++] ?? created;
      if (call.method === 'GET') return list;
      return patch(Number(/\/check-runs\/(\d+)$/.exec(call.url)![1]));
    };
  }
  const DUPLICATE_BODY = {
    status: 'completed',
    conclusion: 'failure',
    output: { title: 'T', summary: 'A duplicate of check run 77, made when a request to GitHub was retried; see check run 77 for the findings: https://github.com/o/r/runs/77' },
  };
  const lost: [string, Answer, string][] = [
    ['a 502', { status: 502, body: { message: 'Bad Gateway' } }, 'HTTP 502'],
    ['a network error', { status: 0, networkError: true }, 'network error'],
    ['a timeout', { status: 0, hang: true }, 'network error'],
  ];

  test.each(lost)('%s, then created: the duplicate it may have made is found by external_id and completed with the same conclusion', async (_name, fault) => {
    const { octokit, calls } = await octokitWith(github([fault]), 200);
    const all = run(120);
    const result = await publishCheckRun(octokit, all);
    expect(result).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 3, delivered: 120, duplicates: { completed: [76] } });
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, UPDATE, LIST, PATCH(76)]);
    expect(calls[1]!.body).toEqual(calls[0]!.body);
    expect(calls[0]!.body).toMatchObject({ external_id: EXTERNAL_ID, status: 'in_progress' });
    expect(calls[3]!.body).toEqual({ status: 'completed', conclusion: 'failure', output: { title: 'T', summary: 'S', annotations: all.annotations.slice(100) } });
    expect(calls[5]!.body).toEqual(DUPLICATE_BODY);
  });

  test('two tries that may have landed: at most two duplicates completed (one per try), whatever the listing says', async () => {
    const many: Answer = {
      status: 200,
      body: { total_count: 5, check_runs: [70, 71, 72, 72, 77].map((id) => checkRunOf(id, EXTERNAL_ID, 'queued')) },
    };
    const { octokit, calls } = await octokitWith(github([{ status: 503 }, { status: 504 }], many));
    const result = await publishCheckRun(octokit, { ...run(60), conclusion: 'success' });
    expect(result.duplicates).toEqual({ completed: [70, 71] });
    expect(calls.map(route)).toEqual([CREATE, CREATE, CREATE, UPDATE, LIST, PATCH(70), PATCH(71)]);
    expect(calls[5]!.body).toEqual({ ...DUPLICATE_BODY, conclusion: 'success' });
  });

  test('none found (GitHub had not acted on the failed try): nothing more, nothing to say', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 502 }], { status: 200, body: { total_count: 1, check_runs: [checkRunOf(77, EXTERNAL_ID, 'completed')] } }));
    expect((await publishCheckRun(octokit, run(51))).duplicates).toEqual({ completed: [] });
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, LIST]);
  });

  test('no retry: no listing', async () => {
    const { octokit, calls } = await octokitWith(github([]));
    expect(await publishCheckRun(octokit, run(120))).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 3, delivered: 120 });
    expect(calls.map(route)).toEqual([CREATE, UPDATE, UPDATE]);
  });

  test('a retry after a rate limit (refused, so never made): no listing', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 429, headers: { 'retry-after': '1' }, body: { message: 'secondary rate limit' } }]));
    expect((await publishCheckRun(octokit, run(120))).duplicates).toBeUndefined();
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, UPDATE]);
  });

  test('a 4xx on create: no listing, nothing said about duplicates', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 422, body: { message: 'Validation Failed' } }]));
    const error = (await publishCheckRun(octokit, run(120)).catch((e: unknown) => e)) as CheckRunError;
    expect(error.details).toEqual({ created: false, checkRunId: undefined, delivered: 0, planned: 120, completed: false, completeError: undefined, duplicates: undefined });
    expect(calls.map(route)).toEqual([CREATE]);
  });

  test('a run created complete (50 annotations at most) leaves nothing in progress: no listing after a retry', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 502 }]));
    expect(await publishCheckRun(octokit, run(50))).toEqual({ id: 77, htmlUrl: 'https://github.com/o/r/runs/77', requests: 1, delivered: 50 });
    expect(calls.map(route)).toEqual([CREATE, CREATE]);
  });

  test('the listing fails: the result says a check run may be left in progress, and why', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 0, networkError: true }], { status: 500, body: { message: 'Server Error' } }));
    const result = await publishCheckRun(octokit, run(51));
    expect(result.duplicates).toEqual({
      completed: [],
      problem:
        'a request to create it may have reached GitHub before it failed (network error) and was tried again; listing the check runs of the commit to find such a duplicate failed (HTTP 500 after 3 tries: Server Error)',
    });
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, LIST, LIST, LIST]);
  });

  test('completing a duplicate fails: said, with the run', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 502 }], listing, (id) => (id === 76 ? { status: 404, body: { message: 'Not Found' } } : { status: 200, body: { id } })));
    const result = await publishCheckRun(octokit, run(51));
    expect(result.duplicates).toEqual({
      completed: [],
      problem: 'a request to create it may have reached GitHub before it failed (HTTP 502) and was tried again; completing the duplicate check run 76 (HTTP 404: Not Found) failed',
    });
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, LIST, PATCH(76)]);
  });

  test('an answer to the listing that is not a list of check runs', async () => {
    const { octokit } = await octokitWith(github([{ status: 502 }], { status: 200, body: [{ id: 76 }] }));
    expect((await publishCheckRun(octokit, run(51))).duplicates).toEqual({
      completed: [],
      problem: "a request to create it may have reached GitHub before it failed (HTTP 502) and was tried again; GitHub's answer to listing the check runs of the commit is not a list of check runs",
    });
  });

  test('more check runs of that name than one request lists, none of them ours: said (one page only)', async () => {
    const page = Array.from({ length: 100 }, (_, i) => checkRunOf(1000 + i, 'lp-manifest:another-run', 'completed'));
    const { octokit, calls } = await octokitWith(github([{ status: 502 }], { status: 200, body: { total_count: 140, check_runs: page } }));
    expect((await publishCheckRun(octokit, run(51))).duplicates).toEqual({
      completed: [],
      problem:
        'a request to create it may have reached GitHub before it failed (HTTP 502) and was tried again; the commit has 140 check runs of that name, more than the 100 one request lists, so such a duplicate may not have been found',
    });
    expect(calls.map(route)).toEqual([CREATE, CREATE, UPDATE, LIST]);
  });

  test('created at last, but with no usable id: said, no listing (the duplicate cannot be told from it)', async () => {
    const { octokit, calls } = await octokitWith(github([{ status: 502 }, { status: 201, body: { id: '77' } }]));
    const error = (await publishCheckRun(octokit, run(51)).catch((e: unknown) => e)) as CheckRunError;
    expect(error.details.duplicates).toEqual({
      completed: [],
      problem:
        "a request to create it may have reached GitHub before it failed (HTTP 502) and was tried again; GitHub's answer has no usable id to tell such a duplicate from the check run it created",
    });
    expect(calls.map(route)).toEqual([CREATE, CREATE]);
  });

  test.each([
    ['5xx on every try', [502, 502, 502].map((status) => ({ status, body: { message: 'Bad Gateway' } })), 'HTTP 502 after 3 tries: Bad Gateway', 'HTTP 502'],
    [
      'a timeout, then a 422',
      [
        { status: 0, hang: true },
        { status: 422, body: { message: 'Validation Failed' } },
      ],
      'HTTP 422 after 2 tries: Validation Failed',
      'network error',
    ],
  ] as [string, Answer[], string, string][])('never created after a try that may have landed (%s): said, no listing', async (_name, creates, message, first) => {
    const { octokit, calls } = await octokitWith(github(creates), 200);
    const error = (await publishCheckRun(octokit, run(120)).catch((e: unknown) => e)) as CheckRunError;
    expect(error.message).toBe(message);
    expect(error.details).toEqual({
      created: false,
      checkRunId: undefined,
      delivered: 0,
      planned: 120,
      completed: false,
      completeError: undefined,
      duplicates: { completed: [], problem: `a request to create it may have reached GitHub before it failed (${first}), and creating it never succeeded` },
    });
    expect(calls.map(route)).toEqual(creates.map(() => CREATE));
  });
});

describe('listChangedFiles', () => {
  const url = (n: number) => `${BASE_URL}/repos/o/r/pulls/5/files?per_page=100&page=${n}`;

  test('pages 1, 2, 3 (per_page 100) while the Link header says "next"; keeps all but removed and unchanged files', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = new URL(call.url).searchParams.get('page');
      if (n === '1')
        return {
          status: 200,
          headers: { link: `<${url(2)}>; rel="next", <${url(3)}>; rel="last"` },
          body: [
            { filename: 'a.json', status: 'added', patch: '@@ -0,0 +1 @@\n+{}' },
            { filename: 'gone.json', status: 'removed', patch: '@@ -1 +0,0 @@\n-{}' },
          ],
        };
      if (n === '2')
        return {
          status: 200,
          headers: { link: `<${url(1)}>; rel="prev", <${url(3)}>; rel="next", <${url(3)}>; rel="last"` },
          body: [
            { filename: 'm.json', status: 'modified' },
            { filename: 'new.json', status: 'renamed', previous_filename: 'old.json' },
          ],
        };
      return {
        status: 200,
        headers: { link: `<${url(2)}>; rel="prev", <${url(1)}>; rel="first"` },
        body: [
          { filename: 'c.json', status: 'copied' },
          { filename: 'x.json', status: 'changed' },
          { filename: 'u.json', status: 'unchanged' },
        ],
      };
    });
    const result = await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 });
    // Each file with its patch (none: binary, or too large for the API).
    expect(result).toEqual({
      complete: true,
      files: new Map([
        ['a.json', { status: 'added', patch: '@@ -0,0 +1 @@\n+{}' }],
        ['m.json', { status: 'modified' }],
        ['new.json', { status: 'renamed' }],
        ['c.json', { status: 'copied' }],
        ['x.json', { status: 'changed' }],
      ]),
      // What a manifest may depend on: the removed file and the old name of the renamed one too.
      touched: new Set(['a.json', 'gone.json', 'm.json', 'new.json', 'old.json', 'c.json', 'x.json']),
      listed: 7,
      pages: 3,
    });
    expect(calls.map((c) => c.url)).toEqual([url(1), url(2), url(3)]);
    expect(calls.every((c) => c.method === 'GET' && c.headers.authorization === 'token t')).toBe(true);
  });

  test('a Link "next" that never ends: 30 pages, then incomplete', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = Number(new URL(call.url).searchParams.get('page'));
      return { status: 200, headers: { link: `<${url(n + 1)}>; rel="next"` }, body: [{ filename: `f${n}.json`, status: 'added' }] };
    });
    const result = await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 });
    expect(result).toMatchObject({ complete: false, listed: 30, pages: 30 });
    expect(result.files.size).toBe(30); // what was listed is kept (the suggestions use it)
    expect(calls.map((c) => c.url)).toEqual(Array.from({ length: 30 }, (_, i) => url(i + 1)));
  });

  test('3,000 files (GitHub lists no more): incomplete, even without "next"', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = Number(new URL(call.url).searchParams.get('page'));
      const body = Array.from({ length: 100 }, (_, i) => ({ filename: `f${n}-${i}.json`, status: 'modified' }));
      return { status: 200, headers: n < 30 ? { link: `<${url(n + 1)}>; rel="next"` } : undefined, body };
    });
    expect(await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 })).toMatchObject({ complete: false, listed: 3000, pages: 30 });
    expect(calls).toHaveLength(30);
  });

  test('the next URL of a Link header is never requested (it could be another host): our own page numbers are', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = Number(new URL(call.url).searchParams.get('page'));
      return n === 1 ? { status: 200, headers: { link: '<https://evil.example.com/steal?page=2>; rel="next"' }, body: [] } : { status: 200, body: [{ filename: 'b.json', status: 'added' }] };
    });
    expect(await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 })).toEqual({
      complete: true,
      files: new Map([['b.json', { status: 'added' }]]),
      touched: new Set(['b.json']),
      listed: 1,
      pages: 2,
    });
    expect(calls.map((c) => c.url)).toEqual([url(1), url(2)]);
  });

  test('a body that is not a list is an error (the caller checks every manifest)', async () => {
    const { octokit } = await octokitWith(() => ({ status: 200, body: { message: 'huh' } }));
    await expect(listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 })).rejects.toThrow('the Pulls API answered page 1 with something other than a list');
  });
});

describe("the fake API checks requests against GitHub's OpenAPI description", () => {
  test.each([
    ['annotation_level "error"', (b: any) => (b.output.annotations[0].annotation_level = 'error'), 'body/output/annotations/0/annotation_level must be equal to one of the allowed values'],
    ['no head_sha', (b: any) => delete b.head_sha, "body must have required property 'head_sha'"],
    ['an unknown status', (b: any) => (b.status = 'done'), 'body/status must be equal to one of the allowed values'],
    ['columns on a multi-line annotation', (b: any) => (b.output.annotations[0].end_line = 9), 'body/output/annotations/0: start_column/end_column on an annotation over lines 1-9'],
    ['status completed without a conclusion', (b: any) => delete b.conclusion, 'body/conclusion: required with status "completed"'],
    ['51 annotations', (b: any) => (b.output.annotations = annotations(51)), 'body/output/annotations must NOT have more than 50 items'],
    ['a summary over 65,535 characters', (b: any) => (b.output.summary = 'x'.repeat(65_536)), 'body/output/summary must NOT have more than 65535 characters'],
  ])('a create with %s is answered 422 and recorded', async (_name, spoil, violation) => {
    const { octokit, calls } = await octokitWith(byMethod);
    const body: any = { name: 'n', head_sha: 'f'.repeat(40), status: 'completed', conclusion: 'success', output: { title: 'T', summary: 'S', annotations: annotations(1) } };
    spoil(body);
    const error = await octokit.rest.checks.create({ owner: 'o', repo: 'r', ...body }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^HTTP 422: Validation Failed/);
    expect(calls).toHaveLength(1);
    const violations = takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]!.split('\n')[0]).toBe('POST /repos/o/r/check-runs (checks/create):');
    expect(violations[0]).toContain(`  ${violation}`);
  });

  test('an update that completes without a conclusion, a check_run_id that is not a number, a query parameter GitHub does not take', async () => {
    const { octokit } = await octokitWith(byMethod);
    await octokit
      .request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner: 'o', repo: 'r', check_run_id: 'abc' as unknown as number, status: 'completed', output: { title: 'T', summary: 'S' } })
      .catch(() => {});
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'o', repo: 'r', pull_number: 5, per_page: 100, state: 'open' }).catch(() => {});
    const [update, list] = takeViolations();
    expect(update!.split('\n')).toEqual(
      expect.arrayContaining([
        'PATCH /repos/o/r/check-runs/abc (checks/update):',
        '  parameters/path/check_run_id must be integer {"type":"integer"}',
        '  body must have required property \'conclusion\' {"missingProperty":"conclusion"}',
      ]),
    );
    expect(list!.split('\n')).toEqual(['GET /repos/o/r/pulls/5/files (pulls/list-files):', "  query parameter state is not one of pulls/list-files's"]);
  });

  test('an endpoint the action does not use is a violation', async () => {
    const { octokit } = await octokitWith(byMethod);
    await octokit.request('GET /zen').catch(() => {});
    expect(takeViolations()).toEqual([
      'GET /zen: no operation the action uses (checks/create, checks/update, checks/list-for-ref, pulls/list-files, pulls/list-review-comments, pulls/create-review) matches it',
    ]);
  });
});
