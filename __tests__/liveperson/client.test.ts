// The LivePerson client against the loopback mock account: the requests exactly (method, path,
// v=, headers, body), the retry policy (bounded), timeouts, size limit, error sentences, secrets.
import { afterEach, describe, expect, test } from '@jest/globals';
import { AccountError, csdsBase, PartialReadError, readAccount, type ClientOptions } from '../../src/liveperson/client.js';
import { ACCOUNT, APP_KEY, APP_SECRET, BEARER, CSRF, DEFAULT_PROFILES, errorBody, MockAccount, nestedErrorBody, PASSWORD, USERNAME, type MockOptions } from './mock-account.js';

let mock: MockAccount | undefined;

afterEach(async () => {
  const violations = mock?.violations ?? [];
  await mock?.stop();
  mock = undefined;
  expect(violations).toEqual([]);
});

const USER = { account: ACCOUNT, username: USERNAME, password: PASSWORD };

async function start(options: MockOptions = {}): Promise<MockAccount> {
  mock = await new MockAccount(options).start();
  return mock;
}

function client(m: MockAccount, extra: ClientOptions = {}) {
  const waits: number[] = [];
  const secrets: string[] = [];
  const notes: string[] = [];
  const options: ClientOptions = {
    csdsUrl: m.url,
    unitMs: 1,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    onSecret: (s) => secrets.push(s),
    onNote: (n) => notes.push(n),
    ...extra,
  };
  return { options, waits, secrets, notes };
}

async function failure(promise: Promise<unknown>): Promise<AccountError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AccountError) return error;
    throw error;
  }
  throw new Error('expected an AccountError');
}

describe('a read', () => {
  test('CSDS, user login, profiles, installations, logout: one request each, in order', async () => {
    const m = await start({ installations: [{ id: 'i1', client_name: 'App' }] });
    const c = client(m);
    const read = await readAccount(USER, { installations: true }, c.options);
    expect(m.requests.map((r) => r.service)).toEqual(['csds', 'login', 'profiles', 'installations', 'logout']);
    expect(read.profiles).toEqual([
      { id: 2338395712, name: 'Agent Manager', roleTypeId: 3, deleted: false },
      { id: 42, name: 'Agent', roleTypeId: 2, deleted: false },
      { id: 43, name: 'Administrator', roleTypeId: 1, deleted: false },
      { id: 50, name: 'Old team', roleTypeId: 2, deleted: true },
    ]);
    expect(read.installations).toEqual([{ id: 'i1', client_name: 'App' }]);
    // The passwords first (before any request), then the csrf and the bearer as soon as read.
    expect(c.secrets).toEqual([PASSWORD, CSRF, BEARER]);
    expect(c.waits).toEqual([]);
    expect(m.requests[1]!.body).toBe(JSON.stringify({ username: USERNAME, password: PASSWORD }));
  });

  test('an application login sends the app key and secret with the dummies; no installations unless asked', async () => {
    const m = await start({ appLogin: true });
    const c = client(m);
    const read = await readAccount({ account: ACCOUNT, username: USERNAME, appKey: APP_KEY, appSecret: APP_SECRET }, { installations: false }, c.options);
    expect(m.requests.map((r) => r.service)).toEqual(['csds', 'login', 'profiles', 'logout']);
    expect(read.installations).toBeUndefined();
    expect(c.secrets).toEqual([APP_SECRET, CSRF, BEARER]);
    expect(JSON.parse(m.requests[1]!.body)).toEqual({ username: USERNAME, appKey: APP_KEY, secret: APP_SECRET, accessToken: 'dummy', accessTokenSecret: 'dummy' });
  });

  test('profile ids past 32 bits stay exact; items that are not profiles are skipped', async () => {
    const m = await start({ profiles: [{ id: 4294967297, name: 'Big', deleted: false }, 'x', { id: '7', name: 'string id' }, { id: 1.5 }] });
    const read = await readAccount(USER, { installations: false }, client(m).options);
    expect(read.profiles).toEqual([
      { id: 4294967297, name: 'Big', deleted: false },
      { id: 7, name: 'string id', deleted: false },
    ]);
  });
});

describe('faults', () => {
  test('401 on login: not retried, the message quoted, the password never in it; no logout (no session)', async () => {
    const m = await start({ script: { login: [{ status: 401, body: nestedErrorBody(`Invalid credentials for ${PASSWORD}`) }] } });
    const c = client(m);
    const error = await failure(readAccount(USER, { installations: false }, c.options));
    expect(error.fault).toBe('credentials');
    expect(error.message).toBe('the LivePerson login failed: HTTP 401 "Invalid credentials for ***" (wrong credentials)');
    expect(m.requests.map((r) => r.service)).toEqual(['csds', 'login']);
  });

  test('403 on installations: the profiles are kept (PartialReadError), logout still sent', async () => {
    const m = await start({ script: { installations: [{ status: 403, body: errorBody('Not authorized') }] } });
    const error = await failure(readAccount(USER, { installations: true }, client(m).options));
    expect(error).toBeInstanceOf(PartialReadError);
    expect(error.fault).toBe('permission');
    expect(error.message).toBe('reading the app installations failed: HTTP 403 "Not authorized" (missing permission)');
    expect((error as PartialReadError).partial.profiles).toHaveLength(DEFAULT_PROFILES.length);
    expect(m.requests.map((r) => r.service)).toEqual(['csds', 'login', 'profiles', 'installations', 'logout']);
  });

  test('429 on login waits 5 units, then succeeds', async () => {
    const m = await start({ script: { login: [{ status: 429, body: errorBody('Too many requests') }] } });
    const c = client(m);
    await readAccount(USER, { installations: false }, c.options);
    expect(c.waits).toEqual([5]);
    expect(c.notes).toEqual(['LivePerson: the LivePerson login: HTTP 429 "Too many requests" (try 1); retrying in 0 s']);
    expect(m.count('login')).toBe(2);
  });

  test('5xx is retried 3 times at most, then fails as LivePerson unavailable', async () => {
    const m = await start({ script: { profiles: [{ status: 503 }, { status: 502 }, { status: 500, body: errorBody('boom') }] } });
    const c = client(m);
    const error = await failure(readAccount(USER, { installations: false }, c.options));
    expect(error.fault).toBe('unavailable');
    expect(error.message).toBe('reading the profiles failed after 3 tries: HTTP 500 "boom" (LivePerson unavailable)');
    expect(c.waits).toEqual([1, 2]);
    expect(m.count('profiles')).toBe(3);
    expect(m.count('logout')).toBe(1);
  });

  test('the waiting of a whole run is bounded (10 units): a 429 asking 60 s is refused past it', async () => {
    const m = await start({ script: { csds: [{ status: 429, headers: { 'Retry-After': '60' } }] } });
    const c = client(m);
    await readAccount(USER, { installations: false }, c.options);
    expect(c.waits).toEqual([10]);
    const m2 = mock!;
    await m2.stop();
    mock = await new MockAccount({ script: { csds: [{ status: 429 }], login: [{ status: 429 }] } }).start();
    const c2 = client(mock);
    const error = await failure(readAccount(USER, { installations: false }, { ...c2.options, maxWaitUnits: 5 }));
    expect(error.message).toBe('the LivePerson login failed: HTTP 429 (LivePerson unavailable)');
    expect(c2.waits).toEqual([1]);
  });

  test('a timeout: retried, then LivePerson unavailable', async () => {
    const m = await start({ script: { csds: [{ hang: true }, { hang: true }, { hang: true }] } });
    const error = await failure(readAccount(USER, { installations: false }, client(m, { timeoutMs: 100, deadlineMs: 60_000 }).options));
    expect(error.message).toBe('the CSDS lookup of the account failed after 3 tries: no answer within 0.1 s (LivePerson unavailable)');
    expect(m.count('csds')).toBe(3);
  });

  test('the run has a deadline (by default two timeouts and the waiting): no try starts past it', async () => {
    const m = await start({ script: { csds: [{ hang: true }, { hang: true }, { hang: true }] } });
    const error = await failure(readAccount(USER, { installations: false }, client(m, { timeoutMs: 200, deadlineMs: 300 }).options));
    expect(error.message).toBe('the CSDS lookup of the account failed after 2 tries: no answer within 0.2 s (LivePerson unavailable)');
    expect(m.count('csds')).toBe(2);
  });

  test('a connection reset is a network error, retried', async () => {
    const m = await start({ script: { profiles: [{ reset: true }] } });
    const c = client(m);
    const read = await readAccount(USER, { installations: false }, c.options);
    expect(read.profiles).toHaveLength(4);
    expect(c.notes[0]).toMatch(/^LivePerson: reading the profiles: a network error \([A-Za-z_]+\) \(try 1\); retrying in 0 s$/);
  });

  test('a malformed body and a body over 5 MiB are refused, not retried', async () => {
    const m = await start({ script: { profiles: [{ raw: '[{"id": 1,' }] } });
    const error = await failure(readAccount(USER, { installations: false }, client(m).options));
    expect(error.fault).toBe('malformed');
    expect(error.message).toBe('reading the profiles failed: LivePerson answered HTTP 200 with a body that is not JSON');
    await m.stop();
    mock = await new MockAccount({ script: { installations: [{ oversized: 6 * 1024 * 1024 }] } }).start();
    const big = await failure(readAccount(USER, { installations: true }, client(mock).options));
    expect(big.message).toBe('reading the app installations failed: the response is over 5 MiB, refused');
    expect(mock.count('installations')).toBe(1);
  });

  test('a CSDS answer whose host is not a host name is refused; plain http only to loopback', async () => {
    const m = await start({ serviceHost: () => 'evil.example.com/x@y' });
    const error = await failure(readAccount(USER, { installations: false }, client(m).options));
    expect(error.message).toBe('the CSDS lookup of the account failed: the agentVep address is not a host name (an unexpected response)');
    await m.stop();
    mock = await new MockAccount({ serviceHost: () => 'va.agentvep.liveperson.net' }).start();
    const http = await failure(readAccount(USER, { installations: false }, client(mock).options));
    expect(http.message).toBe('plain http to va.agentvep.liveperson.net refused: only a loopback test server is reached over http');
    expect(mock.requests.map((r) => r.service)).toEqual(['csds']);
    expect(() => csdsBase('http://api.example.com')).toThrow('LP_CSDS_URL: plain http is allowed only to a loopback host (a test server)');
    expect(csdsBase(undefined).href).toBe('https://api.liveperson.net/');
  });

  test('a redirect is not followed', async () => {
    const m = await start({ script: { profiles: [{ status: 302, headers: { Location: 'http://127.0.0.1:1/steal' } }] } });
    const error = await failure(readAccount(USER, { installations: false }, client(m).options));
    expect(error.message).toBe('reading the profiles failed: HTTP 302 (a redirect, not followed) (an unexpected response)');
  });
});
