// The Pulls API calls of the suggestions through a real octokit (the injected-fetch fake checks each
// request against GitHub's OpenAPI description): the review comments' markers, page by page and
// bounded, and the review itself.
import { afterEach, describe, expect, test } from '@jest/globals';
import { createOctokit } from '../../src/action/github-api.js';
import { listPostedMarkers, MAX_COMMENT_PAGES, postReview } from '../../src/action/pull-review.js';
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
  test('pages (per_page 100) while the Link header says "next"; every marker of every body, other comments ignored', async () => {
    const { octokit, calls } = await octokitWith((call) => {
      const n = new URL(call.url).searchParams.get('page');
      return n === '1'
        ? { status: 200, headers: { link: `<${url(2)}>; rel="next"` }, body: [{ body: `x\n${mark('a')}\n` }, { body: 'LGTM' }, { body: null }, {}] }
        : { status: 200, body: [{ body: `${mark('b')} and quoted ${mark('a')}` }, { body: '<!-- lp-manifest:suggestion v1 short -->' }] };
    });
    expect(await listPostedMarkers(octokit, PR)).toEqual({ complete: true, markers: new Set([m('a'), m('b')]), pages: 2 });
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
    expect(await listPostedMarkers(octokit, PR)).toEqual({ complete: false, markers: new Set([m('c')]), pages: MAX_COMMENT_PAGES });
    // Our own page numbers, never the Link's URL (another host would get the token).
    expect(calls.map((c) => c.url)).toEqual(Array.from({ length: 30 }, (_, i) => url(i + 1)));
  });

  test('a body that is not a list is an error', async () => {
    const { octokit } = await octokitWith(() => ({ status: 200, body: { message: 'huh' } }));
    await expect(listPostedMarkers(octokit, PR)).rejects.toThrow('the Pulls API answered page 1 of the review comments with something other than a list');
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
