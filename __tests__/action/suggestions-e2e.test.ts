// The suggestions of the built action (dist/index.js) end to end, against the loopback fake GitHub
// API (every request checked against GitHub's OpenAPI description; the fake refuses, like GitHub, a
// review comment on a line outside the pull request's diff). The patches are git's own diffs of a
// base and a head version. "Done means": the review's suggestions, applied as GitHub applies them,
// leave the built command line (dist/cli.js) nothing to say about those lines.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rightSideLines } from '../../src/action/diff-hunks.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';
import { ACTION, BOT, HEAD_SHA, OWNER, PR_NUMBER, pullRequestEvent, REPO, REVIEW_ID, ROOT, runAction, startApi, type FakeApi, type RecordedRequest } from './harness.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const CHECK_RUNS = `/repos/${OWNER}/${REPO}/check-runs`;
const PR_FILES = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`;
const PR_COMMENTS = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/comments`;
const PR_REVIEWS = `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`;
const README = 'https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md';
const REVIEW_URL = `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#pullrequestreview-${REVIEW_ID}`;

/** The manifest before the pull request: two mistakes already (lines 10 and 13), which the PR does not touch. */
const BASE = [
  '{',
  '  "client_name": "Acme Bot",',
  '  "description": "Receives consumer messages from LivePerson.",',
  '  "grant_types": ["client_credentials"],',
  '  "scope": "msg.consumer",',
  '  "capabilities": {',
  '    "webhooks": {',
  '      "ms.MessagingEventNotification.ContentEvent": {',
  '        "endpoint": "https://hooks.acme.example.com/content",',
  '        "max_retry": 3',
  '      },',
  '      "cqm.ExConversationChangeNotification": {',
  '        "endpoint": "http://hooks.acme.example.com/conversations",',
  '        "max_retries": 3',
  '      }',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

/** The pull request's version: a typo on line 2, a wrong value on line 4, an exported secret added at the end. */
const HEAD = BASE.replace('"client_name"', '"clientName"').replace('["client_credentials"]', '["client_credential"]').replace('    }\n  }\n}\n', '    }\n  },\n  "client_secret": "s3cr3t"\n}\n');

/** A manifest the pull request does not change, with two fixes. */
const UNTOUCHED = '{\n  "client_name": "Dup",\n  "enabled_for_profiles": [\n    1,\n    1,\n    1\n  ]\n}\n';

let ws: TempWorkspace | undefined;
let api: FakeApi | undefined;

beforeAll(() => {
  if (!existsSync(ACTION) || !existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first');
});

afterEach(async () => {
  ws?.cleanup();
  ws = undefined;
  const violations = api?.violations ?? [];
  await api?.close();
  api = undefined;
  expect(violations).toEqual([]);
});

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

/**
 * A workspace as actions/checkout leaves it, with the pull request's files at their head version,
 * and the patch of each as the Pulls files API gives it: git's diff of base and head, hunks only.
 */
async function setup(files: Record<string, { base?: string; head: string }>): Promise<{ ws: TempWorkspace; api: FakeApi; patches: Record<string, string> }> {
  ws = tempWorkspace();
  git(ws.root, 'init', '-q');
  for (const [path, f] of Object.entries(files)) if (f.base !== undefined) ws.write(path, f.base);
  git(ws.root, 'add', '-A');
  git(ws.root, 'commit', '-q', '--allow-empty', '-m', 'base');
  const patches: Record<string, string> = {};
  for (const [path, f] of Object.entries(files)) {
    ws.write(path, f.head);
    if (f.base === f.head) continue;
    git(ws.root, 'add', '-A');
    const diff = git(ws.root, 'diff', '--cached', '--no-color', '--no-ext-diff', '-U3', '--', path);
    patches[path] = diff.slice(diff.indexOf('@@')).replace(/\n$/, '');
  }
  api = await startApi();
  return { ws, api, patches };
}

/** The Pulls files API for these patches; the reviews API refuses (422) a comment off the diff, as GitHub does. */
function servePullRequest(api: FakeApi, patches: Record<string, string>): void {
  api.route(`GET ${PR_FILES}`, () => ({
    status: 200,
    body: Object.entries(patches).map(([filename, patch]) => ({ filename, status: 'modified', additions: 1, deletions: 1, changes: 2, patch })),
  }));
  api.route(`POST ${PR_REVIEWS}`, (req) => {
    const body = req.body as { commit_id: string; comments: { path: string; line: number; start_line?: number }[] };
    const off = body.comments.filter((c) => {
      const lines = rightSideLines(patches[c.path] ?? '');
      const range = Array.from({ length: c.line - (c.start_line ?? c.line) + 1 }, (_, i) => (c.start_line ?? c.line) + i);
      return range.some((l) => lines.get(l)?.hunk !== lines.get(c.line)?.hunk || !lines.has(l));
    });
    if (body.commit_id !== HEAD_SHA || off.length > 0) return { status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } };
    return { status: 200, body: { id: REVIEW_ID, html_url: REVIEW_URL, state: 'COMMENTED' } };
  });
}

const routeOf = (r: RecordedRequest) => `${r.method} ${r.url}`;
const reviewRequests = (api: FakeApi) => api.requests.filter((r) => r.method === 'POST' && r.path === PR_REVIEWS);

/** The marker of a suggestion, as the action computes it: sha256 of its path, lines and new text. */
const marker = (path: string, startLine: number, line: number, lines: string[]) =>
  createHash('sha256')
    .update(JSON.stringify([path, startLine, line, lines]))
    .digest('hex');

function commentBody(heading: string, rule: string, message: string, lines: string[], hash: string): string {
  return [`${heading} for [\`${rule}\`](${README}#${rule}): \`${message}\``, '', '```suggestion', ...lines, '```', `<!-- lp-manifest:suggestion v1 ${hash} -->`, ''].join('\n');
}

/** GitHub applying each comment's suggestion to its lines (from the bottom up, so the line numbers hold). */
function applySuggestions(text: string, comments: { line: number; start_line?: number; body: string }[]): string {
  const lines = text.split('\n');
  for (const c of [...comments].sort((a, b) => b.line - a.line)) {
    const m = /^(`{3,})suggestion\n([\s\S]*?)^\1$/m.exec(c.body);
    if (m === null) throw new Error(`no suggestion block in ${c.body}`);
    const block = m[2] === '' ? [] : m[2]!.replace(/\n$/, '').split('\n');
    const start = c.start_line ?? c.line;
    lines.splice(start - 1, c.line - start + 1, ...block);
  }
  return lines.join('\n');
}

/** The built command line's findings for one file: [rule, line]. */
function cliFindings(cwd: string, path: string): [string, number][] {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', path], { cwd, encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { files: { findings: { rule: string; line: number }[] }[] };
  return report.files.flatMap((f) => f.findings.map((x): [string, number] => [x.rule, x.line]));
}

describe('suggestions: one review on the pull request', () => {
  test('a diff that covers only some findings: exactly the comments inside its hunks; applied, those lines are valid', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD }, 'apps/dup.json': { base: UNTOUCHED, head: UNTOUCHED } });
    // Two hunks: lines 1-7 (lines 2 and 4 changed) and 14-19 (line 17 changed, 18 added); lines 10 and 13 are in neither.
    expect(patches['apps/bot.json']!.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,7 +1,7 @@', '@@ -14,5 +14,6 @@']);
    servePullRequest(api, patches);
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`, `GET ${PR_FILES}?per_page=100&page=1`, `GET ${PR_COMMENTS}?per_page=100&page=1`, `POST ${PR_REVIEWS}`]);
    const [review] = reviewRequests(api);
    expect(review!.replyStatus).toBe(200);
    const secret = ['  }'];
    expect(review!.body).toEqual({
      commit_id: HEAD_SHA,
      event: 'COMMENT',
      body: [
        '**LivePerson manifests**: 2 fixes and 1 suggestion to apply with one click ("Commit suggestion").',
        '',
        'A fix is certain; a suggestion needs your judgement (check it before applying).',
        '',
        '- 4 more fixes or suggestions on lines this pull request does not change (GitHub takes comments only on its diff).',
        '',
        'Every finding is in the check run `LivePerson manifests` and in the workflow log, the job summary and the JSON report.',
        '',
      ].join('\n'),
      comments: [
        {
          path: 'apps/bot.json',
          line: 2,
          side: 'RIGHT',
          body: commentBody(
            '**Fix**',
            'unknown-property',
            'unknown property "clientName"; did you mean "client_name"? (client_name is required)',
            ['  "client_name": "Acme Bot",'],
            marker('apps/bot.json', 2, 2, ['  "client_name": "Acme Bot",']),
          ),
        },
        {
          path: 'apps/bot.json',
          line: 4,
          side: 'RIGHT',
          body: commentBody(
            '**Fix**',
            'enum',
            '"client_credential" is not a supported value of grant_types; supported: "client_credentials", "refresh_token", "authorization_code"',
            ['  "grant_types": ["client_credentials"],'],
            marker('apps/bot.json', 4, 4, ['  "grant_types": ["client_credentials"],']),
          ),
        },
        {
          path: 'apps/bot.json',
          start_line: 17,
          start_side: 'RIGHT',
          line: 18,
          side: 'RIGHT',
          body: commentBody(
            '**Suggested (check before applying)**',
            'server-field',
            '"client_secret" is set by LivePerson, not by a manifest: this looks like an exported API response, and it commits a secret. Remove it and rotate the secret',
            secret,
            marker('apps/bot.json', 17, 18, secret),
          ),
        },
      ],
    });
    expect(r.stdout).toContain(`suggestions: posted a review of pull request #${PR_NUMBER} with 3 suggested changes: ${REVIEW_URL}.`);
    expect(r.commands.filter((c) => c.includes('suggestions'))).toEqual([]);

    // Done means: the suggestions applied, the lines they were on are valid; what the diff did not cover remains.
    expect(cliFindings(ws.root, 'apps/bot.json')).toEqual([
      ['required', 1],
      ['unknown-property', 2],
      ['enum', 4],
      ['unknown-property', 10],
      ['format', 13],
      ['server-field', 18],
    ]);
    const applied = applySuggestions(HEAD, (review!.body as { comments: { line: number; start_line?: number; body: string }[] }).comments);
    writeFileSync(join(ws.root, 'apps/bot.json'), applied);
    expect(applied).toBe(BASE.replace('    }\n  }\n}\n', '    }\n  }\n}\n'));
    expect(cliFindings(ws.root, 'apps/bot.json')).toEqual([
      ['unknown-property', 10],
      ['format', 13],
    ]);
  });

  test('the next push: suggestions already posted (found by their marker) are not posted again; nothing new, no review', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    await runAction({ workspace: ws.root, api });
    const [first] = reviewRequests(api);
    const posted = (first!.body as { comments: { path: string; line: number; body: string }[] }).comments;
    expect(posted).toHaveLength(3);
    // GitHub lists them as review comments, among others (a person's, one with a marker for other lines); two pages.
    const person = { login: 'reviewer', id: 5, type: 'User' };
    const listed = [
      { id: 1, path: 'apps/bot.json', line: 2, body: 'Please fix the name.', user: person },
      ...posted.map((c, i) => ({ id: 10 + i, path: c.path, line: c.line, body: c.body, user: BOT })),
      { id: 99, path: 'apps/bot.json', line: 5, body: `<!-- lp-manifest:suggestion v1 ${'0'.repeat(64)} -->`, user: BOT },
    ];
    api.route(`GET ${PR_COMMENTS}`, (req) =>
      req.query.page === '1' ? { status: 200, headers: { link: `<${api.url}${PR_COMMENTS}?per_page=100&page=2>; rel="next"` }, body: listed.slice(0, 2) } : { status: 200, body: listed.slice(2) },
    );
    api.requests.length = 0;
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([
      `POST ${CHECK_RUNS}`,
      `GET ${PR_FILES}?per_page=100&page=1`,
      `GET ${PR_COMMENTS}?per_page=100&page=1`,
      `GET ${PR_COMMENTS}?per_page=100&page=2`,
      'POST /graphql',
    ]);
    expect(r.stdout).toContain(`suggestions: the 3 suggested changes on the diff of pull request #${PR_NUMBER} were posted by an earlier run; no review.`);
  });

  test("forged markers: the author's comments carrying the action's markers do not count; the action's own do, by their last line only", async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    await runAction({ workspace: ws.root, api });
    const posted = (reviewRequests(api)[0]!.body as { comments: { path: string; line: number; body: string }[] }).comments;
    expect(posted).toHaveLength(3);
    const markerOf = (body: string) => /v1 ([0-9a-f]{64}) -->\n$/.exec(body)![1]!;
    const author = { login: 'mallory', id: 666, type: 'User' };
    // The author plants every marker in three forms (alone, quoted, as the action writes them), as a comment and as a reply;
    // the action's own comment on line 2 quotes the marker of line 4's change above its own.
    const listed = [
      { id: 1, path: 'apps/bot.json', line: 2, body: `<!-- lp-manifest:suggestion v1 ${markerOf(posted[0]!.body)} -->`, user: author },
      { id: 2, path: 'apps/bot.json', line: 4, body: `> quoted\n<!-- lp-manifest:suggestion v1 ${markerOf(posted[1]!.body)} -->\n`, user: author, in_reply_to_id: 1 },
      { id: 3, path: 'apps/bot.json', line: 18, body: posted[2]!.body, user: { ...author, login: 'github-actions' } },
      { id: 4, path: 'apps/bot.json', line: 2, body: `\`<!-- lp-manifest:suggestion v1 ${markerOf(posted[1]!.body)} -->\`\n${posted[0]!.body}`, user: BOT },
    ];
    api.route(`GET ${PR_COMMENTS}`, () => ({ status: 200, body: listed }));
    api.requests.length = 0;
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    const again = reviewRequests(api)[0]!.body as { body: string; comments: { line: number }[] };
    expect(again.comments.map((c) => c.line)).toEqual([4, 18]);
    expect(again.body).toContain('- 1 change already suggested by an earlier run.');
    expect(r.stdout).toContain(
      `suggestions: 3 review comments of pull request #${PR_NUMBER} with this action's marker were not written by github-actions[bot] (the account the token acts as), so they do not count as posted.`,
    );
  });

  test("who the token acts as cannot be found out: a notice, and only a GitHub App's comments count (never the author's)", async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    await runAction({ workspace: ws.root, api });
    const posted = (reviewRequests(api)[0]!.body as { comments: { path: string; line: number; body: string }[] }).comments;
    api.route(`GET ${PR_COMMENTS}`, () => ({
      status: 200,
      body: [
        { id: 1, path: 'apps/bot.json', line: 2, body: posted[0]!.body, user: BOT },
        { id: 2, path: 'apps/bot.json', line: 4, body: posted[1]!.body, user: { login: 'mallory', id: 666, type: 'User' } },
      ],
    }));
    api.route('POST /graphql', () => ({ status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } }));
    api.requests.length = 0;
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect((reviewRequests(api)[0]!.body as { comments: { line: number }[] }).comments.map((c) => c.line)).toEqual([4, 18]);
    expect(r.stdout).toMatch(
      /::notice::suggestions: could not find out which account the token acts as \(.*Resource not accessible by integration.*\), so only review comments by a GitHub App's account \(type Bot\) count/,
    );
    expect(r.stdout).toContain(`suggestions: 1 review comment of pull request #${PR_NUMBER} with this action's marker was not written by a GitHub App's account, so it does not count as posted.`);
  });

  test('a file with a byte order mark, fixed on line 1: the block keeps the mark; applied, the file is valid', async () => {
    const head = '\uFEFF{"clientName": "Bom", "grant_types": ["client_credential"]}\n';
    const { ws, api, patches } = await setup({ 'apps/bom.json': { head } });
    expect(patches['apps/bom.json']).toBe(`@@ -0,0 +1 @@\n+${head.trimEnd()}`); // git's diff shows the mark
    servePullRequest(api, patches);
    await runAction({ workspace: ws.root, api });
    const comments = (reviewRequests(api)[0]!.body as { comments: { line: number; body: string }[] }).comments;
    expect(comments.map((c) => [c.line, c.body.split('\n')[3]])).toEqual([
      [1, '\uFEFF{"client_name": "Bom", "grant_types": ["client_credential"]}'],
      [1, '\uFEFF{"clientName": "Bom", "grant_types": ["client_credentials"]}'],
    ]);
    // Both on one line: a reviewer commits one, the other is then outdated, and the next run suggests it on the new line.
    const once = applySuggestions(head, [comments[0]!]);
    writeFileSync(join(ws.root, 'apps/bom.json'), once);
    expect(cliFindings(ws.root, 'apps/bom.json')).toEqual([['enum', 1]]);
    expect(readFileSync(join(ws.root, 'apps/bom.json'))[0]).toBe(0xef);
  });

  test('more than 30: 30 comments, fixes first, the body counts the rest; the next run posts the rest and counts the 30', async () => {
    // 1 to 40, then each again: 40 repeated items on lines 44 to 83.
    const items = [...Array.from({ length: 40 }, (_, i) => i + 1), ...Array.from({ length: 40 }, (_, i) => i + 1)].map((n) => `    ${n}`).join(',\n');
    const text = `{\n  "client_name": "Many",\n  "enabled_for_profiles": [\n${items}\n  ],\n  "client_id": "abc"\n}\n`;
    const { ws, api, patches } = await setup({ 'apps/many.json': { head: text } });
    expect(patches['apps/many.json']!.split('\n')[0]).toBe('@@ -0,0 +1,86 @@');
    servePullRequest(api, patches);
    const r = await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    const first = reviewRequests(api)[0]!.body as { body: string; comments: { line: number; body: string }[] };
    // The first 30 repeated items (each removal deletes its line); the rest and the client_id (a suggestion) are over the cap.
    expect(first.comments.map((c) => c.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 44));
    expect(first.comments.every((c) => c.body.startsWith('**Fix** for [`duplicate-item`]') && c.body.includes('\n```suggestion\n```\n'))).toBe(true);
    expect(first.body).toBe(
      '**LivePerson manifests**: 30 fixes to apply with one click ("Commit suggestion").\n\n- 11 more changes over the limit of 30 comments a run: the next run posts them.\n\nEvery finding is in the check run `LivePerson manifests` and in the workflow log, the job summary and the JSON report.\n',
    );

    api.route(`GET ${PR_COMMENTS}`, () => ({ status: 200, body: first.comments.map((c, i) => ({ id: i + 1, path: 'apps/many.json', line: c.line, body: c.body, user: BOT })) }));
    await runAction({ workspace: ws.root, api, inputs: { 'fail-on': 'never' } });
    const second = reviewRequests(api)[1]!.body as { body: string; comments: { line: number; start_line?: number; body: string }[] };
    // The last item takes the comma of the one before: a range of two lines.
    expect(second.comments.map((c) => [c.start_line, c.line])).toEqual([...Array.from({ length: 9 }, (_, i) => [undefined, i + 74]), [82, 83], [84, 85]]);
    expect(second.body).toBe(
      [
        '**LivePerson manifests**: 10 fixes and 1 suggestion to apply with one click ("Commit suggestion").',
        '',
        'A fix is certain; a suggestion needs your judgement (check it before applying).',
        '',
        '- 30 changes already suggested by an earlier run.',
        '',
        'Every finding is in the check run `LivePerson manifests` and in the workflow log, the job summary and the JSON report.',
        '',
      ].join('\n'),
    );
  });
});

describe('suggestions: faults and switches never change the verdict', () => {
  /** The outputs that say the verdict (report-file is a fresh temporary path each run). */
  const verdict = (r: Awaited<ReturnType<typeof runAction>>) => [r.code, r.outputs.valid, r.outputs.errors, r.outputs.warnings, r.outputs.manifests, r.outputs['quick-launch']];

  test('403 on the review (a fork): a notice saying what to do; the same exit code and outputs as without suggestions', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    // A fork's token may create neither the check run nor the review.
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration' } };
    api.queue(`POST ${CHECK_RUNS}`, forbidden, forbidden);
    api.queue(`POST ${PR_REVIEWS}`, forbidden);
    const r = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ fork: true }) });
    expect(reviewRequests(api)).toHaveLength(1); // a permission error is not retried
    expect(r.commands).toContain(
      `::notice::suggestions: no review with 3 suggested changes on pull request #${PR_NUMBER} (HTTP 403: Resource not accessible by integration): GitHub gives workflows on pull requests from forks a read-only token, which may not review the pull request. The findings and their fixes are in the workflow log, the job summary and the JSON report; \`lp-manifest --fix\` applies the fixes locally. The result of this step is unchanged.`,
    );
    const off = await runAction({ workspace: ws.root, api, event: pullRequestEvent({ fork: true }), inputs: { suggestions: 'false' } });
    expect(verdict(r)).toEqual(verdict(off));
    expect(verdict(r)).toEqual([1, 'false', '6', '0', '1', '{"apps/bot.json":[]}']);
    expect(r.report).toEqual({ ...off.report });
  });

  test('suggestions: true makes a 403 a warning (naming pull-requests: write when not a fork)', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    api.queue(`POST ${PR_REVIEWS}`, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction({ workspace: ws.root, api, inputs: { suggestions: 'true' } });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.includes('suggestions:'))).toEqual([
      `::warning::suggestions: no review with 3 suggested changes on pull request #${PR_NUMBER} (HTTP 403: Resource not accessible by integration): the token may not review pull requests: give the job \`permissions: pull-requests: write\`. The findings and their fixes are in the check run "LivePerson manifests", the workflow log, the job summary and the JSON report; \`lp-manifest --fix\` applies the fixes locally. The result of this step is unchanged.`,
    ]);
  });

  test('422 (GitHub refuses the review): a warning, the same verdict', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    api.queue(`POST ${PR_REVIEWS}`, { status: 422, body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] } });
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', errors: '6', warnings: '0' });
    expect(r.commands.filter((c) => c.includes('suggestions:'))).toEqual([
      `::warning::suggestions: no review with 3 suggested changes on pull request #${PR_NUMBER} (HTTP 422: Unprocessable Entity: "Pull request review thread line must be part of the diff"); every finding is in the check run "LivePerson manifests", the workflow log, the job summary and the JSON report, and the result of this step is unchanged.`,
    ]);
  });

  test('a 502 on the review is not retried (GitHub may have made it: trying again could post it twice); a warning', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    api.queue(`POST ${PR_REVIEWS}`, { status: 502, body: { message: 'Server Error' } });
    api.queue(`GET ${PR_FILES}`, { status: 502, body: { message: 'Server Error' } }); // a GET is retried
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([
      `POST ${CHECK_RUNS}`,
      `GET ${PR_FILES}?per_page=100&page=1`,
      `GET ${PR_FILES}?per_page=100&page=1`,
      `GET ${PR_COMMENTS}?per_page=100&page=1`,
      `POST ${PR_REVIEWS}`,
    ]);
    expect(r.commands.filter((c) => c.includes('suggestions:'))).toEqual([
      `::warning::suggestions: no review with 3 suggested changes on pull request #${PR_NUMBER} (HTTP 502: Server Error); every finding is in the check run "LivePerson manifests", the workflow log, the job summary and the JSON report, and the result of this step is unchanged.`,
    ]);
  });

  test('the review comments cannot be listed: a warning, no review (it could repeat one)', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    api.route(`GET ${PR_COMMENTS}`, () => ({ status: 404, body: { message: 'Not Found' } }));
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    expect(reviewRequests(api)).toEqual([]);
    expect(r.commands.filter((c) => c.includes('suggestions:'))).toEqual([
      `::warning::suggestions: could not list the review comments of pull request #${PR_NUMBER} (HTTP 404: Not Found), so no suggestions were posted (one already posted must not be posted again); every finding is in the check run "LivePerson manifests", the workflow log, the job summary and the JSON report.`,
    ]);
  });

  test('suggestions: false: no request for them', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    const r = await runAction({ workspace: ws.root, api, inputs: { suggestions: 'false' } });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`]);
  });

  test('a push event: no pull request, no review', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    const r = await runAction({ workspace: ws.root, api, eventName: 'push' });
    expect(r.code).toBe(1);
    expect(api.requests.map(routeOf)).toEqual([`POST ${CHECK_RUNS}`]);
    expect(r.commands.filter((c) => c.includes('suggestions'))).toEqual([]);
  });

  test('only-changed and suggestions share one listing of the pull request files', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD }, 'apps/dup.json': { base: UNTOUCHED, head: UNTOUCHED } });
    servePullRequest(api, patches);
    const r = await runAction({ workspace: ws.root, api, inputs: { 'only-changed': 'true' } });
    expect(r.outputs.manifests).toBe('1');
    expect(api.requests.map(routeOf)).toEqual([`GET ${PR_FILES}?per_page=100&page=1`, `POST ${CHECK_RUNS}`, `GET ${PR_COMMENTS}?per_page=100&page=1`, `POST ${PR_REVIEWS}`]);
    expect((reviewRequests(api)[0]!.body as { body: string }).body).toContain('- 2 more fixes or suggestions on lines this pull request does not change');
  });

  test('a manifest that is a symbolic link (the engine follows it inside the workspace) is never read through it for a suggestion', async () => {
    const { ws, api, patches } = await setup({ 'apps/bot.json': { base: BASE, head: HEAD } });
    servePullRequest(api, patches);
    // The manifest is a symbolic link to the real file (inside the workspace: the engine follows it).
    execFileSync('mv', [join(ws.root, 'apps/bot.json'), join(ws.root, 'apps/real.txt')]);
    execFileSync('ln', ['-s', 'real.txt', join(ws.root, 'apps/bot.json')]);
    const r = await runAction({ workspace: ws.root, api, inputs: { files: 'apps/bot.json' } });
    expect(r.code).toBe(1);
    expect(readFileSync(join(ws.root, 'apps/real.txt'), 'utf8')).toBe(HEAD);
    expect(reviewRequests(api)).toEqual([]);
    expect(r.stdout).toContain(`suggestions: none of the 5 fixes and suggestions is on lines of the diff of pull request #${PR_NUMBER}; no review.`);
  });
});
