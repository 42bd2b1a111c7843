// A read-only client of a LivePerson account: the Domain API (CSDS), the Login Service (user or
// application login), the Profiles API, the App Installation API, and logout. It only reads: nothing
// but the login, the reads and the logout is ever sent, and no manifest content. Used by the action
// and the command line (loaded lazily: a run without credentials never imports it); the pure core
// gets what it reads as plain values (AccountFacts in src/semantic/account-facts.ts).
//
// Every request has a timeout and a response size limit, and is retried per LivePerson's retry
// policy, bounded for CI: a 4xx is final (429 waits at least 1 s, 5 s for a login), a 5xx or a
// network error is retried; at most 3 tries a request and about 10 s of waiting in all a run. A run
// sends at most one CSDS request, one login, one profiles read, one installations read and one logout
// (plus those retries), whatever the number of manifests. Redirects are never followed (the bearer
// would follow them). Error bodies become one sentence: LivePerson's `message`, shortened and quoted,
// with every secret the client knows replaced by `***`.

/** Who to log in as: a user with a password, or an application (an OAuth2 app of a bot user). */
export interface LivePersonCredentials {
  account: string;
  username: string;
  password?: string;
  appKey?: string;
  appSecret?: string;
}

export interface AccountProfile {
  /** 64-bit in LivePerson; kept exact up to 2^53 (larger ids are refused as malformed). */
  id: number;
  name: string;
  roleTypeId?: number;
  deleted: boolean;
}

/** An installed app: a manifest plus the fields LivePerson adds (id, client_id, client_secret, ...). */
export type Installation = Record<string, unknown>;

/** Why the account could not be read: wrong credentials, missing permission, LivePerson unavailable, ... */
export type AccountFault = 'credentials' | 'permission' | 'unavailable' | 'rejected' | 'malformed' | 'refused';

export class AccountError extends Error {
  constructor(
    readonly fault: AccountFault,
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface ClientOptions {
  /** Replaces https://api.liveperson.net (LP_CSDS_URL): its scheme is used for the hosts CSDS returns too. */
  csdsUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** The retry wait unit (default 1 s): 429 waits 1 unit (5 for a login), a 5xx 1 then 2 units. */
  unitMs?: number;
  /** Waiting for retries in all, in units (default 10). */
  maxWaitUnits?: number;
  /** All requests of a run end by then (default: two timeouts and the waiting, 70 s). */
  deadlineMs?: number;
  /** A response body over this is refused (default 5 MiB). */
  maxBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called with each secret before it can reach any output: the passwords before the first request, the bearer and csrf as soon as they are read. */
  onSecret?: (secret: string) => void;
  /** A line for the log: a retry, a logout that failed. */
  onNote?: (note: string) => void;
}

export const DEFAULT_CSDS_URL = 'https://api.liveperson.net';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
export const MAX_TRIES = 3;

export interface AccountRead {
  profiles: AccountProfile[];
  /** Only when asked for (compare-installed). */
  installations?: Installation[];
}

/** What was asked of the account. */
export interface ReadRequest {
  installations: boolean;
}

/** Host names as CSDS returns them: a DNS name or an IPv4 address, an optional port; never a path or credentials. */
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?$/;
/** Account ids are digits (sometimes letters too): they go into URL paths. */
export const ACCOUNT_ID = /^[A-Za-z0-9]{1,40}$/;

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '[::1]' || h === '::1';
}

/** LP_CSDS_URL checked: http(s), no credentials, no query; plain http only to a loopback host. */
export function csdsBase(url: string | undefined): URL {
  let base: URL;
  try {
    base = new URL(url || DEFAULT_CSDS_URL);
  } catch {
    throw new AccountError('refused', 'LP_CSDS_URL is not a URL');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new AccountError('refused', 'LP_CSDS_URL must be an https:// URL');
  if (base.username !== '' || base.password !== '' || base.search !== '' || base.hash !== '') throw new AccountError('refused', 'LP_CSDS_URL must have no credentials, query or fragment');
  if (base.protocol === 'http:' && !isLoopbackHost(base.hostname)) throw new AccountError('refused', 'LP_CSDS_URL: plain http is allowed only to a loopback host (a test server)');
  return base;
}

/** Reads the body, at most `max` bytes (the stream is cancelled past it). */
async function readLimited(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** LivePerson's error message in a body (`{"message"}` or `{"error": {"message"}}`), if any. */
export function errorMessageOf(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const direct = parsed['message'];
  if (typeof direct === 'string' && direct.trim() !== '') return direct;
  const nested = parsed['error'];
  if (isRecord(nested) && typeof nested['message'] === 'string' && nested['message'].trim() !== '') return nested['message'];
  if (typeof nested === 'string' && nested.trim() !== '') return nested;
  return undefined;
}

/** Shortened to 160 code points and JSON-quoted; invisible characters escaped (it is printed). */
function shortQuote(text: string): string {
  const points = [...text.slice(0, 400)];
  const shown = points.length > 160 ? points.slice(0, 160).join('') + '…' : points.join('');
  return JSON.stringify(shown).replace(
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb\ud800-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

interface Step {
  /** For messages: "the CSDS lookup", "the login", "reading the profiles". */
  label: string;
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** A 429 waits this many units at least. */
  rateLimitUnits: number;
}

const STATUS_FAULT: Record<number, AccountFault> = { 401: 'credentials', 403: 'permission' };

function faultWords(fault: AccountFault): string {
  switch (fault) {
    case 'credentials':
      return 'wrong credentials';
    case 'permission':
      return 'missing permission';
    case 'unavailable':
      return 'LivePerson unavailable';
    case 'malformed':
      return 'an unexpected response';
    case 'rejected':
      return 'the request was refused';
    case 'refused':
      return 'not allowed here';
  }
}

export function describeFaultKind(fault: AccountFault): string {
  return faultWords(fault);
}

/** One session of reads: the secrets it knows (to redact them) and the wait budget of the run. */
class Session {
  private readonly secrets: string[] = [];
  private waitedUnits = 0;
  readonly fetch: typeof globalThis.fetch;
  readonly timeoutMs: number;
  readonly unitMs: number;
  readonly maxWaitUnits: number;
  readonly maxBytes: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** When every request of the run must have ended (Date.now()). */
  private readonly deadline: number;

  constructor(private readonly options: ClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.unitMs = options.unitMs ?? 1000;
    this.maxWaitUnits = options.maxWaitUnits ?? 10;
    this.maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.deadline = Date.now() + (options.deadlineMs ?? 2 * this.timeoutMs + this.maxWaitUnits * this.unitMs);
  }

  /** This request's timeout: the per-request one, or less as the run's deadline nears. */
  timeoutNow(): number {
    return Math.min(this.timeoutMs, Math.max(1, this.deadline - Date.now()));
  }

  secret(value: string | undefined): void {
    if (value === undefined || value === '') return;
    this.options.onSecret?.(value);
    this.secrets.push(value);
  }

  /** `text` with every known secret replaced by *** (a server may echo a password back). */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) if (s.length >= 3) out = out.split(s).join('***');
    return out;
  }

  note(text: string): void {
    this.options.onNote?.(this.redact(text));
  }

  fail(fault: AccountFault, text: string): AccountError {
    return new AccountError(fault, this.redact(text));
  }

  /** Sends a step (with the retries the policy allows) and returns its JSON body. */
  async send(step: Step): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      let status: number | undefined;
      let text: string | undefined;
      let retryAfter: string | null = null;
      let networkProblem: string | undefined;
      try {
        const response = await this.fetch(step.url, {
          method: step.method,
          headers: step.headers,
          body: step.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.timeoutNow()),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        text = await readLimited(response, this.maxBytes);
        if (text === undefined) throw this.fail('malformed', `${step.label} failed: the response is over ${this.maxBytes / 1024 / 1024} MiB, refused`);
      } catch (error) {
        if (error instanceof AccountError) throw error;
        // (Not instanceof Error: fetch's errors may come from another realm.)
        const name = nameOf(error);
        networkProblem = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s` : `a network error (${networkCause(error)})`;
      }
      let waitUnits: number | undefined;
      let problem: string;
      let fault: AccountFault;
      if (networkProblem !== undefined) {
        problem = networkProblem;
        fault = 'unavailable';
        waitUnits = attempt;
      } else if (status! >= 200 && status! < 300) {
        try {
          return JSON.parse(text!) as unknown;
        } catch {
          throw this.fail('malformed', `${step.label} failed: LivePerson answered HTTP ${status} with a body that is not JSON`);
        }
      } else {
        const message = errorMessageOf(text!);
        problem = `HTTP ${status}${message === undefined ? '' : ` ${shortQuote(this.redact(message))}`}`;
        if (status === 429) {
          fault = 'unavailable';
          const asked = retryAfter !== null && /^\d{1,4}$/.test(retryAfter.trim()) ? Number(retryAfter) : 0;
          waitUnits = Math.max(step.rateLimitUnits, Math.min(asked, this.maxWaitUnits));
        } else if (status! >= 500) {
          fault = 'unavailable';
          waitUnits = attempt;
        } else if (status! >= 300 && status! < 400) {
          fault = 'malformed';
          problem = `HTTP ${status} (a redirect, not followed)`;
        } else fault = STATUS_FAULT[status!] ?? 'rejected';
      }
      const tries = attempt === 1 ? '' : ` after ${attempt} tries`;
      const late = Date.now() + waitUnits! * this.unitMs >= this.deadline;
      if (waitUnits === undefined || attempt >= MAX_TRIES || this.waitedUnits + waitUnits > this.maxWaitUnits || late) {
        throw this.fail(fault, `${step.label} failed${tries}: ${problem} (${faultWords(fault)})`);
      }
      this.waitedUnits += waitUnits;
      const waitMs = waitUnits * this.unitMs;
      this.note(`LivePerson: ${step.label}: ${problem} (try ${attempt}); retrying in ${Math.round(waitMs / 100) / 10} s`);
      await this.sleep(waitMs);
    }
  }
}

function nameOf(error: unknown): string {
  const name = error !== null && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}

/** ECONNRESET, ECONNREFUSED, ...: the code only (an error's text may name hosts or worse). */
function networkCause(error: unknown): string {
  const cause = error !== null && typeof error === 'object' ? (error as { cause?: { code?: unknown } }).cause : undefined;
  if (cause && typeof cause.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code)) return cause.code;
  return 'no connection';
}

const JSON_HEADERS = { Accept: 'application/json' };

function serviceUrl(base: URL, host: string, path: string, query: string): URL {
  const url = new URL(`${base.protocol}//${host}${path}?${query}`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) throw new AccountError('refused', `plain http to ${url.hostname} refused: only a loopback test server is reached over http`);
  return url;
}

/** The account's base URIs of the services used, from one CSDS request. */
async function domains(session: Session, base: URL, account: string): Promise<Record<'agentVep' | 'accountConfigReadOnly' | 'accountConfigReadWrite', string | undefined>> {
  const prefix = base.pathname.replace(/\/+$/, '');
  const url = new URL(`${base.origin}${prefix}/api/account/${account}/service/baseURI.json?version=1.0`);
  const body = await session.send({ label: 'the CSDS lookup of the account', method: 'GET', url, headers: JSON_HEADERS, rateLimitUnits: 1 });
  const list = isRecord(body) ? body['baseURIs'] : undefined;
  if (!Array.isArray(list)) throw session.fail('malformed', 'the CSDS lookup of the account failed: the response has no baseURIs list (an unexpected response)');
  const found: Record<'agentVep' | 'accountConfigReadOnly' | 'accountConfigReadWrite', string | undefined> & Record<string, string | undefined> = {
    agentVep: undefined,
    accountConfigReadOnly: undefined,
    accountConfigReadWrite: undefined,
  };
  for (const item of list) {
    if (!isRecord(item)) continue;
    const service = item['service'];
    const uri = item['baseURI'];
    if (typeof service !== 'string' || !Object.prototype.hasOwnProperty.call(found, service) || found[service] !== undefined) continue;
    if (typeof uri !== 'string' || !HOST.test(uri)) throw session.fail('malformed', `the CSDS lookup of the account failed: the ${service} address is not a host name (an unexpected response)`);
    found[service] = uri;
  }
  return found;
}

function parseProfiles(session: Session, body: unknown): AccountProfile[] {
  if (!Array.isArray(body)) throw session.fail('malformed', 'reading the profiles failed: the response is not a list of profiles (an unexpected response)');
  const out: AccountProfile[] = [];
  for (const item of body) {
    if (!isRecord(item)) continue;
    // A number, as documented; a string of digits is read too (ids are 64-bit: some clients send strings).
    const raw = item['id'];
    const id = typeof raw === 'string' && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : raw;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) continue;
    const name = typeof item['name'] === 'string' ? item['name'] : '';
    const role = item['roleTypeId'];
    const profile: AccountProfile = { id, name, deleted: item['deleted'] === true };
    if (typeof role === 'number' && Number.isInteger(role)) profile.roleTypeId = role;
    out.push(profile);
  }
  return out;
}

/**
 * Reads the account: CSDS, login, profiles, (installations), logout. Throws AccountError when the
 * login or a read fails; `partial` then holds what was read before (the profiles when only the
 * installations failed).
 */
export async function readAccount(credentials: LivePersonCredentials, request: ReadRequest, options: ClientOptions = {}): Promise<AccountRead> {
  const session = new Session(options);
  session.secret(credentials.password);
  session.secret(credentials.appSecret);
  if (!ACCOUNT_ID.test(credentials.account)) throw new AccountError('refused', 'the account id must be letters and digits only');
  const base = csdsBase(options.csdsUrl);
  const { account } = credentials;
  const hosts = await domains(session, base, account);
  const need = (service: keyof typeof hosts, forWhat: string): string => {
    const host = hosts[service];
    if (host === undefined) throw session.fail('malformed', `the CSDS lookup of the account failed: it lists no ${service} service (needed for ${forWhat}; an unexpected response)`);
    return host;
  };
  const loginHost = need('agentVep', 'the login');
  const loginBody =
    credentials.password !== undefined && credentials.password !== ''
      ? { username: credentials.username, password: credentials.password }
      : { username: credentials.username, appKey: credentials.appKey, secret: credentials.appSecret, accessToken: 'dummy', accessTokenSecret: 'dummy' };
  const login = await session.send({
    label: 'the LivePerson login',
    method: 'POST',
    url: serviceUrl(base, loginHost, `/api/account/${account}/login`, 'v=1.3'),
    headers: { ...JSON_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify(loginBody),
    rateLimitUnits: 5,
  });
  const bearer = isRecord(login) ? login['bearer'] : undefined;
  if (isRecord(login) && typeof login['csrf'] === 'string') session.secret(login['csrf']);
  if (typeof bearer !== 'string' || bearer === '') throw session.fail('malformed', 'the LivePerson login failed: the response has no bearer (an unexpected response)');
  session.secret(bearer);
  const auth = { ...JSON_HEADERS, Authorization: `Bearer ${bearer}` };
  try {
    const profilesHost = need('accountConfigReadOnly', 'reading the profiles');
    const profiles = parseProfiles(
      session,
      await session.send({
        label: 'reading the profiles',
        method: 'GET',
        url: serviceUrl(base, profilesHost, `/api/account/${account}/configuration/le-users/profiles`, 'v=4.0&select=$all'),
        headers: auth,
        rateLimitUnits: 1,
      }),
    );
    const read: AccountRead = { profiles };
    if (request.installations) {
      try {
        const host = need('accountConfigReadWrite', 'reading the installations');
        const body = await session.send({
          label: 'reading the app installations',
          method: 'GET',
          url: serviceUrl(base, host, `/api/account/${account}/configuration/app-install/installations`, 'v=1.0'),
          headers: auth,
          rateLimitUnits: 1,
        });
        if (!Array.isArray(body)) throw session.fail('malformed', 'reading the app installations failed: the response is not a list (an unexpected response)');
        read.installations = body.filter(isRecord);
      } catch (error) {
        if (error instanceof AccountError) throw new PartialReadError(error, read);
        throw error;
      }
    }
    return read;
  } finally {
    // One try: a failed logout leaves a session that expires by itself; it is noted, not an error.
    try {
      const response = await session.fetch(serviceUrl(base, loginHost, `/api/account/${account}/logout`, 'v=1.3'), {
        method: 'POST',
        headers: auth,
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.min(session.timeoutMs, 5000)),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 300) session.note(`LivePerson: the logout answered HTTP ${response.status}; the session expires by itself`);
    } catch {
      session.note('LivePerson: the logout failed; the session expires by itself');
    }
  }
}

/** The installations could not be read, the profiles were: both are kept. */
export class PartialReadError extends AccountError {
  constructor(
    readonly error: AccountError,
    readonly partial: AccountRead,
  ) {
    super(error.fault, error.message);
    this.name = 'PartialReadError';
  }
}
