// The GitHub REST client of the action: @actions/github's getOctokit, imported lazily (a run that
// makes no API call never loads it), with a per-request timeout and bounded retries of transient
// faults (5xx, network errors, rate limits). Every other failure is thrown at once, for the caller to
// fall back without changing the verdict.
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  tries: number;
  /** Length of one backoff step, in ms: retries wait 1, 2, 4… steps; a Retry-After of N seconds waits N steps. */
  unitMs: number;
  /** A rate limit that asks to wait longer than this many steps is not waited for (fails at once). */
  maxWaitUnits: number;
  /** Per-request timeout in ms (0: none). */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 3, unitMs: 1000, maxWaitUnits: 10, timeoutMs: 30_000 };

/**
 * The retry policy, with test hooks from the environment: LP_MANIFEST_RETRY_UNIT_MS (the backoff
 * step; 1000 by default) and LP_MANIFEST_API_TIMEOUT_MS (per request; 30000 by default).
 */
export function retryPolicyFromEnv(env: Record<string, string | undefined> = process.env): RetryPolicy {
  const num = (value: string | undefined, fallback: number, max: number) => {
    if (value === undefined || !/^\d+$/.test(value.trim())) return fallback;
    return Math.min(Number(value), max);
  };
  return {
    ...DEFAULT_RETRY,
    unitMs: num(env.LP_MANIFEST_RETRY_UNIT_MS, DEFAULT_RETRY.unitMs, 60_000),
    timeoutMs: num(env.LP_MANIFEST_API_TIMEOUT_MS, DEFAULT_RETRY.timeoutMs, 600_000),
  };
}

export type FaultKind = 'permission' | 'rate-limit' | 'transient' | 'other';

export interface Fault {
  kind: FaultKind;
  /** HTTP status (500 for a network error or a timeout, as octokit reports them); none for other throws. */
  status?: number;
  /** Seconds the server asks to wait (Retry-After, or until X-RateLimit-Reset). */
  waitSeconds?: number;
  /** No HTTP response at all: a network error or a timeout. */
  network?: boolean;
  message: string;
}

function header(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Classifies a thrown octokit error (RequestError, or anything else). */
export function classifyFault(error: unknown, now: () => number = Date.now): Fault {
  const e = (error ?? {}) as { status?: unknown; message?: unknown; response?: { headers?: unknown } };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const headers = e.response?.headers;
  const retryAfter = header(headers, 'retry-after');
  const remaining = header(headers, 'x-ratelimit-remaining');
  const reset = header(headers, 'x-ratelimit-reset');
  let waitSeconds: number | undefined;
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) waitSeconds = Number(retryAfter);
  else if (remaining === '0' && reset !== undefined && /^\d+$/.test(reset.trim())) waitSeconds = Math.max(0, Number(reset) - Math.floor(now() / 1000));
  if (status === 429 || (status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)))) {
    return { kind: 'rate-limit', status, waitSeconds, message };
  }
  if (status === 403) return { kind: 'permission', status, message };
  if (status !== undefined && status >= 500) return e.response ? { kind: 'transient', status, waitSeconds, message } : { kind: 'transient', status, network: true, message };
  return { kind: 'other', status, message };
}

/**
 * A fault after which GitHub may have acted on the request all the same: a 5xx (a proxy can answer
 * 502 after the server wrote), a network error or a timeout (the answer lost on the way back). A
 * 4xx, rate limits included, was refused.
 */
export function mayHaveLanded(fault: Fault): boolean {
  return fault.kind === 'transient';
}

/** "HTTP 502", "network error", "request failed". */
export function describeFault(fault: Fault): string {
  if (fault.network) return 'network error';
  return fault.status !== undefined ? `HTTP ${fault.status}` : 'request failed';
}

/** An API call that failed for good: what went wrong, and how many tries were made. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly fault: Fault,
    readonly tries: number,
  ) {
    super(`${describeFault(fault)}${tries > 1 ? ` after ${tries} tries` : ''}: ${fault.message}`);
  }
}

export interface ApiOptions {
  token: string;
  /** Defaults to GITHUB_API_URL (https://api.github.com). */
  baseUrl?: string;
  /** A fetch implementation (tests); defaults to @actions/github's proxy-aware fetch. */
  fetch?: typeof globalThis.fetch;
  retry?: RetryPolicy;
  /** How the retries wait (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry, e.g. to log it. */
  onRetry?: (fault: Fault, attempt: number, waitMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Per-request options of the wrapper, in octokit's `request` options (which octokit passes through untouched). */
interface RequestHooks {
  /** Tried once: for a POST that is not idempotent. */
  retries?: 0;
  /** Told about each failed try of this request, the last included (before any retry). */
  onFault?: (fault: Fault) => void;
}

/**
 * A retrying request wrapper for octokit's request hook. A request made with `request: { retries: 0 }`
 * (octokit's own option) is tried once: a POST that is not idempotent (a review) may have been
 * made when the answer was a 5xx or a timeout, and trying again could make it twice. A caller that
 * retries such a POST all the same gives `request: { onFault }` to learn which tries may have landed.
 */
export function retrying(policy: RetryPolicy, sleep: (ms: number) => Promise<void> = defaultSleep, onRetry?: ApiOptions['onRetry']) {
  return async <T>(request: (options: Record<string, unknown>) => Promise<T>, options: Record<string, unknown>): Promise<T> => {
    const hooks = options.request as ({ signal?: AbortSignal } & RequestHooks) | undefined;
    const callerSignal = hooks?.signal;
    const tries = hooks?.retries === 0 ? 1 : policy.tries;
    const onFault = typeof hooks?.onFault === 'function' ? hooks.onFault : undefined;
    for (let attempt = 1; ; attempt++) {
      // In place: the inner hooks (auth) were bound to this very options object and ignore a new one.
      if (policy.timeoutMs > 0 && !callerSignal) options.request = { ...(options.request as object), signal: AbortSignal.timeout(policy.timeoutMs) };
      try {
        return await request(options);
      } catch (error) {
        const fault = classifyFault(error);
        onFault?.(fault);
        const retriable = fault.kind === 'transient' || fault.kind === 'rate-limit';
        let waitUnits = fault.waitSeconds ?? 2 ** (attempt - 1);
        if (fault.waitSeconds !== undefined && fault.kind === 'transient') waitUnits = Math.max(waitUnits, 2 ** (attempt - 1));
        if (!retriable || attempt >= tries || waitUnits > policy.maxWaitUnits) throw new ApiError(fault, attempt);
        const waitMs = waitUnits * policy.unitMs;
        onRetry?.(fault, attempt, waitMs);
        await sleep(waitMs);
      }
    }
  };
}

/** An authenticated client; loads @actions/github on first use. */
export async function createOctokit(options: ApiOptions): Promise<Octokit> {
  if (!options.token) throw new Error('github-token is empty');
  const { getOctokit } = await import('@actions/github');
  const settings: Record<string, unknown> = { baseUrl: options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com' };
  if (options.fetch) settings.request = { fetch: options.fetch };
  // Octokit logs deprecations and the like through console.warn; keep them but never debug noise.
  settings.log = { debug: () => {}, info: () => {}, warn: console.warn, error: console.error };
  const octokit = getOctokit(options.token, settings);
  const wrap = retrying(options.retry ?? DEFAULT_RETRY, options.sleep, options.onRetry);
  octokit.hook.wrap('request', (request, requestOptions) => wrap(request as never, requestOptions as unknown as Record<string, unknown>) as never);
  return octokit;
}
