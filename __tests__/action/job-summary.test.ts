// The job summary as a first-class report (issue 21 item 11): each finding's line linked to the file
// at the head commit, rule documentation at the running version's tag, rule ids as plain link text,
// the QuickLaunch table only for the manifests that enable QuickLaunch, how many findings
// `lp-manifest --fix` fixes (and that the review carries them), and a heading that agrees with the
// verdict under fail-on. Rendered as GitHub renders it (__tests__/support/markdown.ts): nothing a
// manifest or a file name holds becomes a link, an image or a mention.
import { afterEach, describe, expect, test } from '@jest/globals';
import type { FileResult, Finding } from '../../src/engine/findings.js';
import { buildReport } from '../../src/engine/report.js';
import { blobLineUrl, formatMarkdownSummary, type SourceLinks } from '../../src/reporters/markdown-summary.js';
import { VERSION_README_URL } from '../../src/tool-info.js';
import { codeOnly, linkTargets, outsideCode, renderMarkdown, tables } from '../support/markdown.js';
import type { Answer, FetchCall } from './fake-fetch.js';
import { takeViolations } from './fake-fetch.js';
import { checkRunCreated, cleanUp, HEAD_SHA, mockCore, PR_FILES, runAction as runWith, type Scenario } from './run-support.js';

mockCore();
const { run } = await import('../../src/main.js');
const runAction = (scenario: Scenario) => runWith(run, { ...scenario, inputs: { suggestions: 'false', ...scenario.inputs } });

afterEach(() => {
  cleanUp();
  expect(takeViolations()).toEqual([]);
});

const SHA = 'b'.repeat(40);
const LINKS: SourceLinks = { serverUrl: 'https://github.com', repository: 'acme/apps', sha: SHA };
const README = 'https://example.test/v9/README.md';
const fix = { description: 'rename "clientName" to "client_name"', edits: [{ line: 2, column: 3, endLine: 2, endColumn: 15, text: '"client_name"' }] };
const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'unknown-property', severity: 'error', message: 'm', pointer: '/x', line: 2, column: 3, endLine: 2, endColumn: 15, ...over });
const file = (path: string, findings: Finding[], over: Partial<FileResult> = {}): FileResult => ({ path, valid: !findings.some((f) => f.severity === 'error'), quickLaunch: null, findings, ...over });

describe('blobLineUrl', () => {
  test('each path segment percent-encoded, parentheses and quotes too', () => {
    expect(blobLineUrl(LINKS, 'apps/a.json', 3)).toBe(`https://github.com/acme/apps/blob/${SHA}/apps/a.json#L3`);
    expect(blobLineUrl(LINKS, "apps/my app/[x](y) 'q'!*/#?%é.json", 12)).toBe(`https://github.com/acme/apps/blob/${SHA}/apps/my%20app/%5Bx%5D%28y%29%20%27q%27%21%2A/%23%3F%25%C3%A9.json#L12`);
    expect(blobLineUrl({ ...LINKS, serverUrl: 'https://ghe.example.com:8443' }, 'a.json', 1)).toBe(`https://ghe.example.com:8443/acme/apps/blob/${SHA}/a.json#L1`);
  });

  test('no address when a part is not safe: dot segments, names shown with replacements, odd repository, commit or server', () => {
    for (const path of ['../a.json', 'apps/./a.json', 'apps//a.json', 'caf\ufffd.json', 'a\ud800.json']) expect(blobLineUrl(LINKS, path, 1)).toBeUndefined();
    expect(blobLineUrl({ ...LINKS, sha: 'main' }, 'a.json', 1)).toBeUndefined();
    expect(blobLineUrl({ ...LINKS, repository: 'acme/apps)(x' }, 'a.json', 1)).toBeUndefined();
    expect(blobLineUrl({ ...LINKS, repository: 'acme' }, 'a.json', 1)).toBeUndefined();
    expect(blobLineUrl({ ...LINKS, serverUrl: 'javascript:alert(1)//' }, 'a.json', 1)).toBeUndefined();
    expect(blobLineUrl({ ...LINKS, serverUrl: 'http://github.com' }, 'a.json', 1)).toBeUndefined();
  });
});

describe('formatMarkdownSummary', () => {
  test('each finding links its line at the commit; rules link to the docs as plain text; nothing hostile is a link, an image or a mention', () => {
    const path = 'apps/@team/[x](https:⁄⁄evil.example)/![i](y).json';
    const report = buildReport([
      file(path, [finding({ message: '@org/team [c](javascript:x) ![i](https://evil.example/p.png) #1' }), finding({ rule: 'scope', severity: 'warning', line: 7, endLine: 7, column: 1 })]),
    ]);
    const html = renderMarkdown(formatMarkdownSummary(report, { maxChars: 65_535, readmeUrl: README, links: LINKS }));
    const url = (line: number) => `https://github.com/acme/apps/blob/${SHA}/apps/%40team/%5Bx%5D%28https%3A%E2%81%84%E2%81%84evil.example%29/%21%5Bi%5D%28y%29.json#L${line}`;
    expect(linkTargets(html)).toEqual([url(2), `${README}#unknown-property`, url(7), `${README}#scope`]);
    const [, findings] = tables(html);
    expect(findings!.slice(1).map((row) => row.slice(0, 3))).toEqual([
      [`<a href="${url(2).replace(/&/g, '&amp;')}">2:3</a>`, 'error', `<a href="${README}#unknown-property">unknown-property</a>`],
      [`<a href="${url(7)}">7:1</a>`, 'warning', `<a href="${README}#scope">scope</a>`],
    ]);
    expect(codeOnly(findings![1]![3]!)).toBe('@org/team [c](javascript:x) ![i](https://evil.example/p.png) #1');
    expect(html).not.toContain('<img');
    expect(outsideCode(html)).not.toMatch(/@org|@team|evil|javascript/);
  });

  test('without links (no repository or commit known) the line is plain text; without a README, rule ids are plain text', () => {
    const md = formatMarkdownSummary(buildReport([file('a.json', [finding()])]), { maxChars: 65_535 });
    expect(md).toContain('\n| 2:3 | error | unknown-property | `m` |\n');
  });

  test("the action links rule docs at the running version's tag", () => {
    expect(VERSION_README_URL).toBe('https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md');
  });

  test('the QuickLaunch table lists only the manifests that enable QuickLaunch; none: one line says so', () => {
    const ql = (enabled: boolean, visibleTo: number[]) => ({ enabled, ready: enabled, profiles: [1, 2], visibleTo });
    const report = buildReport([
      file('a.json', [], { quickLaunch: ql(true, [1]) }),
      file('b.json', [], { quickLaunch: ql(false, []) }),
      file('c.json', []),
      file('d.json', [], { quickLaunch: ql(true, []) }),
    ]);
    const md = formatMarkdownSummary(report, { maxChars: 65_535, profiles: [1, 2] });
    expect(md).toContain('\n### QuickLaunch visibility\n\n| manifest | profile 1 | profile 2 |\n|---|:---:|:---:|\n| `a.json` | ✅ | — |\n| `d.json` | — | — |\n');
    const none = formatMarkdownSummary(buildReport([file('b.json', [], { quickLaunch: ql(false, []) }), file('c.json', [])]), { maxChars: 65_535, profiles: [1] });
    expect(none).not.toContain('### QuickLaunch');
    expect(none).toContain('\n\nQuickLaunch: none of the 2 manifests enables it (`quick_launch_enabled`).\n');
    expect(formatMarkdownSummary(report, { maxChars: 65_535 })).not.toContain('QuickLaunch');
  });

  test('a line counts the findings `lp-manifest --fix` fixes, and says the review carries them when it does', () => {
    const some = buildReport([file('a.json', [finding({ fix }), finding({ line: 5, endLine: 5 }), finding({ line: 6, endLine: 6, fix })])]);
    const head = (md: string) => md.split('\n').slice(0, 8);
    expect(head(formatMarkdownSummary(some, { maxChars: 65_535 }))).toEqual([
      '## ❌ LivePerson manifests: 3 errors in 1 of 1 manifest',
      '',
      '| manifests | errors | warnings |',
      '|---:|---:|---:|',
      '| 1 | 3 | 0 |',
      '',
      '🔧 2 of the 3 findings have a certain fix: `lp-manifest --fix` applies them.',
      '',
    ]);
    expect(formatMarkdownSummary(some, { maxChars: 65_535, reviewPosted: true })).toContain(
      '\n🔧 2 of the 3 findings have a certain fix: `lp-manifest --fix` applies them. The review of this pull request carries the fixes on changed lines as suggested changes.\n',
    );
    expect(formatMarkdownSummary(buildReport([file('a.json', [finding({ fix })])]), { maxChars: 65_535 })).toContain('\n🔧 The finding has a certain fix: `lp-manifest --fix` applies it.\n');
    expect(formatMarkdownSummary(buildReport([file('a.json', [finding({ fix }), finding({ fix, line: 3, endLine: 3 })])]), { maxChars: 65_535 })).toContain(
      '\n🔧 All 2 findings have a certain fix: `lp-manifest --fix` applies them.\n',
    );
    // Past the listing limit, only the listed findings' fixes are known.
    const counted = buildReport([file('a.json', [finding({ fix })], { omitted: [{ rule: 'type', severity: 'error', count: 1500 }] })]);
    expect(formatMarkdownSummary(counted, { maxChars: 65_535 })).toContain(
      '\n🔧 1 of the 1,501 findings has a certain fix: `lp-manifest --fix` applies it (of those listed; run it again for the next ones).\n',
    );
    expect(formatMarkdownSummary(buildReport([file('a.json', [finding()])]), { maxChars: 65_535 })).not.toContain('🔧');
  });

  test('the heading follows the verdict: errors under fail-on never are ⚠️ and say so; warnings under fail-on warning are ❌', () => {
    const errors = buildReport([file('a.json', [finding()])]);
    expect(formatMarkdownSummary(errors, { maxChars: 65_535, failing: false }).split('\n')[0]).toBe('## ⚠️ LivePerson manifests: 1 error in 1 of 1 manifest (not failing: `fail-on` is `never`)');
    expect(formatMarkdownSummary(errors, { maxChars: 65_535, failing: true }).split('\n')[0]).toBe('## ❌ LivePerson manifests: 1 error in 1 of 1 manifest');
    const warnings = buildReport([file('a.json', [finding({ severity: 'warning' })])]);
    expect(formatMarkdownSummary(warnings, { maxChars: 65_535, failing: true }).split('\n')[0]).toBe('## ❌ LivePerson manifests: 1 warning in 1 of 1 manifest (failing: `fail-on` is `warning`)');
    expect(formatMarkdownSummary(warnings, { maxChars: 65_535, failing: false }).split('\n')[0]).toBe('## ⚠️ LivePerson manifests: 1 warning in 1 of 1 manifest');
    expect(formatMarkdownSummary(buildReport([file('a.json', [])]), { maxChars: 65_535, failing: false }).split('\n')[0]).toBe('## ✅ LivePerson manifests: 1 manifest checked, no problems');
  });
});

describe('the action (run() against the source)', () => {
  // One error with a certain fix (unknown-property displayName) and one warning (insecure-url).
  const MIXED = ['{', '  "client_name": "Mixed",', '  "displayName": "M",', '  "entry_uri": "http://mixed.example.com/"', '}', ''].join('\n');
  const VERSIONED = 'https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md';

  test('job summary and check run summary: lines linked at the pull request head, rules at the version tag', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED } });
    const at = (line: number) => `https://github.com/acme/apps/blob/${HEAD_SHA}/apps/mixed.json#L${line}`;
    expect(linkTargets(renderMarkdown(o.summary!))).toEqual([at(3), `${VERSIONED}#unknown-property`, at(4), `${VERSIONED}#insecure-url`]);
    expect(o.summary).toContain(`\n| [3:3](${at(3)}) | error | [unknown-property](${VERSIONED}#unknown-property) | `);
    expect(o.summary).toContain('\n🔧 1 of the 2 findings has a certain fix: `lp-manifest --fix` applies it.\n');
    const created = o.requests.find((c) => c.method === 'POST')!;
    expect((created.body as { output: { summary: string } }).output.summary).toContain(`\n| [4:16](${at(4)}) | warning | [insecure-url](${VERSIONED}#insecure-url) | `);
  });

  test('fail-on never: the step passes and the heading says so', async () => {
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, inputs: { 'fail-on': 'never', 'create-check': 'false', annotations: 'false' } });
    expect(o.failed).toEqual([]);
    expect(o.summary!.split('\n')[0]).toBe('## ⚠️ LivePerson manifests: 1 error and 1 warning in 1 of 1 manifest (not failing: `fail-on` is `never`)');
  });

  test('a push: lines linked at GITHUB_SHA', async () => {
    const sha = 'c'.repeat(40);
    const o = await runAction({ files: { 'apps/mixed.json': MIXED }, eventName: 'push', env: { GITHUB_SHA: sha }, inputs: { 'create-check': 'false', annotations: 'false' } });
    expect(o.summary).toContain(`\n| [3:3](https://github.com/acme/apps/blob/${sha}/apps/mixed.json#L3) | error | `);
  });

  test('suggestions posted: the summary says the review carries the fixes', async () => {
    const patch =
      '@@ -0,0 +1,5 @@\n' +
      MIXED.trimEnd()
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n');
    const answer = (call: FetchCall): Answer => {
      if (call.url.startsWith(PR_FILES)) {
        return {
          status: 200,
          body: [{ sha: 'a'.repeat(40), filename: 'apps/mixed.json', status: 'added', additions: 5, deletions: 0, changes: 5, blob_url: '', raw_url: '', contents_url: '', patch }],
        };
      }
      if (call.url.includes('/pulls/17/comments')) return { status: 200, body: [] };
      if (call.url.includes('/pulls/17/reviews')) return { status: 200, body: { id: 5, html_url: 'https://github.com/acme/apps/pull/17#pullrequestreview-5', state: 'COMMENTED' } };
      return checkRunCreated(call);
    };
    const o = await runWith(run, { files: { 'apps/mixed.json': MIXED }, inputs: { suggestions: 'true' }, answer });
    expect(o.requests.some((c) => c.method === 'POST' && c.url.includes('/pulls/17/reviews'))).toBe(true);
    expect(o.summary).toContain(
      '\n🔧 1 of the 2 findings has a certain fix: `lp-manifest --fix` applies it. The review of this pull request carries the fixes on changed lines as suggested changes.\n',
    );
  });
});
