// The REST client with a real getOctokit (lazily imported) and an injected fetch: authentication,
// fault classification, bounded retries with backoff, rate limits, timeouts.
import { afterEach, describe, expect, test } from '@jest/globals';
import { ApiError, classifyFault, createOctokit, DEFAULT_RETRY, mayHaveLanded, retryPolicyFromEnv, type Fault, type RetryPolicy } from '../../src/action/github-api.js';
import { BASE_URL, fakeFetch, script, takeViolations, type Answer } from './fake-fetch.js';

// Every request octokit sent is one GitHub's OpenAPI description allows.
afterEach(() => {
  expect(takeViolations()).toEqual([]);
});

const POLICY: RetryPolicy = { tries: 3, unitMs: 10, maxWaitUnits: 10, timeoutMs: 5000 };

async function call(answers: Answer[], policy: RetryPolicy = POLICY) {
  const { fetch, calls } = fakeFetch(script(...answers));
  const waits: number[] = [];
  const retries: { fault: Fault; attempt: number; waitMs: number }[] = [];
  const octokit = await createOctokit({
    token: 'ghs_unit',
    baseUrl: BASE_URL,
    fetch,
    retry: policy,
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
    onRetry: (fault, attempt, waitMs) => retries.push({ fault, attempt, waitMs }),
  });
  let result: unknown;
  let error: unknown;
  try {
    result = (await octokit.rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) })).data;
  } catch (e) {
    error = e;
  }
  return { calls, waits, retries, result, error: error as ApiError | undefined };
}

const ok: Answer = { status: 201, body: { id: 1 } };

describe('createOctokit', () => {
  test('sends the token as `token …` to GITHUB_API_URL-style base URLs, JSON body', async () => {
    const r = await call([ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toMatchObject({ method: 'POST', url: `${BASE_URL}/repos/o/r/check-runs`, body: { name: 'n', head_sha: 'a'.repeat(40) } });
    expect(r.calls[0]!.headers.authorization).toBe('token ghs_unit');
    expect(r.calls[0]!.headers['user-agent']).toMatch(/octokit/);
  });

  test('an empty token is refused before any import or request', async () => {
    await expect(createOctokit({ token: '' })).rejects.toThrow('github-token is empty');
  });
});

describe('retries', () => {
  test('5xx is retried with backoff (1, 2 steps) and then succeeds', async () => {
    const r = await call([{ status: 502, body: { message: 'Bad Gateway' } }, { status: 503, body: { message: 'Unavailable' } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.calls).toHaveLength(3);
    expect(r.waits).toEqual([10, 20]);
    expect(r.retries.map((x) => [x.fault.kind, x.fault.status, x.attempt])).toEqual([
      ['transient', 502, 1],
      ['transient', 503, 2],
    ]);
    // The retried request is the same request, authenticated.
    expect(r.calls[2]).toEqual(r.calls[0]);
  });

  test('bounded: 3 tries, then an ApiError saying so', async () => {
    const r = await call([{ status: 500, body: { message: 'Internal' } }]);
    expect(r.calls).toHaveLength(3);
    expect(r.error).toBeInstanceOf(ApiError);
    expect(r.error!.tries).toBe(3);
    expect(r.error!.fault).toMatchObject({ kind: 'transient', status: 500 });
    expect(r.error!.message).toBe('HTTP 500 after 3 tries: Internal');
  });

  test('a network error is retried', async () => {
    const r = await call([{ status: 0, networkError: true }, ok]);
    expect(r.calls).toHaveLength(2);
    expect(r.retries[0]!.fault).toEqual({ kind: 'transient', status: 500, network: true, message: 'connect ECONNREFUSED 127.0.0.1:9' });
  });

  test('a request that hangs is aborted by the timeout and retried', async () => {
    const r = await call([{ status: 0, hang: true }, ok], { ...POLICY, timeoutMs: 50 });
    expect(r.result).toEqual({ id: 1 });
    expect(r.calls).toHaveLength(2);
    expect(r.retries[0]!.fault).toMatchObject({ kind: 'transient', network: true });
  });

  test('a network error for good says so, not "HTTP 500"', async () => {
    const r = await call([{ status: 0, networkError: true }]);
    expect(r.error!.message).toBe('network error after 3 tries: connect ECONNREFUSED 127.0.0.1:9');
  });

  test('403 without rate-limit headers is a permission error: not retried', async () => {
    const r = await call([{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    expect(r.calls).toHaveLength(1);
    expect(r.error!.fault).toMatchObject({ kind: 'permission', status: 403 });
    expect(r.error!.message).toMatch(/^HTTP 403: Resource not accessible by integration/);
  });

  test('other 4xx (422, 404, 401) are not retried', async () => {
    for (const status of [422, 404, 401]) {
      const r = await call([{ status, body: { message: `status ${status}` } }]);
      expect(r.calls).toHaveLength(1);
      expect(r.error!.fault.kind).toBe('other');
    }
  });

  test('403 with x-ratelimit-remaining: 0 waits until x-ratelimit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 4;
    const r = await call([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.retries[0]!.fault.kind).toBe('rate-limit');
    expect(r.waits[0]).toBeGreaterThanOrEqual(30);
    expect(r.waits[0]).toBeLessThanOrEqual(50);
  });

  test('429 and 403 secondary limits with retry-after wait that long', async () => {
    const r = await call([
      { status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too Many Requests' } },
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } },
      ok,
    ]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.waits).toEqual([30, 10]);
  });

  test('a secondary rate limit without headers is retried with backoff', async () => {
    const r = await call([{ status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes' } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.retries[0]!.fault.kind).toBe('rate-limit');
    expect(r.waits).toEqual([10]);
  });

  test('a rate limit asking for longer than the bound is not waited for', async () => {
    const r = await call([{ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } }]);
    expect(r.calls).toHaveLength(1);
    expect(r.waits).toEqual([]);
    expect(r.error!.fault).toMatchObject({ kind: 'rate-limit', status: 429, waitSeconds: 3600 });
  });
});

describe('a request that tells its caller about each failed try (request.onFault)', () => {
  async function create(answers: Answer[]) {
    const { fetch, calls } = fakeFetch(script(...answers));
    const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { ...POLICY, timeoutMs: 50 }, sleep: () => Promise.resolve() });
    const faults: Fault[] = [];
    const request = { onFault: (fault: Fault) => void faults.push(fault) };
    const result = await octokit.rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40), request }).then(
      (r) => r.data,
      (e: unknown) => e,
    );
    return { calls, faults, result };
  }

  test('every failed try, the last included; which of them GitHub may have acted on', async () => {
    const r = await create([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 0, hang: true },
      { status: 422, body: { message: 'Validation Failed' } },
    ]);
    expect((r.result as ApiError).message).toBe('HTTP 422 after 3 tries: Validation Failed');
    expect(r.faults.map((f) => [f.kind, f.status, f.network === true, mayHaveLanded(f)])).toEqual([
      ['transient', 502, false, true],
      ['transient', 500, true, true],
      ['other', 422, false, false],
    ]);
  });

  test('a success after a rate limit: one fault, one GitHub refused', async () => {
    const r = await create([{ status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.faults.map((f) => [f.kind, mayHaveLanded(f)])).toEqual([['rate-limit', false]]);
    expect(r.calls).toHaveLength(2);
  });

  test('a success at once: no fault', async () => {
    const r = await create([ok]);
    expect(r.faults).toEqual([]);
  });
});

describe('classifyFault and the policy', () => {
  test('classifies what is not an HTTP error as other', () => {
    expect(classifyFault(new Error('boom'))).toEqual({ kind: 'other', status: undefined, message: 'boom' });
    expect(classifyFault('text')).toMatchObject({ kind: 'other', message: 'text' });
  });

  test('the environment can shorten the steps and the timeout (tests), within bounds', () => {
    expect(retryPolicyFromEnv({})).toEqual(DEFAULT_RETRY);
    expect(retryPolicyFromEnv({ LP_MANIFEST_RETRY_UNIT_MS: '1', LP_MANIFEST_API_TIMEOUT_MS: '250' })).toEqual({ ...DEFAULT_RETRY, unitMs: 1, timeoutMs: 250 });
    expect(retryPolicyFromEnv({ LP_MANIFEST_RETRY_UNIT_MS: 'soon', LP_MANIFEST_API_TIMEOUT_MS: '-1' })).toEqual(DEFAULT_RETRY);
    expect(retryPolicyFromEnv({ LP_MANIFEST_RETRY_UNIT_MS: '99999999' }).unitMs).toBe(60_000);
    expect(DEFAULT_RETRY).toEqual({ tries: 3, unitMs: 1000, maxWaitUnits: 10, timeoutMs: 30_000 });
  });
});
