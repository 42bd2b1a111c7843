// The run's listing budget (issue 19 item 9): a run lists at most MAX_LISTED_PER_RUN findings in all,
// then each file its first, and counts the rest exactly (`limit: 'run'`); every report says so. The
// end-to-end tests run what ships (dist/: `npm run build` first).
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests, type ManifestInput, type ValidationOptions } from '../src/engine/engine.js';
import { FindingBudget, RunBudget } from '../src/engine/finding-budget.js';
import { MAX_LISTED_PER_RULE, MAX_LISTED_PER_RUN, summarize, type FileResult } from '../src/engine/findings.js';
import { isFailing } from '../src/engine/options.js';
import { buildReport } from '../src/engine/report.js';
import { formatJson } from '../src/reporters/json-report.js';
import { formatMarkdownSummary, reportTitle } from '../src/reporters/markdown-summary.js';
import { buildSarif } from '../src/reporters/sarif-report.js';
import { formatText, omittedNote } from '../src/reporters/text-report.js';
import { runAction, startApi, type FakeApi } from './action/harness.js';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const RUN_NOTE = '(at most 10,000 in a run, then the first of each file)';

/** `n` range errors (distinct negative profile ids, so no duplicate-item) and one unknown property. */
const manifest = (n: number) => `{\n  "client_name": "A",\n  "x": 0,\n  "enabled_for_profiles": [${Array.from({ length: n }, (_, i) => -(i + 1)).join(', ')}]\n}\n`;
const inputs = (n: number, text: string): ManifestInput[] => Array.from({ length: n }, (_, i) => ({ path: `apps/app-${String(i).padStart(2, '0')}.json`, text }));

async function check(files: ManifestInput[], options: Partial<ValidationOptions> = {}): Promise<FileResult[]> {
  return validateManifests(files, { workspaceRoot: process.cwd(), ...options });
}

describe('RunBudget and FindingBudget', () => {
  test('files share the run budget; past it each file lists its first finding and counts the rest under limit "run"', () => {
    const run = new RunBudget(3);
    const a = new FindingBudget(undefined, 2, run);
    expect([a.admit('range', 'error'), a.admit('range', 'error'), a.admit('range', 'error'), a.admit('scope', 'warning')]).toEqual([true, true, false, true]);
    const b = new FindingBudget(undefined, 2, run);
    expect([b.admit('scope', 'warning'), b.admit('scope', 'warning'), b.admit('range', 'error'), b.admit('range', 'warning')]).toEqual([true, false, false, false]);
    const c = new FindingBudget(new Map([['range', 'off']]), 2, run);
    expect([c.admit('range', 'error'), c.admit('type', 'error'), c.admit('type', 'error')]).toEqual([false, true, false]);
    // a: range past its per-file limit (no `limit`); b and c: past the run's budget.
    expect(a.omitted()).toEqual([{ rule: 'range', severity: 'error', count: 1 }]);
    expect(b.omitted()).toEqual([
      { rule: 'range', severity: 'error', count: 1, limit: 'run' },
      { rule: 'range', severity: 'warning', count: 1, limit: 'run' },
      { rule: 'scope', severity: 'warning', count: 1, limit: 'run' },
    ]);
    expect(c.omitted()).toEqual([{ rule: 'type', severity: 'error', count: 1, limit: 'run' }]);
  });

  test('a budget of 0 still lists each file its first finding', () => {
    const run = new RunBudget(0);
    const a = new FindingBudget(undefined, 5, run);
    expect([a.admit('type', 'error'), a.admit('type', 'error')]).toEqual([true, false]);
    expect(a.omitted()).toEqual([{ rule: 'type', severity: 'error', count: 1, limit: 'run' }]);
  });

  test('the default is 10,000 findings in a run', () => {
    expect(MAX_LISTED_PER_RUN).toBe(10_000);
    expect(new RunBudget().limit).toBe(10_000);
  });
});

describe('the engine: 12 files of 1,001 range errors and one unknown property each', () => {
  // Per file 1,000 range errors and the unknown property are listed until 10,000 are: files 1-9
  // (9,009), then 991 of file 10's; files 11 and 12 list their first finding only.
  let files: FileResult[];
  beforeAll(async () => {
    files = await check(inputs(12, manifest(1001)));
  });

  test('10,000 findings listed in path order, then the first of each file; every finding counted', () => {
    expect(files.map((f) => f.findings.length)).toEqual([1001, 1001, 1001, 1001, 1001, 1001, 1001, 1001, 1001, 991, 1, 1]);
    let listed = 0;
    for (const f of files.slice(0, 10)) listed += f.findings.length;
    expect(listed).toBe(MAX_LISTED_PER_RUN);
    expect(files[10]!.findings.map((f) => `${f.rule} ${f.pointer} ${f.line}:${f.column}`)).toEqual(['unknown-property /x 3:3']);
    expect(files.slice(0, 9).map((f) => f.omitted)).toEqual(Array(9).fill([{ rule: 'range', severity: 'error', count: 1 }]));
    expect(files[9]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 11, limit: 'run' }]);
    expect(files[10]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 1001, limit: 'run' }]);
    expect(files[11]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 1001, limit: 'run' }]);
    expect(summarize(files)).toEqual({ manifests: 12, errors: 12 * 1002, warnings: 0, valid: false });
    expect(files.every((f) => !f.valid)).toBe(true);
    expect(isFailing(files, 'error')).toBe(true);
  });

  test('each run has its own budget', async () => {
    const again = await check(inputs(1, manifest(1001)));
    expect(again[0]!.findings).toHaveLength(MAX_LISTED_PER_RULE + 1);
  });

  test('maxListedPerRun sets the budget; a rule turned off is not counted', async () => {
    const small = await check(inputs(3, manifest(4)), { maxListedPerRun: 6 });
    expect(small.map((f) => f.findings.length)).toEqual([5, 1, 1]);
    expect(small.map((f) => f.omitted)).toEqual([undefined, [{ rule: 'range', severity: 'error', count: 4, limit: 'run' }], [{ rule: 'range', severity: 'error', count: 4, limit: 'run' }]]);
    const off = await check(inputs(3, manifest(4)), { maxListedPerRun: 1, severities: new Map([['unknown-property', 'off']]) });
    expect(off.map((f) => f.findings.map((x) => x.pointer))).toEqual([['/enabled_for_profiles/0'], ['/enabled_for_profiles/0'], ['/enabled_for_profiles/0']]);
    expect(summarize(off)).toEqual({ manifests: 3, errors: 12, warnings: 0, valid: false });
  });

  test('every report says what the run budget left out, and why', () => {
    const report = buildReport(files);
    const last = files[11]!.omitted![0]!;
    expect(omittedNote(last)).toBe(`1,001 more range errors not listed ${RUN_NOTE}`);
    const text = formatText(report).split('\n');
    expect(text).toContain(`apps/app-11.json: 1,001 more range errors not listed ${RUN_NOTE}`);
    expect(text).toContain(`apps/app-00.json: 1 more range error not listed (at most 1,000 of one rule per file)`);
    expect(text.slice(-2)).toEqual(['12,024 errors, 0 warnings in 12 manifests', '']);
    const json = JSON.parse(formatJson(report)) as { files: FileResult[] };
    expect(json.files[11]!.omitted).toEqual([{ rule: 'range', severity: 'error', count: 1001, limit: 'run' }]);
    const sarif = buildSarif(report) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(10_002);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text).slice(-1)).toEqual([`apps/app-11.json: 1,001 more range errors not listed ${RUN_NOTE}`]);
    expect(reportTitle(report)).toBe('12,024 errors in 12 of 12 manifests');
    const md = formatMarkdownSummary(report, { maxChars: 64_000 });
    expect(md.length).toBeLessThanOrEqual(64_000);
    expect(md).toMatch(
      /\n> \*\*Summary cut:\*\* [\d,]+ listed findings of 10,002 are not shown here, to stay within GitHub's size limit\. Every listed finding is in the log and the JSON report\. The other 2,022 findings are past the listing limit \(1,000 of one rule per file, 10,000 in a run\): counted, not listed\.\n$/,
    );
  });
});

describe('what ships: many files at the listing limit', () => {
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

  /** 30 files at the per-rule limit of three rules: 3,005 findings each, 90,150 in all. */
  function corpus(): TempWorkspace {
    const w = tempWorkspace();
    const zeros = Array<string>(1002).fill('0').join(',');
    const ones = Array<string>(1002).fill('1').join(',');
    for (let i = 0; i < 30; i++) w.write(`apps/app-${String(i).padStart(2, '0')}.json`, `{"client_name":"App ${i}","enabled_for_profiles":[${zeros}],"redirect_uris":[${ones}]}\n`);
    execFileSync('git', ['init', '-q'], { cwd: w.root });
    return w;
  }

  test('the command line lists 10,000 findings and the first of each later file; --format json counts all 90,150', () => {
    ws = corpus();
    const r = spawnSync(process.execPath, [CLI, '--format', 'json'], { cwd: ws.root, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: unknown; files: FileResult[] };
    expect(report.summary).toEqual({ manifests: 30, errors: 30 * 2004, warnings: 30 * 1001, valid: false });
    const listed = report.files.map((f) => f.findings.length);
    // Files 1-3 list 3,000 each; file 4 the last 1,000 of the budget; files 5-30 their first.
    expect(listed).toEqual([3000, 3000, 3000, 1000, ...Array<number>(26).fill(1)]);
    expect(report.files[29]!.omitted).toEqual([
      { rule: 'duplicate-item', severity: 'warning', count: 1001, limit: 'run' },
      { rule: 'range', severity: 'error', count: 1002, limit: 'run' },
      { rule: 'type', severity: 'error', count: 1001, limit: 'run' },
    ]);
    expect(r.stdout.length).toBeLessThan(10_000_000);
  });

  test('the action writes the JSON report and SARIF (valid JSON), with every finding counted', async () => {
    ws = corpus();
    api = await startApi();
    const sarifPath = join(ws.root, 'out', 'lp.sarif');
    const r = await runAction({ workspace: ws.root, api, inputs: { 'create-check': 'false', annotations: 'false', 'sarif-file': 'out/lp.sarif' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', manifests: '30', errors: String(30 * 2004), warnings: String(30 * 1001) });
    expect((r.report!.files as FileResult[]).map((f) => f.findings.length)).toEqual([3000, 3000, 3000, 1000, ...Array<number>(26).fill(1)]);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(10_026);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(3 + 3 + 3 + 3 + 26 * 3);
    expect(r.stdout).toContain(`\napps/app-29.json: 1,002 more range errors not listed ${RUN_NOTE}\n`);
    expect(r.summary.length).toBeLessThanOrEqual(1_000_000);
  });
});
