// Running the action's run() (src/main.ts) in the test process, as GitHub's typescript-action
// template tests it: @actions/core replaced by a recorder (jest.unstable_mockModule, before main.ts is
// imported), the real @actions/github client over an injected fetch that checks every request
// against GitHub's OpenAPI description (./fake-fetch.ts), the runner's environment in process.env.
// What the runner would print or write is the list of core calls, in order.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { BASE_URL, fakeFetch, type Answer, type FetchCall } from './fake-fetch.js';
import { FAKE_TOKEN, HEAD_SHA, MERGE_SHA, OWNER, PR_NUMBER, pullRequestEvent, readActionYml, REPO } from './harness.js';

/** One call of @actions/core: its name and arguments (undefined arguments dropped). */
export type CoreCall = [string, ...unknown[]];

const recorded: CoreCall[] = [];
let inputValues: Record<string, string> = {};
let summaryError: Error | undefined;
let coreErrors: Scenario['coreErrors'] = {};

const record =
  (name: string) =>
  (...args: unknown[]): void => {
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    recorded.push([name, ...args]);
  };

/** Must run before src/main.ts is imported (the test file imports it with `await import`). */
export function mockCore(): void {
  jest.unstable_mockModule('@actions/core', () => {
    const summary = {
      addRaw(text: string) {
        recorded.push(['summary.addRaw', text]);
        return summary;
      },
      write() {
        recorded.push(['summary.write']);
        return summaryError ? Promise.reject(summaryError) : Promise.resolve(summary);
      },
    };
    return {
      // The runner's rule: INPUT_<NAME>, '' when unset, trimmed.
      getInput: (name: string) => {
        if (coreErrors?.getInput) throw coreErrors.getInput;
        return (inputValues[name] ?? '').trim();
      },
      setSecret: record('setSecret'),
      setOutput: (...args: unknown[]) => {
        if (coreErrors?.setOutput) throw coreErrors.setOutput;
        record('setOutput')(...args);
      },
      setFailed: record('setFailed'),
      info: record('info'),
      warning: record('warning'),
      notice: record('notice'),
      error: record('error'),
      summary,
    };
  });
}

export interface Scenario {
  files: Record<string, string>;
  /** Symbolic links made after the files: path -> target (as written in the link). */
  links?: Record<string, string>;
  /** Inputs the workflow gives; the others are action.yml's defaults. */
  inputs?: Record<string, string>;
  eventName?: string;
  event?: object;
  /** The fake GitHub API; by default a check run is created (201) and updated (200). */
  answer?: (call: FetchCall, index: number) => Answer;
  /** Changes to the runner's environment (undefined: unset). */
  env?: Record<string, string | undefined>;
  /** The job summary cannot be written. */
  summaryError?: Error;
  /** What @actions/core throws, as it does when the runner's files are missing. */
  coreErrors?: { getInput?: Error; setOutput?: Error };
}

export interface Outcome {
  calls: CoreCall[];
  /** The requests the GitHub client sent. */
  requests: FetchCall[];
  outputs: Record<string, string>;
  /** setFailed messages: the step fails when there is one. */
  failed: string[];
  /** core.error / core.warning / core.notice calls that carry properties (workflow-command annotations). */
  annotations: CoreCall[];
  /** The other core.warning / core.notice / core.error messages. */
  messages: CoreCall[];
  /** core.info lines. */
  info: string[];
  summary?: string;
  ws: TempWorkspace;
  runnerTemp: string;
}

export const CHECK_RUN_ID = 77;
export const HTML_URL = `https://github.com/${OWNER}/${REPO}/runs/${CHECK_RUN_ID}`;
export const CHECK_RUNS = `${BASE_URL}/repos/${OWNER}/${REPO}/check-runs`;
export const PR_FILES = `${BASE_URL}/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`;
export const DETAILS_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/9001`;

export const checkRunCreated = (call: FetchCall): Answer => (call.method === 'POST' ? { status: 201, body: { id: CHECK_RUN_ID, html_url: HTML_URL } } : { status: 200, body: { id: CHECK_RUN_ID } });

const cleanups: (() => void)[] = [];

/** Removes the workspaces and restores process.env (each test file's afterEach). */
export function cleanUp(): void {
  for (const c of cleanups.splice(0).reverse()) c();
}

/** The defaults the runner gives each input (action.yml), the token as `${{ github.token }}` gives it. */
function defaults(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(readActionYml().inputs)) out[name] = spec.default === '${{ github.token }}' ? FAKE_TOKEN : (spec.default ?? '');
  return out;
}

export async function runAction(run: (deps: { fetch?: typeof globalThis.fetch }) => Promise<void>, scenario: Scenario): Promise<Outcome> {
  const ws = tempWorkspace();
  const runnerTemp = mkdtempSync(join(tmpdir(), 'lp-manifest-runner-'));
  cleanups.push(() => {
    ws.cleanup();
    rmSync(runnerTemp, { recursive: true, force: true });
  });
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  for (const [path, text] of Object.entries(scenario.files)) ws.write(path, text);
  for (const [path, target] of Object.entries(scenario.links ?? {})) {
    mkdirSync(dirname(join(ws.root, path)), { recursive: true });
    symlinkSync(target, join(ws.root, path));
  }
  const eventName = scenario.eventName ?? 'pull_request';
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(eventFile, JSON.stringify(scenario.event ?? (eventName === 'pull_request' ? pullRequestEvent() : { ref: 'refs/heads/main' })));
  const env: Record<string, string | undefined> = {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '9001',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: BASE_URL,
    GITHUB_WORKSPACE: ws.root,
    RUNNER_TEMP: runnerTemp,
    LP_MANIFEST_RETRY_UNIT_MS: '0',
    LP_MANIFEST_API_TIMEOUT_MS: '5000',
    ...scenario.env,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  cleanups.push(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  inputValues = { ...defaults(), ...scenario.inputs };
  summaryError = scenario.summaryError;
  coreErrors = scenario.coreErrors ?? {};
  recorded.length = 0;
  const { fetch, calls: requests } = fakeFetch(scenario.answer ?? checkRunCreated);
  await run({ fetch });
  const calls = recorded.splice(0);
  const outputs: Record<string, string> = {};
  for (const c of calls) if (c[0] === 'setOutput') outputs[c[1] as string] = c[2] as string;
  const isLog = (c: CoreCall) => c[0] === 'error' || c[0] === 'warning' || c[0] === 'notice';
  return {
    calls,
    requests,
    outputs,
    failed: calls.filter((c) => c[0] === 'setFailed').map((c) => c[1] as string),
    annotations: calls.filter((c) => isLog(c) && c.length > 2),
    messages: calls.filter((c) => isLog(c) && c.length === 2),
    info: calls.filter((c) => c[0] === 'info').map((c) => c[1] as string),
    summary: calls.find((c) => c[0] === 'summary.addRaw')?.[1] as string | undefined,
    ws,
    runnerTemp,
  };
}

/** The JSON body of the request GitHub would receive. */
export const body = (c: FetchCall) => c.body as Record<string, any>;
export const route = (c: FetchCall) => `${c.method} ${c.url}`;
export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
export { FAKE_TOKEN, HEAD_SHA, MERGE_SHA, PR_NUMBER };
