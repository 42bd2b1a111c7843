// A loopback LivePerson account for the tests, answering like the documented APIs (LivePerson's
// developer docs: Domain API, Login Service API, Profiles API, retry policy; the App Installation
// API as LivePerson's Connector App Hub, LivePersonInc/lp-demo-app-connector-api, calls it). Every
// request is checked: method, path, the `v=` (or `version=`) parameter, headers and body. A request
// the documented APIs would not accept is answered 400 and recorded in `violations` (a test expects
// none). Faults are scripted per service: a list of answers used in order, then the normal answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT = '12345678';
export const USERNAME = 'ci-bot';
export const PASSWORD = 'pw-Sup3rS3cret-Passw0rd!';
export const APP_KEY = 'appkey0123456789abcdef';
export const APP_SECRET = 'appsecret-Zq81vXk2mN7pLw4t';
export const BEARER = 'bearer-eyJhbGciOiJSUzI1NiJ9.SECRETBEARERVALUE.sig';
export const CSRF = 'csrf-7f3a9c2e1b0d4f6a';

export type Service = 'csds' | 'login' | 'profiles' | 'installations' | 'logout';

/** A scripted answer: a status and a body (an object is sent as JSON), or a hang (no answer), or a huge body. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | { hang: true } | { oversized: number } | { raw: string; status?: number } | { reset: true };

export interface RecordedRequest {
  service: Service | 'unknown';
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export const DEFAULT_PROFILES = [
  { id: 2338395712, name: 'Agent Manager', roleTypeId: 3, description: '', permissions: [], deleted: false },
  { id: 42, name: 'Agent', roleTypeId: 2, description: '', permissions: [], deleted: false },
  { id: 43, name: 'Administrator', roleTypeId: 1, description: '', permissions: [], deleted: false },
  { id: 50, name: 'Old team', roleTypeId: 2, description: '', permissions: [], deleted: true },
];

export interface MockOptions {
  profiles?: unknown[];
  installations?: unknown[];
  /** Scripted answers per service, used in order before the normal answer. */
  script?: Partial<Record<Service, Answer[]>>;
  /** Application login expected instead of a user login. */
  appLogin?: boolean;
  /** Host the CSDS answer gives for the services (default: this server, 127.0.0.1:port). */
  serviceHost?: (port: number) => string;
}

export class MockAccount {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private server: Server | undefined;
  private port = 0;
  private readonly hanging = new Set<ServerResponse>();

  constructor(readonly options: MockOptions = {}) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  count(service: Service): number {
    return this.requests.filter((r) => r.service === service).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private violation(req: RecordedRequest, what: string): void {
    this.violations.push(`${req.method} ${req.path}: ${what}`);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://mock');
    const path = url.pathname;
    const a = `/api/account/${ACCOUNT}`;
    const service: Service | 'unknown' =
      path === `${a}/service/baseURI.json`
        ? 'csds'
        : path === `${a}/login`
          ? 'login'
          : path === `${a}/logout`
            ? 'logout'
            : path === `${a}/configuration/le-users/profiles`
              ? 'profiles'
              : path === `${a}/configuration/app-install/installations`
                ? 'installations'
                : 'unknown';
    const rec: RecordedRequest = { service, method: req.method ?? '', path, query: url.searchParams, headers: req.headers, body };
    this.requests.push(rec);
    const problems = this.check(rec);
    for (const p of problems) this.violation(rec, p);
    if (problems.length > 0) return this.send(res, 400, { type: 'BadRequest', internalCode: 1, message: problems.join('; ') });
    const scripted = this.options.script?.[service as Service]?.shift();
    if (scripted !== undefined) return this.answer(res, scripted);
    this.send(res, 200, this.normal(service as Service));
  }

  private check(r: RecordedRequest): string[] {
    const out: string[] = [];
    const expect = (ok: boolean, what: string) => void (ok || out.push(what));
    const bearer = r.headers['authorization'] === `Bearer ${BEARER}`;
    switch (r.service) {
      case 'unknown':
        return ['no such LivePerson API path'];
      case 'csds':
        expect(r.method === 'GET', 'CSDS is GET');
        expect(r.query.get('version') === '1.0', 'CSDS needs version=1.0');
        expect(r.headers['authorization'] === undefined, 'CSDS needs no Authorization');
        break;
      case 'login': {
        expect(r.method === 'POST', 'login is POST');
        expect(r.query.get('v') === '1.3', 'login needs v=1.3');
        expect((r.headers['content-type'] ?? '').startsWith('application/json'), 'login needs Content-Type: application/json');
        expect(r.headers['accept'] === 'application/json', 'login needs Accept: application/json');
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(r.body) as Record<string, unknown>;
        } catch {
          out.push('login body is not JSON');
        }
        const keys = Object.keys(parsed).sort().join(',');
        if (this.options.appLogin) {
          expect(keys === 'accessToken,accessTokenSecret,appKey,secret,username', `application login body keys: ${keys}`);
          expect(parsed['username'] === USERNAME && parsed['appKey'] === APP_KEY && parsed['secret'] === APP_SECRET, 'application login values');
          expect(parsed['accessToken'] === 'dummy' && parsed['accessTokenSecret'] === 'dummy', 'application login dummies');
        } else {
          expect(keys === 'password,username', `user login body keys: ${keys}`);
          expect(parsed['username'] === USERNAME && parsed['password'] === PASSWORD, 'user login values');
        }
        break;
      }
      case 'logout':
        expect(r.method === 'POST', 'logout is POST');
        expect(r.query.get('v') === '1.3', 'logout needs v=1.3');
        expect(bearer, 'logout needs the bearer');
        break;
      case 'profiles':
        expect(r.method === 'GET', 'profiles is GET');
        expect(r.query.get('v') === '4.0', 'profiles needs v=4.0');
        expect(r.query.get('select') === '$all', 'profiles: select=$all');
        expect(bearer, 'profiles needs the bearer');
        expect(r.body === '', 'a GET has no body');
        break;
      case 'installations':
        expect(r.method === 'GET', 'installations is GET');
        expect(r.query.get('v') === '1.0', 'installations needs v=1.0');
        expect(bearer, 'installations needs the bearer');
        expect(r.body === '', 'a GET has no body');
        break;
    }
    return out;
  }

  private normal(service: Service): unknown {
    const host = this.options.serviceHost?.(this.port) ?? `127.0.0.1:${this.port}`;
    switch (service) {
      case 'csds':
        return {
          baseURIs: [
            { service: 'agentVep', account: ACCOUNT, baseURI: host },
            { service: 'accountConfigReadOnly', account: ACCOUNT, baseURI: host },
            { service: 'accountConfigReadWrite', account: ACCOUNT, baseURI: host },
            { service: 'asyncMessagingEnt', account: ACCOUNT, baseURI: 'va.msg.liveperson.net' },
          ],
        };
      case 'login':
        return { csrf: CSRF, sessionTTl: '28800000', bearer: BEARER, config: { userId: '99', isAdmin: true, loginName: USERNAME } };
      case 'logout':
        return {};
      case 'profiles':
        return this.options.profiles ?? DEFAULT_PROFILES;
      case 'installations':
        return this.options.installations ?? [];
    }
  }

  private answer(res: ServerResponse, a: Answer): void {
    if ('hang' in a) {
      this.hanging.add(res);
      return;
    }
    if ('reset' in a) {
      res.socket?.destroy();
      return;
    }
    if ('oversized' in a) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = '[' + ' '.repeat(64 * 1024 - 1);
      let sent = 0;
      const more = () => {
        while (sent < a.oversized) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end(']');
      };
      res.on('error', () => undefined);
      more();
      return;
    }
    if ('raw' in a) {
      res.writeHead(a.status ?? 200, { 'Content-Type': 'application/json' });
      res.end(a.raw);
      return;
    }
    this.send(res, a.status, a.body ?? {}, a.headers);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

/** LivePerson's two error body shapes. */
export const errorBody = (message: string, internalCode = 12): unknown => ({ type: 'Error', internalCode, message });
export const nestedErrorBody = (message: string, responseStatus = 'UNAUTHORIZED'): unknown => ({ error: { message, internalCode: 10, responseStatus } });
