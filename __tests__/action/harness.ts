// End-to-end harness: runs the BUILT action (dist/index.js) as the runner does — a child process with
// INPUT_* variables (action.yml's defaults), the GITHUB_* environment, an event payload file, output
// and summary files — against a loopback HTTP server standing in for the GitHub API, which checks
// every request against GitHub's published OpenAPI description (../support/github-openapi.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestViolations } from '../support/github-openapi.js';

export const ROOT = process.cwd();
export const ACTION = join(ROOT, 'dist', 'index.js');
export const FAKE_TOKEN = 'ghs_FAKEtoken0123456789abcdefFAKEtoken01';
export const OWNER = 'acme';
export const REPO = 'apps';
export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'b'.repeat(40);
export const PR_NUMBER = 17;

// ---------------------------------------------------------------------------------------------
// action.yml (a reader for its flat structure: top-level keys, inputs/outputs maps, runs)

export interface ActionYml {
  name: string;
  description: string;
  branding: Record<string, string>;
  inputs: Record<string, { description: string; required?: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

/** A scalar; strict about plain ones, as YAML is (GitHub refuses an action.yml it cannot parse). */
function scalar(raw: string): string {
  const v = raw.trim();
  if (v.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(v)) throw new Error(`action.yml: bad single-quoted scalar ${v}`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(v) || v.includes(': ') || v.includes(' #') || v.endsWith(':')) {
    throw new Error(`action.yml: "${v}" must be quoted (YAML reads ": ", " #" or a leading indicator as syntax)`);
  }
  return v;
}

export function readActionYml(path = join(ROOT, 'action.yml')): ActionYml {
  const doc: Record<string, unknown> = {};
  let section: string | undefined;
  let item: string | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const m = /^( *)([A-Za-z0-9_-]+):(.*)$/.exec(line);
    if (!m) throw new Error(`action.yml: cannot read line ${JSON.stringify(line)}`);
    const [, indent, key, rest] = m as unknown as [string, string, string, string];
    if (indent.length === 0) {
      section = key;
      item = undefined;
      doc[key] = rest.trim() === '' ? {} : scalar(rest);
    } else if (indent.length === 2) {
      const map = doc[section!] as Record<string, unknown>;
      item = key;
      map[key] = rest.trim() === '' ? {} : scalar(rest);
    } else if (indent.length === 4) {
      (doc[section!] as Record<string, Record<string, string>>)[item!]![key] = scalar(rest);
    } else throw new Error(`action.yml: unexpected indentation in ${JSON.stringify(line)}`);
  }
  return doc as unknown as ActionYml;
}

/** INPUT_* variables as the runner sets them: every input, with action.yml's default unless given. */
export function inputEnv(given: Record<string, string> = {}): Record<string, string> {
  const yml = readActionYml();
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    let value = given[name] ?? spec.default ?? '';
    if (value === '${{ github.token }}') value = FAKE_TOKEN;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(given)) if (!(name in yml.inputs)) throw new Error(`no input ${name} in action.yml`);
  return env;
}

// ---------------------------------------------------------------------------------------------
// The fake GitHub API

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. /repos/acme/apps/pulls/17/files?per_page=100 */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The status the fake answered with (undefined while it hangs). */
  replyStatus?: number;
  /** What GitHub's OpenAPI description says is wrong with it (answered with 422). */
  violations?: string[];
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer (a hung server). */
  hang?: boolean;
  /** `body` is a string sent as is (not JSON-encoded): a broken or non-JSON response. */
  raw?: boolean;
}

export type Handler = (req: RecordedRequest, api: FakeApi) => Reply;

export interface FakeApi {
  url: string;
  requests: RecordedRequest[];
  /**
   * Requests that GitHub's OpenAPI description says are malformed, one text each: the fake answers
   * them 422 (like GitHub) and every test's afterEach expects none.
   */
  violations: string[];
  /** Replies, in order, for `METHOD /path` (query excluded); when used up, the route's default. */
  queue(route: string, ...replies: Reply[]): void;
  /** Replaces the default reply of a route. */
  route(route: string, handler: Handler): void;
  close(): Promise<void>;
}

export const CHECK_RUN_ID = 4242;
export const REVIEW_ID = 5151;
/** The account GITHUB_TOKEN acts as (GitHub's github-actions[bot]), as GraphQL's viewer and a comment's `user` name it. */
export const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export async function startApi(): Promise<FakeApi> {
  const queues = new Map<string, Reply[]>();
  const routes = new Map<string, Handler>();
  routes.set(`POST /repos/${OWNER}/${REPO}/check-runs`, () => ({
    status: 201,
    body: { id: CHECK_RUN_ID, html_url: `https://github.com/${OWNER}/${REPO}/runs/${CHECK_RUN_ID}`, status: 'completed' },
  }));
  routes.set(`PATCH /repos/${OWNER}/${REPO}/check-runs/${CHECK_RUN_ID}`, () => ({ status: 200, body: { id: CHECK_RUN_ID } }));
  // A pull request whose diff has no file (tests that need one route it), no review comment yet, and reviews accepted.
  routes.set(`GET /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`, () => ({ status: 200, body: [] }));
  routes.set(`GET /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/comments`, () => ({ status: 200, body: [] }));
  routes.set('POST /graphql', () => ({ status: 200, body: { data: { viewer: { login: BOT.login, databaseId: BOT.id } } } }));
  routes.set(`POST /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`, () => ({
    status: 200,
    body: { id: REVIEW_ID, html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#pullrequestreview-${REVIEW_ID}`, state: 'COMMENTED' },
  }));
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const hung: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: u.pathname + u.search,
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        headers: req.headers,
        body: undefined,
      };
      try {
        recorded.body = text === '' ? undefined : JSON.parse(text);
      } catch {
        recorded.body = text;
      }
      requests.push(recorded);
      const invalid = requestViolations({ method: recorded.method, path: recorded.path, query: recorded.query, bodyText: text, contentType: req.headers['content-type'] });
      if (invalid.length > 0) {
        recorded.violations = invalid;
        violations.push(invalid.join('\n'));
      }
      const route = `${recorded.method} ${recorded.path}`;
      const queued = queues.get(route);
      const reply: Reply =
        invalid.length > 0
          ? { status: 422, body: { message: 'Validation Failed', errors: invalid, documentation_url: 'https://docs.github.com/rest' } }
          : queued && queued.length > 0
            ? queued.shift()!
            : (routes.get(route)?.(recorded, api) ?? { status: 404, body: { message: 'Not Found' } });
      if (reply.hang) {
        hung.push(res);
        return;
      }
      recorded.replyStatus = reply.status;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.body === undefined ? '' : typeof reply.body === 'string' && reply.raw ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: FakeApi = {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    queue(route, ...replies) {
      queues.set(route, [...(queues.get(route) ?? []), ...replies]);
    },
    route(route, handler) {
      routes.set(route, handler);
    },
    close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Running the action

export function pullRequestEvent(overrides: { changedFiles?: number; fork?: boolean } = {}): object {
  const base = `${OWNER}/${REPO}`;
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      changed_files: overrides.changedFiles ?? 3,
      head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: overrides.fork ? `someone/${REPO}` : base, fork: overrides.fork === true } },
      base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: base, fork: false } },
    },
    repository: { name: REPO, full_name: base, owner: { login: OWNER } },
  };
}

export interface RunOptions {
  workspace: string;
  api: FakeApi;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: object;
  env?: Record<string, string>;
  /** The bundle to run (default: dist/index.js). */
  action?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report written to outputs['report-file'] (read before RUNNER_TEMP is removed). */
  report?: Record<string, unknown>;
  /** The annotation commands (::error / ::warning / ::notice lines) in stdout. */
  commands: string[];
  runnerTemp: string;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks; `name=value` lines too). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`GITHUB_OUTPUT: cannot read ${JSON.stringify(line)}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The runner's environment, without anything of the machine running the tests (CI is a runner too). */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|LP_MANIFEST_)/i.test(k) || /proxy/i.test(k) || k === 'NODE_OPTIONS' || k === 'CI') continue;
    env[k] = v;
  }
  return env;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'lp-manifest-runner-'));
  try {
    const outputFile = join(runnerTemp, 'github_output');
    const summaryFile = join(runnerTemp, 'step_summary.md');
    const eventFile = join(runnerTemp, 'event.json');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const eventName = options.eventName ?? 'pull_request';
    writeFileSync(eventFile, JSON.stringify(options.event ?? (eventName === 'pull_request' ? pullRequestEvent() : { ref: 'refs/heads/main' })));
    const env: Record<string, string> = {
      ...cleanEnv(),
      ...inputEnv(options.inputs),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_SHA: MERGE_SHA,
      GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
      GITHUB_RUN_ID: '9001',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.api.url,
      GITHUB_GRAPHQL_URL: `${options.api.url}/graphql`,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      LP_MANIFEST_RETRY_UNIT_MS: '1',
      LP_MANIFEST_API_TIMEOUT_MS: '5000',
      ...options.env,
    };
    const child = spawn(process.execPath, [options.action ?? ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    const reportFile = outputs['report-file'];
    return {
      code,
      stdout,
      stderr,
      outputs,
      report: reportFile && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>) : undefined,
      summary: readFileSync(summaryFile, 'utf8'),
      commands: stdout.split('\n').filter((l) => /^::(error|warning|notice)( |::)/.test(l)),
      runnerTemp,
    };
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}

/** 1-based line and column of `needle` in `text` (its first occurrence after `from`), and its end column (exclusive). */
export function at(text: string, needle: string, from = 0): { line: number; column: number; endColumn: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, endColumn: column + needle.length };
}
