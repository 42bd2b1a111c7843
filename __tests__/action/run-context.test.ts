// readRunContext on malformed and borderline event payloads (mutation testing found them untested):
// what makes a pull request, its head commit and a fork, and what falls back to GITHUB_SHA.
import { afterAll, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRunContext } from '../../src/action/github-context.js';
import { tempWorkspace } from '../support/workspace.js';

const dir = tempWorkspace();
afterAll(() => dir.cleanup());
const HEAD = 'a'.repeat(40);
const MERGE = 'b'.repeat(40);
let n = 0;

function contextOf(payload: unknown, env: Record<string, string | undefined> = {}) {
  const path = join(dir.root, `event-${n++}.json`);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return readRunContext({ GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/apps', GITHUB_SHA: MERGE, ...env });
}
const pr = (over: Record<string, unknown> = {}, head: Record<string, unknown> = {}) => ({
  pull_request: { number: 17, head: { sha: HEAD, repo: { full_name: 'acme/apps' }, ...head }, base: { repo: { full_name: 'acme/apps' } }, ...over },
});
const push = { eventName: 'pull_request', owner: 'acme', repo: 'apps', headSha: MERGE };

test('a payload that is null, a number or a list: no pull request, GITHUB_SHA', () => {
  for (const payload of ['null', '5', '[1]', '"text"']) expect(contextOf(payload)).toEqual(push);
});

test.each([
  ['a number that is a string', pr({ number: '17' })],
  ['a number past 2^53', '{"pull_request": {"number": 9007199254740993, "head": {"sha": "' + HEAD + '"}}}'],
  ['no number', pr({ number: undefined })],
  ['a head sha that is a number', pr({}, { sha: 1234 })],
  ['a head sha that is too short', pr({}, { sha: 'a'.repeat(39) })],
  ['a head sha with text before it', pr({}, { sha: 'x' + HEAD })],
  ['a head sha with text after it', pr({}, { sha: HEAD + 'x' })],
])('%s: not a pull request, GITHUB_SHA', (_what, payload) => {
  expect(contextOf(payload)).toEqual(push);
});

test('a 64-digit (SHA-256) head is a pull request head', () => {
  expect(contextOf(pr({}, { sha: 'c'.repeat(64) })).headSha).toBe('c'.repeat(64));
});

test('fork or not, from the head and base repositories', () => {
  const fork = (payload: unknown, env?: Record<string, string | undefined>) => contextOf(payload, env).pullRequest?.fromFork;
  expect(fork(pr())).toBe(false);
  expect(fork(pr({}, { repo: { full_name: 'someone/apps' } }))).toBe(true);
  expect(fork(pr({}, { repo: null }))).toBe(true); // a deleted fork
  expect(fork(pr({}, { repo: {} }))).toBe(false); // no name: not judged a fork
  expect(fork(pr({ base: undefined }))).toBe(false); // no base: GITHUB_REPOSITORY
  expect(fork(pr({ base: undefined }, { repo: { full_name: 'someone/apps' } }))).toBe(true);
  expect(fork(pr({ base: { repo: { full_name: 'someone/apps' } } }, { repo: { full_name: 'someone/apps' } }))).toBe(false); // the base's name wins
  expect(fork(pr({ base: { repo: {} } }), { GITHUB_REPOSITORY: undefined })).toBe(false); // nothing to compare with
});

test('changed_files only when a number', () => {
  expect(contextOf(pr({ changed_files: 4 })).pullRequest).toEqual({ number: 17, headSha: HEAD, fromFork: false, changedFiles: 4 });
  expect(contextOf(pr({ changed_files: '4' })).pullRequest).toEqual({ number: 17, headSha: HEAD, fromFork: false });
});

test('GITHUB_REPOSITORY without a slash names no repository; no GITHUB_SHA, no head', () => {
  expect(contextOf({}, { GITHUB_REPOSITORY: 'acme' })).toEqual({ eventName: 'pull_request', headSha: MERGE });
  expect(contextOf({}, { GITHUB_SHA: undefined })).toEqual({ eventName: 'pull_request', owner: 'acme', repo: 'apps' });
});

test('the run page needs the server, the repository and the run id', () => {
  const full = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '9' };
  expect(contextOf({}, full).runUrl).toBe('https://github.com/acme/apps/actions/runs/9');
  expect(contextOf({}, { ...full, GITHUB_SERVER_URL: undefined }).runUrl).toBeUndefined();
  expect(contextOf({}, { ...full, GITHUB_REPOSITORY: undefined }).runUrl).toBeUndefined();
  expect(contextOf({}, { ...full, GITHUB_RUN_ID: undefined }).runUrl).toBeUndefined();
});
