// A fetch for a REAL octokit (getOctokit from @actions/github, through createOctokit): it records each
// request octokit actually sends, checks it against GitHub's published OpenAPI description (a
// malformed one is answered 422, like GitHub, and kept for takeViolations) and answers the rest from
// a script. No network.
import type { ApiOptions } from '../../src/action/github-api.js';
import { requestViolations } from '../support/github-openapi.js';

export interface FetchCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: any;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Sent as is instead of `body` as JSON: a broken or non-JSON response. */
  rawBody?: string;
  /** Throw like fetch does on a network failure. */
  networkError?: boolean;
  /** Never answer until the request's signal aborts. */
  hang?: boolean;
}

export const BASE_URL = 'http://127.0.0.1:9';

const violations: string[] = [];

/** The malformed requests seen since the last call (each test file's afterEach expects none). */
export function takeViolations(): string[] {
  return violations.splice(0);
}

export function fakeFetch(answer: (call: FetchCall, index: number) => Answer): { fetch: NonNullable<ApiOptions['fetch']>; calls: FetchCall[] } {
  const calls: FetchCall[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((init?.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = v;
    const call: FetchCall = {
      method: init?.method ?? 'GET',
      url: input instanceof Request ? input.url : String(input),
      headers,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const url = new URL(call.url);
    const invalid = requestViolations({
      method: call.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      bodyText: typeof init?.body === 'string' ? init.body : '',
      contentType: headers['content-type'],
    });
    if (invalid.length > 0) {
      violations.push(invalid.join('\n'));
      return new Response(JSON.stringify({ message: 'Validation Failed', errors: invalid }), { status: 422, headers: { 'content-type': 'application/json; charset=utf-8' } });
    }
    const a = answer(call, calls.length - 1);
    if (a.networkError) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    if (a.hang) {
      const signal = init?.signal;
      await new Promise<void>((_resolve, reject) => {
        if (!signal) return; // would hang for ever: the test fails by its timeout
        signal.addEventListener('abort', () => reject(signal.reason as Error));
      });
    }
    return new Response(a.rawBody ?? (a.body === undefined ? null : JSON.stringify(a.body)), {
      status: a.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...a.headers },
    });
  }) as NonNullable<ApiOptions['fetch']>;
  return { fetch, calls };
}

/** Answers from a list, in order; the last one repeats. */
export function script(...answers: Answer[]): (call: FetchCall, index: number) => Answer {
  return (_call, index) => answers[Math.min(index, answers.length - 1)]!;
}
