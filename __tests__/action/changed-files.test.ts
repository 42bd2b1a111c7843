// listChangedFiles: what a Pulls API answer that is not a list of files is called in the error
// (only-changed then checks every manifest and says why: run.test.ts).
import { afterEach, expect, test } from '@jest/globals';
import { listChangedFiles } from '../../src/action/changed-files.js';
import { createOctokit } from '../../src/action/github-api.js';
import { BASE_URL, fakeFetch, takeViolations, type Answer } from './fake-fetch.js';

afterEach(() => {
  expect(takeViolations()).toEqual([]);
});

async function listWith(answer: Answer) {
  const { fetch } = fakeFetch(() => answer);
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 1, unitMs: 0, maxWaitUnits: 0, timeoutMs: 5000 } });
  return listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 });
}

test.each([
  ['an empty body', { status: 200, rawBody: '' }],
  ['an empty body', { status: 204 }],
  ['something other than a list', { status: 200, body: { files: [] } }],
  ['something other than a list', { status: 200, rawBody: 'not json' }],
] as [string, Answer][])('page 1 answered with %s', async (what, answer) => {
  await expect(listWith(answer)).rejects.toThrow(new Error(`the Pulls API answered page 1 with ${what}`));
});

test('entries without a file name (or not objects at all) are skipped; the others are kept', async () => {
  const { fetch } = fakeFetch(() => ({ status: 200, body: [null, { status: 'added' }, { filename: 7, status: 'added' }, { filename: 'a.json', status: 'added' }] }));
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 1, unitMs: 0, maxWaitUnits: 0, timeoutMs: 5000 } });
  expect(await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 })).toEqual({
    complete: true,
    files: new Map([['a.json', { status: 'added' }]]),
    touched: new Set(['a.json']),
    listed: 4,
    pages: 1,
  });
});

test('touched: every path the pull request changes, removed ones and the old names of renamed ones too (not the unchanged)', async () => {
  const { fetch } = fakeFetch(() => ({
    status: 200,
    body: [
      { filename: 'apps/logo.png', status: 'removed' },
      { filename: 'apps/new.json', status: 'renamed', previous_filename: 'apps/old.json' },
      { filename: 'apps/link.json', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'apps/same.json', status: 'unchanged' },
    ],
  }));
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 1, unitMs: 0, maxWaitUnits: 0, timeoutMs: 5000 } });
  const listed = await listChangedFiles(octokit, { owner: 'o', repo: 'r', pullNumber: 5 });
  expect([...listed.files.keys()]).toEqual(['apps/new.json', 'apps/link.json']);
  expect(listed.touched).toEqual(new Set(['apps/logo.png', 'apps/new.json', 'apps/old.json', 'apps/link.json']));
});
