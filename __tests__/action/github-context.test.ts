// The run context from the runner's environment and event payload: which commit the check run goes
// on, the pull request, forks.
import { afterAll, describe, expect, test } from '@jest/globals';
import { readRunContext } from '../../src/action/github-context.js';
import { tempWorkspace } from '../support/workspace.js';

const dir = tempWorkspace();
afterAll(() => dir.cleanup());

const HEAD = '1'.repeat(40);
const MERGE = '2'.repeat(40);

function payload(name: string, value: unknown): string {
  return dir.write(name, JSON.stringify(value));
}

const env = (over: Record<string, string>) => ({ GITHUB_REPOSITORY: 'acme/apps', GITHUB_SHA: MERGE, ...over });

describe('readRunContext', () => {
  test('pull_request: the head sha of the payload, not GITHUB_SHA (the merge commit)', () => {
    const path = payload('pr.json', { pull_request: { number: 12, changed_files: 4, head: { sha: HEAD, repo: { full_name: 'acme/apps' } }, base: { repo: { full_name: 'acme/apps' } } } });
    expect(readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '5' }))).toEqual({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'apps',
      headSha: HEAD,
      pullRequest: { number: 12, headSha: HEAD, fromFork: false, changedFiles: 4 },
      runUrl: 'https://github.com/acme/apps/actions/runs/5',
    });
  });

  test('a fork (other head repository, or a deleted one)', () => {
    const fork = payload('fork.json', { pull_request: { number: 1, head: { sha: HEAD, repo: { full_name: 'someone/apps', fork: true } }, base: { repo: { full_name: 'acme/apps' } } } });
    expect(readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: fork })).pullRequest?.fromFork).toBe(true);
    const deleted = payload('deleted.json', { pull_request: { number: 1, head: { sha: HEAD, repo: null }, base: { repo: { full_name: 'acme/apps' } } } });
    expect(readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: deleted })).pullRequest?.fromFork).toBe(true);
  });

  test('push, a missing or broken payload: GITHUB_SHA and no pull request', () => {
    const push = payload('push.json', { ref: 'refs/heads/main', head_commit: { id: HEAD } });
    const broken = dir.write('broken.json', '{');
    for (const path of [push, broken, dir.root + '/missing.json']) {
      const context = readRunContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path }));
      expect(context).toEqual({ eventName: 'push', owner: 'acme', repo: 'apps', headSha: MERGE });
    }
  });

  test('no repository, no sha: nothing made up', () => {
    expect(readRunContext({})).toEqual({ eventName: '' });
  });

  test('a payload whose head sha is not a sha is ignored', () => {
    const path = payload('odd.json', { pull_request: { number: 3, head: { sha: 'main' } } });
    expect(readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).headSha).toBe(MERGE);
  });
});
