// The Pulls API calls of the suggestions through a real octokit (the injected-fetch fake checks each
// request against GitHub's OpenAPI description): the review comments' markers, page by page and
// bounded, and the review itself.
import { afterEach, describe, expect, test } from '@jest/globals';
import { createOctokit } from '../../src/action/github-api.js';
import { listPostedMarkers, MAX_COMMENT_PAGES, postReview, tokenIdentity, VIEWER_QUERY, writtenBy } from '../../src/action/pull-review.js';
import { BASE_URL, fakeFetch, takeViolations, type Answer, type FetchCall } from './fake-fetch.js';

afterEach(() => {
  expect(takeViolations()).toEqual([]);
});

async function octokitWith(answer: (call: FetchCall, index: number) => Answer) {
  const { fetch, calls } = fakeFetch(answer);
  const octokit = await createOctokit({ token: 't', baseUrl: BASE_URL, fetch, retry: { tries: 3, unitMs: 0, maxWaitUnits: 10, timeoutMs: 5000 } });
  return { octokit, calls };
}

const PR = { owner: 'o', repo: 'r', pullNumber: 5 };
const url = (n: number) => `${BASE_URL}/repos/o/r/pulls/5/comments?per_page=100&page=${n}`;
const m = (c: string) => c.repeat(64);
const mark = (c: string) => `<!-- lp-manifest:suggestion v1 ${m(c)} -->`;

describe('listPostedMarkers', () => {
  test('pages (per_page 100) while the Link header says "next"; the marker on the last line of each body, with its author', async () => {
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
    const { octokit, calls } = await octokitWith((call) => {
      const n = new URL(call.url).searchParams.get('page');
      return n === '1'
        ? { status: 200, headers: { link: `<${url(2)}>; rel="next"` }, body: [{ body: `x\n${mark('a')}\n`, user: bot }, { body: 'LGTM', user: bot }, { body: null }, {}] }
        : {
            status: 200,
            body: [
              // Quoted, not last: not a marker. The last line counts, whoever wrote it (the caller decides whose count).
              { body: `quoted ${mark('a')}\n${mark('b')}`, user: { login: 'mallory', id: 7, type: 'User' } },
              { body: `${mark('c')}\n\`\`\`suggestion\n  "x": 1\n\`\`\`\n`, user: bot },
              { body: '<!-- lp-manifest:suggestion v1 short -->', user: bot },
              { body: `${mark('d')} \r\n\n`, user: null },
            ],
          };
    });
    expect(await listPostedMarkers(octokit, PR)).toEqual({
      complete: true,
      marked: [
        { marker: m('a'), author: { id: 41898282, login: 'github-actions[bot]', type: 'Bot' } },
        { marker: m('b'), author: { id: 7, login: 'mallory', type: 'User' } },
        { marker: m('d'), author: {} },
      ],
      pages: 2,
    });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', url(1)],
      ['GET', url(2)],
    ]);
  });

  test('a Link "next" that never ends: 30 pages, then incomplete (the caller posts nothing rather than repeat one)', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = Number(new URL(call.url).searchParams.get('page'));
      return { status: 200, headers: { link: `<https://evil.example.com/?page=${n + 1}>; rel="next"` }, body: [{ body: mark('c') }] };
    });
    expect(await listPostedMarkers(octokit, PR)).toEqual({ complete: false, marked: Array.from({ length: 30 }, () => ({ marker: m('c'), author: {} })), pages: MAX_COMMENT_PAGES });
    // Our own page numbers, never the Link's URL (another host would get the token).
    expect(calls.map((c) => c.url)).toEqual(Array.from({ length: 30 }, (_, i) => url(i + 1)));
  });

  test('a body that is not a list is an error', async () => {
    const { octokit } = await octokitWith(() => ({ status: 200, body: { message: 'huh' } }));
    await expect(listPostedMarkers(octokit, PR)).rejects.toThrow('the Pulls API answered page 1 of the review comments with something other than a list');
  });
});

describe('tokenIdentity: who the token acts as, from GraphQL viewer (GET /user refuses an installation token)', () => {
  test('one POST /graphql with the viewer query; the login and the database id (the REST user.id)', async () => {
    const { octokit, calls } = await octokitWith(() => ({ status: 200, body: { data: { viewer: { login: 'github-actions[bot]', databaseId: 41898282 } } } }));
    expect(await tokenIdentity(octokit)).toEqual({ login: 'github-actions[bot]', id: 41898282 });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([['POST', `${BASE_URL}/graphql`, { query: VIEWER_QUERY }]]);
  });

  test('no login, GraphQL errors or an HTTP fault: thrown (the caller posts nothing)', async () => {
    const { octokit } = await octokitWith(() => ({ status: 200, body: { data: { viewer: { databaseId: 1 } } } }));
    await expect(tokenIdentity(octokit)).rejects.toThrow('the GraphQL API did not name the account the token acts as');
    const { octokit: errors } = await octokitWith(() => ({ status: 200, body: { data: null, errors: [{ message: 'Resource not accessible by integration' }] } }));
    await expect(tokenIdentity(errors)).rejects.toThrow(/Resource not accessible by integration/);
    const { octokit: refused } = await octokitWith(() => ({ status: 401, body: { message: 'Bad credentials' } }));
    await expect(tokenIdentity(refused)).rejects.toThrow(/401/);
  });

  test('writtenBy: the same id when both are known (a login alone is not enough then), else the same login', () => {
    const us = { login: 'github-actions[bot]', id: 41898282 };
    expect(writtenBy({ id: 41898282, login: 'github-actions[bot]' }, us)).toBe(true);
    expect(writtenBy({ id: 7, login: 'github-actions[bot]' }, us)).toBe(false);
    expect(writtenBy({ id: 41898282 }, us)).toBe(true);
    expect(writtenBy({ login: 'github-actions[bot]' }, us)).toBe(true);
    expect(writtenBy({ login: 'mallory' }, us)).toBe(false);
    expect(writtenBy({}, us)).toBe(false);
    expect(writtenBy({ id: 41898282, login: 'x' }, { login: 'github-actions[bot]' })).toBe(false);
  });
});

describe('postReview', () => {
  test('one POST with commit_id, event COMMENT, body and comments; the review address when usable', async () => {
    const comments = [
      { path: 'a.json', line: 2, side: 'RIGHT' as const, body: 'one' },
      { path: 'a.json', start_line: 4, start_side: 'RIGHT' as const, line: 5, side: 'RIGHT' as const, body: 'two' },
    ];
    const { octokit, calls } = await octokitWith(() => ({ status: 200, body: { id: 9, html_url: 'https://github.com/o/r/pull/5#pullrequestreview-9' } }));
    expect(await postReview(octokit, PR, { commitId: 'a'.repeat(40), body: 'b', comments })).toEqual({ htmlUrl: 'https://github.com/o/r/pull/5#pullrequestreview-9' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([['POST', `${BASE_URL}/repos/o/r/pulls/5/reviews`, { commit_id: 'a'.repeat(40), event: 'COMMENT', body: 'b', comments }]]);
    const { octokit: odd } = await octokitWith(() => ({ status: 200, body: { id: 9, html_url: 'javascript:alert(1)' } }));
    expect(await postReview(odd, PR, { commitId: 'a'.repeat(40), body: 'b', comments })).toEqual({});
  });

  test('the OpenAPI check refuses a COMMENT review without a body (GitHub requires one)', async () => {
    const { octokit } = await octokitWith(() => ({ status: 200, body: {} }));
    await expect(postReview(octokit, PR, { commitId: 'a'.repeat(40), body: '', comments: [] })).rejects.toThrow(/422/);
    expect(takeViolations()).toEqual([
      expect.stringContaining(`body/body: required with event COMMENT (GitHub's description: "**Required** when using \`REQUEST_CHANGES\` or \`COMMENT\` for the \`event\` parameter.")`),
    ]);
  });
});
