// Text from a manifest is inert everywhere, through the BUILT action (dist/index.js) and command line
// (dist/cli.js): keys, event keys, header names and file names built to inject workflow commands or
// Markdown. The log is read the way the runner reads it (support/runner-log.ts): no line of manifest
// text is a command, `stop-commands` never happens, and every real annotation still arrives after
// them. The job summary and the check run's summary are rendered by a CommonMark + GFM renderer.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { logSafe } from '../../src/reporters/log-safe.js';
import { OWNER, REPO, runAction, startApi, type FakeApi } from '../action/harness.js';
import { codeOnly, linkTargets, outsideCode, renderMarkdown, tables } from '../support/markdown.js';
import { runnerLines, runnerView, STARTS_LIKE_COMMAND, WELL_FORMED_COMMAND, type RunnerCommand } from '../support/runner-log.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');

/** Keys written as JSON escapes in the file, so the file itself is plain ASCII JSON. */
const HOSTILE_KEYS = [
  'client_name#\n::stop-commands::x',
  'x\n::error file=z.json::INJECTED',
  'k ##[stop-commands]tok',
  '\u200b::error::x',
  ':\u200b:error::x',
  '![t](https://evil.example/p.png)',
  '[c](javascript:alert(1))',
  '@org/team #123 www.evil.example evil@example.com <img src=x> | a \\| b',
];
const EVENT = 'cqm.ExConversationChangeNotification\r::warning::x';
const MANIFEST = `{
  "client_name": "Keys",
${HOSTILE_KEYS.map((k, i) => `  ${JSON.stringify(k)}: ${i === 0 ? 5 : 1},`).join('\n')}
  "capabilities": {
    "webhooks": {
      ${JSON.stringify(EVENT)}: { "endpoint": "https://hooks.example.com/x", "headers": [{ "header_name": "\\u2028::x", "header_value": "v" }] }
    }
  }
}
`.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** File names chosen by a pull request: each file has one finding (a misspelled key). */
const HOSTILE_FILES = ['::error::x.json', 'a ##[stop-commands]t.json', '\u200b::warning::zw.json', ':\u200b:notice::zw.json', 'apps/@org/team #123 ![t](https:/x.png).json'];

let ws: TempWorkspace;
beforeAll(() => {
  ws = tempWorkspace();
  execFileSync('git', ['init', '-q'], { cwd: ws.root });
  ws.write('apps/keys.json', MANIFEST);
  for (const [i, name] of HOSTILE_FILES.entries()) ws.write(name, `{"client_name": "N${i}", "clientName": "x"}\n`);
  // Sorted last: its annotation comes after every hostile line.
  ws.write('zz/last.json', '{\n  "client_name": "Last",\n  "scope": "msg.consumer msg.consumer"\n}\n');
});
afterAll(() => ws.cleanup());

interface ReportFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}
interface ReportFile {
  path: string;
  findings: ReportFinding[];
}

/** The annotations a report must produce, as the runner parses them. */
function expectedAnnotations(files: ReportFile[]): [string, string | undefined, string | undefined, string][] {
  return files.flatMap((f) => f.findings.map((x): [string, string | undefined, string | undefined, string] => [x.severity, f.path, `${x.line}`, logSafe(x.message)]));
}
const asAnnotation = (c: RunnerCommand): [string, string | undefined, string | undefined, string] => [c.name, c.properties['file'], c.properties['line'], c.data];

/** No line reads as a command but our well-formed ones; `##[` only inside the `file` property of one. */
function expectOnlyOurCommands(output: string): void {
  for (const line of runnerLines(output)) {
    if (STARTS_LIKE_COMMAND.test(line)) expect(line).toMatch(WELL_FORMED_COMMAND);
    if (line.includes('##[')) expect(line).toMatch(/^::(error|warning|notice) [^:]*file=[^,:]*##\[[^:]*::/);
  }
  const view = runnerView(output);
  expect(view.ignored).toEqual([]);
  expect(view.accepted.filter((c) => c.name.toLowerCase() === 'stop-commands')).toEqual([]);
  for (const c of view.accepted) expect(c.line).toMatch(WELL_FORMED_COMMAND);
}

/** Rendered summary: no image, no link but ours, no manifest text outside code, every table row whole. */
function expectInertMarkdown(markdown: string, findings: number): void {
  const html = renderMarkdown(markdown);
  expect(html).not.toMatch(/<img|<script|<h1|<h4/);
  // Ours only: a rule's documentation, or a finding's line in the checked commit, every path segment percent-encoded.
  for (const href of linkTargets(html)) {
    expect(href).toMatch(/^https:\/\/github\.com\/(?:[^"]+#[a-z-]+|acme\/apps\/blob\/[0-9a-f]{40}\/[A-Za-z0-9%._~/-]+#L\d+)$/);
  }
  expect(outsideCode(html)).not.toMatch(/evil|@org|#123|stop-commands|javascript/);
  const rows = tables(html).flatMap((t) => t.slice(1));
  // (The line's cell is a link whose text is the line and column.)
  const findingRows = rows.filter((r) => /^(?:<a href="[^"]*">)?\d+:\d+(?:<\/a>)?$/.test(r[0]!));
  expect(findingRows).toHaveLength(findings);
  for (const r of findingRows) {
    expect(r).toHaveLength(4);
    expect(codeOnly(r[3]!)).toEqual(expect.any(String));
  }
  expect(codeOnly(findingRows.find((r) => codeOnly(r[3]!)!.includes('![t]'))![3]!)).toBe(
    'unknown property "![t](https://evil.example/p.png)"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
  );
}

describe('the action', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  test('the log: no manifest text starts a command, and every annotation arrives after it', async () => {
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false' } });
    expect(r.code).toBe(1);
    const files = (r.report!.files as ReportFile[]).filter((f) => f.findings.length > 0);
    expect(files.map((f) => f.path).sort()).toEqual([...HOSTILE_FILES, 'apps/keys.json', 'zz/last.json'].sort());
    // The report file keeps the real values: a key is quoted data in the message, a path is the path.
    const keys = files.find((f) => f.path === 'apps/keys.json')!.findings;
    expect(keys.find((f) => f.rule === 'type')!.message).toBe('"client_name#\\n::stop-commands::x" must be a string, not an integer');
    expect(keys.find((f) => f.rule === 'header-name')!.message).toMatch(/^the header_name of headers\[0\] of "cqm\.ExConversationChangeNotification\\r::warning::x" /);
    expectOnlyOurCommands(r.stdout);
    const view = runnerView(r.stdout);
    const annotations = view.accepted.filter((c) => c.properties['file'] !== undefined);
    expect(annotations.map(asAnnotation)).toEqual(expectedAnnotations(files));
    expect(annotations.find((c) => c.properties['file'] === 'zz/last.json')!.properties).toMatchObject({ line: '3', title: 'scope (LivePerson manifest)' });
    expect(view.accepted.at(-1)!.data).toMatch(/^LivePerson manifests: \d+ errors and 1 warning in 7 of 7 manifests$/);
    // The text report names every file, each on its own line, escaped where it has to be.
    expect(runnerLines(r.stdout)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\\u003a:error::x\.json:1:23: error unknown-property /),
        expect.stringMatching(/^a ##\\u005bstop-commands\]t\.json:1:23: error /),
        expect.stringMatching(/^\\u200b::warning::zw\.json:1:23: /),
      ]),
    );
  });

  test('the job summary and the check run summary render every key and path as literal code', async () => {
    const r = await runAction({ workspace: ws.root, api });
    expect(r.code).toBe(1);
    const total = (r.report!.files as ReportFile[]).reduce((n, f) => n + f.findings.length, 0);
    expectOnlyOurCommands(r.stdout);
    expectInertMarkdown(r.summary, total);
    const created = api.requests.find((q) => q.method === 'POST' && q.path === `/repos/${OWNER}/${REPO}/check-runs`)!;
    expectInertMarkdown((created.body as { output: { summary: string } }).output.summary, total);
  });
});

describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ws.root, encoding: 'utf8' });

  test('text: no line of it is a command', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(runnerView(r.stdout + r.stderr).accepted).toEqual([]);
    for (const line of runnerLines(r.stdout)) expect(line).not.toMatch(STARTS_LIKE_COMMAND);
    expect(r.stdout).not.toContain('##[');
    expect(r.stdout).toContain('apps/keys.json:3:39: error type "client_name#\\n::stop-commands::x" must be a string, not an integer\n');
  });

  test.each(['json', 'sarif'])('%s: inert lines, and the same values as the unescaped output', (format) => {
    const r = run('--format', format);
    expect(r.status).toBe(1);
    expect(runnerView(r.stdout).accepted).toEqual([]);
    expect(r.stdout).not.toContain('##[');
    expect(r.stdout).not.toMatch(/[\u200b\u2028\r]/);
    const parsed = JSON.parse(r.stdout);
    const messages: string[] =
      format === 'json' ? parsed.files.flatMap((f: ReportFile) => f.findings.map((x) => x.message)) : parsed.runs[0].results.map((x: { message: { text: string } }) => x.message.text);
    expect(messages).toContain(
      'unknown property "k ##[stop-commands]tok"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
    );
    expect(messages).toContain(
      'unknown property "\\u200b::error::x"; known properties: "client_name", "display_name", "description", "grant_types", "redirect_uris", "response_types", "scope", "logo_uri", "capabilities", "enabled", "quick_launch_enabled", "entry_uri", "enabled_for_profiles"',
    );
    if (format === 'json') expect(parsed.files.map((f: ReportFile) => f.path)).toEqual(expect.arrayContaining(HOSTILE_FILES));
    else
      expect(
        parsed.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri)),
      ).toEqual(expect.arrayContaining(HOSTILE_FILES));
  });

  test('github: one well-formed command per finding, all accepted', () => {
    const r = run('--format', 'github');
    expect(r.status).toBe(1);
    expectOnlyOurCommands(r.stdout);
    const report = JSON.parse(run('--format', 'json').stdout) as { files: ReportFile[] };
    const accepted = runnerView(r.stdout).accepted;
    expect(accepted.filter((c) => c.properties['file'] !== undefined).map(asAnnotation)).toEqual(expectedAnnotations(report.files));
    expect(accepted.filter((c) => c.properties['file'] === undefined).map((c) => c.properties['title'])).toEqual(['More findings than annotations']);
  });
});
