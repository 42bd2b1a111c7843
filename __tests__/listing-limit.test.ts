// The listing limit: a file lists at most 1,000 findings of one rule (the first the checks produce)
// and counts the rest, exactly, by severity after the overrides (FileResult.omitted). The verdict
// counts every finding; every report says what it does not list. The end-to-end tests run what
// ships (dist/: `npm run build` first).
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests, type ValidationOptions } from '../src/engine/engine.js';
import { FindingBudget, type ListingBudget } from '../src/engine/finding-budget.js';
import { MAX_LISTED_PER_RULE, summarize, type FileResult, type PendingFinding, type RuleId, type Severity } from '../src/engine/findings.js';
import { SourceMap } from '../src/json/source-map.js';
import { isFailing } from '../src/engine/options.js';
import { buildReport } from '../src/engine/report.js';
import { formatJson } from '../src/reporters/json-report.js';
import { formatMarkdownSummary } from '../src/reporters/markdown-summary.js';
import { buildSarif } from '../src/reporters/sarif-report.js';
import { formatText } from '../src/reporters/text-report.js';
import { RULES } from '../src/rules/catalogue.js';
import { schemaFindings } from '../src/schema/schema-findings.js';
import { MANIFEST_CHECKS } from '../src/semantic/index.js';
import type { ManifestContext } from '../src/semantic/manifest-check.js';
import { accountView } from '../src/semantic/account-facts.js';
import { runAction, startApi, type FakeApi } from './action/harness.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const NOTE = '(at most 1,000 of one rule per file)';

/** 1,500 range errors (distinct negative profile ids: no repeats) and 3 unknown properties. */
const PROFILES = Array.from({ length: 1500 }, (_, i) => -(i + 1));
const MANIFEST = `{\n  "client_name": "A",\n  "x1": 0,\n  "x2": 0,\n  "x3": 0,\n  "enabled_for_profiles": [${PROFILES.join(', ')}]\n}\n`;
/** Profile id i's column on line 6 (`  "enabled_for_profiles": [` is 27 characters; ids are separated by ", "). */
const column = (i: number) => 28 + PROFILES.slice(0, i).reduce((n, p) => n + String(p).length + 2, 0);

async function check(text: string, options: Partial<ValidationOptions> = {}): Promise<FileResult> {
  const [result] = await validateManifests([{ path: 'apps/a.json', text }], { workspaceRoot: process.cwd(), ...options });
  return result!;
}

describe('FindingBudget', () => {
  test('lists the first `limit` of each rule, whatever their severity, and counts the rest by severity', () => {
    const budget = new FindingBudget(undefined, 2);
    const admitted = [
      budget.admit('header-name', 'warning'),
      budget.admit('header-name', 'error'),
      budget.admit('scope', 'warning'),
      budget.admit('header-name', 'error'),
      budget.admit('header-name', 'warning'),
      budget.admit('header-name', 'error'),
    ];
    expect(admitted).toEqual([true, true, true, false, false, false]);
    expect(budget.omitted()).toEqual([
      { rule: 'header-name', severity: 'error', count: 2 },
      { rule: 'header-name', severity: 'warning', count: 1 },
    ]);
  });

  test('counts under the overridden severity; a rule turned off is neither listed nor counted', () => {
    const budget = new FindingBudget(
      new Map<RuleId, Severity | 'off'>([
        ['scope', 'error'],
        ['placeholder', 'off'],
      ]),
      1,
    );
    expect([budget.admit('scope', 'warning'), budget.admit('scope', 'warning'), budget.admit('placeholder', 'warning'), budget.admit('range', 'error'), budget.admit('range', 'error')]).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    // Sorted by rule id.
    expect(budget.omitted()).toEqual([
      { rule: 'range', severity: 'error', count: 1 },
      { rule: 'scope', severity: 'error', count: 1 },
    ]);
  });

  test('nothing left out: omitted() is undefined (the field is absent from the result)', () => {
    const budget = new FindingBudget(undefined);
    for (let i = 0; i < MAX_LISTED_PER_RULE; i++) expect(budget.admit('range', 'error')).toBe(true);
    expect(budget.omitted()).toBeUndefined();
    expect(MAX_LISTED_PER_RULE).toBe(1000);
  });
});

describe('the engine: 1,500 range errors and 3 unknown properties in one file', () => {
  test('1,000 + 3 listed (the first 1,000 range errors, in file order), 500 counted; the summary counts 1,503', async () => {
    const result = await check(MANIFEST);
    expect(result.findings).toHaveLength(1003);
    expect(result.findings.slice(0, 3).map((f) => `${f.rule} ${f.pointer} ${f.line}:${f.column}`)).toEqual(['unknown-property /x1 3:3', 'unknown-property /x2 4:3', 'unknown-property /x3 5:3']);
    const ranges = result.findings.slice(3);
    expect(ranges.map((f) => f.pointer)).toEqual(PROFILES.slice(0, 1000).map((_, i) => `/enabled_for_profiles/${i}`));
    expect(ranges[999]).toEqual({
      rule: 'range',
      severity: 'error',
      message: 'enabled_for_profiles[999] is -1000; it must be at least 1 (a profile id is a positive integer)',
      pointer: '/enabled_for_profiles/999',
      line: 6,
      column: column(999),
      endLine: 6,
      endColumn: column(999) + 5,
    });
    expect(result.omitted).toEqual([{ rule: 'range', severity: 'error', count: 500 }]);
    expect(result.valid).toBe(false);
    expect(summarize([result])).toEqual({ manifests: 1, errors: 1503, warnings: 0, valid: false });
  });

  test('range=warning: the 500 are counted as warnings, the listed ones are warnings', async () => {
    const result = await check(MANIFEST, { severities: new Map([['range', 'warning']]) });
    expect(result.findings.filter((f) => f.rule === 'range').map((f) => f.severity)).toEqual(Array<string>(1000).fill('warning'));
    expect(result.omitted).toEqual([{ rule: 'range', severity: 'warning', count: 500 }]);
    expect(summarize([result])).toEqual({ manifests: 1, errors: 3, warnings: 1500, valid: false });
  });

  test('range=off: not listed, not counted (no omitted field)', async () => {
    const result = await check(MANIFEST, { severities: new Map([['range', 'off']]) });
    expect(result.findings.map((f) => f.rule)).toEqual(['unknown-property', 'unknown-property', 'unknown-property']);
    expect(result).not.toHaveProperty('omitted');
    expect(summarize([result])).toEqual({ manifests: 1, errors: 3, warnings: 0, valid: false });
  });

  test('errors past the limit fail the file even when every listed finding is a warning', async () => {
    // header-name: 1,000 X-LivePerson-* names (warnings) come first, then 5 invalid names (errors).
    const names = [...Array.from({ length: 1000 }, (_, i) => `X-LivePerson-${i}`), ...Array.from({ length: 5 }, (_, i) => `a ${i}`)];
    const headers = names.map((n) => `{"header_name": "${n}", "header_value": ""}`).join(', ');
    const text = `{"client_name": "A", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "headers": [${headers}]}}}}`;
    const result = await check(text);
    expect(new Set(result.findings.map((f) => `${f.rule} ${f.severity}`))).toEqual(new Set(['header-name warning']));
    expect(result.findings).toHaveLength(1000);
    expect(result.omitted).toEqual([{ rule: 'header-name', severity: 'error', count: 5 }]);
    expect(result.valid).toBe(false);
    expect(isFailing([result], 'error')).toBe(true);
    expect(buildReport([result]).summary).toEqual({ manifests: 1, errors: 5, warnings: 1000, valid: false });
    // fail-on: warning fails on a counted warning too; never does not fail.
    const warningsOnly = await check(text.replace(/"a (\d)"/g, '"X-LivePerson-b$1"'));
    expect(warningsOnly.omitted).toEqual([{ rule: 'header-name', severity: 'warning', count: 5 }]);
    expect([isFailing([warningsOnly], 'error'), isFailing([warningsOnly], 'warning'), isFailing([warningsOnly], 'never')]).toEqual([false, true, false]);
  });
});

describe('every report says what it does not list, once per file and rule', () => {
  let report: ReturnType<typeof buildReport>;
  beforeAll(async () => {
    report = buildReport([await check(MANIFEST)]);
  });

  test('text: the listed findings, then the count line, then the summary', () => {
    const lines = formatText(report).split('\n');
    expect(lines).toHaveLength(1003 + 3);
    expect(lines.slice(1001)).toEqual([
      `apps/a.json:6:${column(998)}: error range enabled_for_profiles[998] is -999; it must be at least 1 (a profile id is a positive integer)`,
      `apps/a.json:6:${column(999)}: error range enabled_for_profiles[999] is -1000; it must be at least 1 (a profile id is a positive integer)`,
      `apps/a.json: 500 more range errors not listed ${NOTE}`,
      '1,503 errors, 0 warnings in 1 manifest',
      '',
    ]);
  });

  test('JSON: the omitted field (version 1), the summary counting it', () => {
    const json = JSON.parse(formatJson(report)) as { version: number; summary: unknown; files: { findings: unknown[]; omitted: unknown }[] };
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ manifests: 1, errors: 1503, warnings: 0, valid: false });
    expect(json.files[0]!.findings).toHaveLength(1003);
    expect(json.files[0]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 500 }]);
    expect(Object.keys(json.files[0]!)).toEqual(['path', 'valid', 'quickLaunch', 'findings', 'omitted']);
  });

  test('SARIF: the listed findings as results, the count as a tool execution notification of the run', () => {
    const run = (buildSarif(report) as { runs: { results: unknown[]; invocations: unknown; tool: { driver: { rules: { id: string }[] } } }[] }).runs[0]!;
    expect(run.results).toHaveLength(1003);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: `apps/a.json: 500 more range errors not listed ${NOTE}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/a.json', uriBaseId: '%SRCROOT%' } } }],
            associatedRule: { id: 'range', index: RULES.findIndex((r) => r.id === 'range') },
            properties: { severity: 'error', count: 500 },
          },
        ],
      },
    ]);
    expect(run.tool.driver.rules[RULES.findIndex((r) => r.id === 'range')]!.id).toBe('range');
    // Nothing omitted: no invocations (the SARIF is as before).
    expect(buildSarif(buildReport([{ ...report.files[0]!, omitted: undefined }]))).not.toHaveProperty('runs.0.invocations');
  });

  test('Markdown: a note row after the file’s listed findings; the counts in the header are every finding', () => {
    const markdown = formatMarkdownSummary(report, { maxChars: 1_000_000, readmeUrl: 'https://example.com/README.md' });
    const lines = markdown.split('\n');
    expect(lines.slice(0, 5)).toEqual(['## ❌ LivePerson manifests: 1,503 errors in 1 of 1 manifest', '', '| manifests | errors | warnings |', '|---:|---:|---:|', '| 1 | 1,503 | 0 |']);
    const note = lines.indexOf(`| | error | [range](https://example.com/README.md#range) | 500 more range errors not listed ${NOTE} |`);
    expect(note).toBeGreaterThan(0);
    expect(lines[note - 1]).toMatch(/^\| 6:\d+ \| error \| \[range\]\(https:\/\/example\.com\/README\.md#range\) \| `enabled_for_profiles\[999\] is -1000;/);
    expect(lines.slice(note + 1)).toEqual(['']);
  });

  test('Markdown cut: told in listed findings, and the listed ones are said to be elsewhere', () => {
    const markdown = formatMarkdownSummary(report, { maxChars: 20_000 });
    expect(markdown).toMatch(
      /\n> \*\*Summary cut:\*\* [\d,]+ listed findings of 1,003 are not shown here, to stay within GitHub's size limit\. Every listed finding is in the log and the JSON report\. The other 500 findings are past the listing limit \(1,000 of one rule per file\): counted, not listed\.\n$/,
    );
  });

  test('Markdown cut right before the note row: every listed finding shown, the count of the rest still said (no QuickLaunch table to blame)', () => {
    const full = formatMarkdownSummary(report, { maxChars: 1_000_000 });
    const noteAt = full.indexOf('\n| | error |');
    const noteLine = full.slice(noteAt + 1, full.indexOf('\n', noteAt + 1));
    const markdown = formatMarkdownSummary(report, { maxChars: noteAt + noteLine.length + 400 });
    expect(markdown.slice(0, noteAt + 1)).toBe(full.slice(0, noteAt + 1));
    expect(markdown.slice(noteAt + 1)).toBe(
      "\n> **Summary cut:** the notes on findings past the listing limit are not all shown here, to stay within GitHub's size limit. Every listed finding is in the log and the JSON report. The other 500 findings are past the listing limit (1,000 of one rule per file): counted, not listed.\n",
    );
  });
});

describe('every producer asks the budget before it builds a finding', () => {
  /** A budget that records what it is asked and answers `answer`. */
  function recording(answer: boolean): ListingBudget & { asked: string[] } {
    const asked: string[] = [];
    return { asked, admit: (rule, severity) => (asked.push(`${rule} ${severity}`), answer) };
  }
  const asFound = (findings: readonly PendingFinding[]) => findings.map((f) => `${f.rule} ${f.severity}`);

  // Manifests that make every producer find something: each schema keyword, each semantic rule.
  const ws = tempWorkspace();
  ws.write('apps/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n');
  const manifests: Record<string, unknown>[] = [
    {
      clientName: 'x',
      client_id: 'server',
      client_secret: 's',
      description: 5,
      grant_types: ['authorization_code', 'nope', 'nope'],
      redirect_uris: ['http://{DOMAIN}/cb', 'https://app.example.com/#frag', 'a b', `https://app.example.com/${'a'.repeat(300)}`],
      response_types: 'code',
      scope: 'msg.consumer msg.consumer unknown a,b',
      logo_uri: 'logo.svg',
      enabled: false,
      quick_launch_enabled: true,
      entry_uri: ' ',
      enabled_for_profiles: [0, 0, 'x'],
      'client_name#french': 'y',
      capabilities: {
        engagement: { consumer_identity: ['unauth'] },
        webhooks: {
          retry: { retention_time: 60 },
          'cqm.ExConversationChangeNotification': {
            endpoint: 'https://10.0.0.1/hook',
            max_retries: 9,
            headers: [
              { header_name: 'X-LivePerson-A', header_value: 'Bearer abc' },
              { header_name: 'a b', header_value: '' },
              { header_name: 'X-A', header_value: '' },
              { header_name: 'x-a', header_value: '' },
              {},
            ],
          },
          'ms.MessagingEventNotification.ExConversationChangeNotification': { endpoint: 'http://nodot/' },
          'cqm.Unknown': { endpoint: 'https://[' },
        },
      },
    },
    { client_name: 'a', grant_types: ['refresh_token'], quick_launch_enabled: true, enabled_for_profiles: [] },
    { client_name: 'a', grant_types: ['authorization_code'], redirect_uris: [], capabilities: { engagement: { consumer_identity: [] } } },
    // The account checks: a profile the account does not have, a field that differs from the installed app.
    { client_name: 'installed', display_name: 'New', enabled_for_profiles: [42, 77] },
  ];
  const account = () => accountView({ account: '1', profiles: [{ id: 42, name: 'Agent' }], installations: [{ client_name: 'installed', display_name: 'Old' }] });
  const contextOf = (manifest: Record<string, unknown>, budget: ListingBudget): ManifestContext => ({
    manifest,
    path: 'apps/app.json',
    workspaceRoot: ws.root,
    options: { profiles: [42], requireQuickLaunch: true, account: account() },
    budget,
  });
  afterAll(() => ws.cleanup());

  test('the manifests above make every rule but the file-level ones find something', async () => {
    const found = new Set<string>();
    for (const manifest of manifests) {
      for (const f of schemaFindings(manifest)) found.add(f.rule);
      for (const rule of MANIFEST_CHECKS) for (const f of await rule(contextOf(manifest, recording(true)))) found.add(f.rule);
    }
    found.add('duplicate-key'); // below
    const fileLevel = ['invalid-json', 'unreadable-file', 'duplicate-client-name', 'internal-error'];
    expect([...found].sort()).toEqual(
      RULES.map((r) => r.id as string)
        .filter((id) => !fileLevel.includes(id))
        .sort(),
    );
  });

  test('the schema: asked once per finding, for its own rule and severity; refused, it builds none', () => {
    for (const manifest of manifests) {
      const yes = recording(true);
      const findings = schemaFindings(manifest, yes);
      expect(yes.asked).toEqual(asFound(findings));
      const no = recording(false);
      expect(schemaFindings(manifest, no)).toEqual([]);
      expect(no.asked).toEqual(yes.asked);
    }
  });

  test('each semantic rule: asked once per finding, for its own rule and severity; refused, it builds none', async () => {
    for (const manifest of manifests) {
      for (const rule of MANIFEST_CHECKS) {
        const yes = recording(true);
        const findings = await rule(contextOf(manifest, yes));
        expect(yes.asked).toEqual(asFound(findings));
        const no = recording(false);
        expect(await rule(contextOf(manifest, no))).toEqual([]);
        expect(no.asked).toEqual(yes.asked);
      }
    }
  });

  test('duplicate keys: asked once per repeat, in file order; refused, none built', () => {
    const text = '{"client_name": "a", "x": {"k": 1, "k": 2, "k": 3}, "client_name": "b"}';
    const yes = recording(true);
    const findings = new SourceMap(text).duplicateKeys(yes);
    // (Found root first: the repeated client_name before the keys inside x.)
    const k2 = text.indexOf('"k": 2');
    expect(findings.map((f) => `${f.pointer} ${f.span!.start}`)).toEqual([`/x/k ${k2}`, `/x/k ${text.indexOf('"k": 3')}`, `/client_name ${text.lastIndexOf('"client_name"')}`]);
    expect(yes.asked).toEqual(asFound(findings));
    const no = recording(false);
    expect(new SourceMap(text).duplicateKeys(no)).toEqual([]);
    expect(no.asked).toEqual(yes.asked);
  });
});

describe('what ships: the command line and the action', () => {
  let ws: TempWorkspace | undefined;
  let api: FakeApi | undefined;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });
  afterEach(async () => {
    ws?.cleanup();
    ws = undefined;
    await api?.close();
    api = undefined;
  });

  test('the command line: text and JSON carry the count; exit 1; --rules range=warning counts warnings (exit 1 for the 3 errors)', () => {
    ws = tempWorkspace();
    ws.write('apps/a.json', MANIFEST);
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'apps/a.json', ...args], { cwd: ws!.root, encoding: 'utf8' });
    const text = run();
    expect(text.status).toBe(1);
    expect(text.stdout.split('\n').slice(-3)).toEqual([`apps/a.json: 500 more range errors not listed ${NOTE}`, '1,503 errors, 0 warnings in 1 manifest', '']);
    const json = JSON.parse(run('--format', 'json').stdout) as { summary: unknown; files: { omitted: unknown }[] };
    expect(json.summary).toEqual({ manifests: 1, errors: 1503, warnings: 0, valid: false });
    expect(json.files[0]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 500 }]);
    const down = run('--rules', 'range=warning');
    expect(down.status).toBe(1);
    expect(down.stdout.split('\n').slice(-3)).toEqual([`apps/a.json: 500 more range warnings not listed ${NOTE}`, '3 errors, 1,500 warnings in 1 manifest', '']);
    const off = run('--rules', 'range=off,unknown-property=warning');
    expect(off.status).toBe(0);
    expect(off.stdout.split('\n').slice(-2)).toEqual(['0 errors, 3 warnings in 1 manifest', '']);
  });

  test('a 1 MiB file of a million findings: a JSON report of 1,000 per rule and the counts (it was too long for a string: --format json failed)', () => {
    ws = tempWorkspace();
    // 524,000 zeros: a range error each and a duplicate-item warning for each repeat.
    const zeros = Array<string>(524_000).fill('0').join(',');
    ws.write('apps/a.json', `{"client_name":"a","enabled_for_profiles":[${zeros}]}`);
    const r = spawnSync(process.execPath, [CLI, 'apps/a.json', '--format', 'json'], { cwd: ws.root, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(2_000_000);
    const report = JSON.parse(r.stdout) as { summary: unknown; files: { findings: unknown[]; omitted: unknown }[] };
    expect(report.summary).toEqual({ manifests: 1, errors: 524_000, warnings: 523_999, valid: false });
    expect(report.files[0]!.findings).toHaveLength(2000);
    expect(report.files[0]!.omitted).toEqual([
      { rule: 'duplicate-item', severity: 'warning', count: 522_999 },
      { rule: 'range', severity: 'error', count: 523_000 },
    ]);
  });

  test('the action: outputs errors and warnings count every finding; the log, report and job summary carry the count', async () => {
    ws = tempWorkspace();
    ws.write('apps/a.json', MANIFEST);
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
    api = await startApi();
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false', annotations: 'false' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '1', errors: '1503', warnings: '0' });
    expect(r.stdout).toContain(`\napps/a.json: 500 more range errors not listed ${NOTE}\n1,503 errors, 0 warnings in 1 manifest\n`);
    expect((r.report!.files as { omitted: unknown }[])[0]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 500 }]);
    expect(r.summary).toContain(`| | error | [range](https://github.com/lp-manifest/liveperson-manifest-action/blob/v1.0.0/README.md#range) | 500 more range errors not listed ${NOTE} |\n`);
    expect(r.stdout).toContain('::error::LivePerson manifests: 1,503 errors in 1 of 1 manifest');
  });
});
