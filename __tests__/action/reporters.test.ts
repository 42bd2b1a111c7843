// The action's pure formatters: workflow commands (escaping, the 10-per-level notice), the Markdown
// summary (tables, QuickLaunch, truncation by characters and by bytes) and SARIF for upload-sarif.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { FileResult, Finding } from '../../src/engine/findings.js';
import { buildReport } from '../../src/engine/report.js';
import { formatMarkdownSummary, reportTitle, utf8Length } from '../../src/reporters/markdown-summary.js';
import { buildSarif } from '../../src/reporters/sarif-report.js';
import { annotationCommands, annotationOf, escapeData, escapeProperty, formatCommand } from '../../src/reporters/workflow-commands.js';
import { RULES } from '../../src/rules/catalogue.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/tool-info.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'type', severity: 'error', message: 'm', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });
const file = (path: string, findings: Finding[], over: Partial<FileResult> = {}): FileResult => ({ path, valid: !findings.some((f) => f.severity === 'error'), quickLaunch: null, findings, ...over });

describe('workflow commands', () => {
  test('data escapes %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
  });

  test('one command per finding: workspace-relative file, lines, columns only on one line', () => {
    // (Properties in the order @actions/core writes them.)
    expect(formatCommand(annotationOf('apps/a,b:c.json', finding({ message: 'two\nlines 50%' })))).toBe(
      '::error title=type (LivePerson manifest),file=apps/a%2Cb%3Ac.json,line=3,endLine=3,col=5,endColumn=9::two%0Alines 50%25',
    );
    expect(formatCommand(annotationOf('a.json', finding({ severity: 'warning', endLine: 6 })))).toBe('::warning title=type (LivePerson manifest),file=a.json,line=3,endLine=6::m');
  });

  test('more than 10 of a level: a notice that says how many are hidden and where they all are', () => {
    const errors = Array.from({ length: 12 }, (_, i) => finding({ line: i + 1, endLine: i + 1 }));
    const warnings = Array.from({ length: 3 }, (_, i) => finding({ severity: 'warning', line: i + 20, endLine: i + 20 }));
    const lines = annotationCommands(buildReport([file('a.json', [...errors, ...warnings])]), { moreAt: 'the check run "X"' });
    expect(lines).toHaveLength(16);
    expect(lines[15]).toBe(
      '::notice title=More findings than annotations::12 errors and 3 warnings found; GitHub displays only 10 errors and 10 warnings per step, so 2 findings are not shown as annotations here. Every finding is in the check run "X".',
    );
    expect(annotationCommands(buildReport([file('a.json', errors.slice(0, 10))]))).toHaveLength(10);
  });
});

describe('Markdown summary', () => {
  const report = buildReport([
    file('apps/a.json', [finding({ message: 'a | b <c> `d`' }), finding({ rule: 'scope', severity: 'warning', line: 7, endLine: 7, column: 1, message: 'w' })]),
    file('apps/b.json', [], { quickLaunch: { enabled: true, ready: true, profiles: [42], visibleTo: [42] } }),
  ]);

  test('title, counts, a table per file with findings, rule links, messages and paths as code spans', () => {
    expect(reportTitle(report)).toBe('1 error and 1 warning in 1 of 2 manifests');
    const md = formatMarkdownSummary(report, { maxChars: 65_535, readmeUrl: 'https://x/README.md' });
    expect(md).toBe(
      [
        '## ❌ LivePerson manifests: 1 error and 1 warning in 1 of 2 manifests',
        '',
        '| manifests | errors | warnings |',
        '|---:|---:|---:|',
        '| 2 | 1 | 1 |',
        '',
        '### ❌ `apps/a.json`',
        '',
        '| line | severity | rule | message |',
        '|---:|---|---|---|',
        '| 3:5 | error | [type](https://x/README.md#type) | `` a \\| b <c> `d` `` |',
        '| 7:1 | warning | [scope](https://x/README.md#scope) | `w` |',
        '',
      ].join('\n'),
    );
  });

  test('with profiles: a manifest x profile QuickLaunch table of the manifests that enable QuickLaunch', () => {
    const md = formatMarkdownSummary(report, { maxChars: 65_535, profiles: [42, 43] });
    expect(md).toContain('### QuickLaunch visibility\n\n| manifest | profile 42 | profile 43 |\n|---|:---:|:---:|\n| `apps/b.json` | ✅ | — |\n');
    expect(md).not.toContain('| `apps/a.json` |');
  });

  const big = buildReport([
    file(
      'apps/a.json',
      Array.from({ length: 300 }, (_, i) => finding({ line: i + 1, endLine: i + 1, message: `message ${i} ${'x'.repeat(100)}` })),
    ),
    file(
      'apps/b.json',
      Array.from({ length: 300 }, (_, i) => finding({ line: i + 1, endLine: i + 1, message: `message ${i}` })),
    ),
  ]);

  test('cut inside a table, with a note, never over maxChars', () => {
    const md = formatMarkdownSummary(big, { maxChars: 10_000, moreAt: 'the log' });
    expect(md.length).toBeLessThanOrEqual(10_000);
    const shown = md.split('\n').filter((l) => l.startsWith('| ') && l.includes(' | error | ')).length;
    expect(shown).toBeGreaterThan(40);
    expect(md).toContain('### ❌ `apps/a.json`');
    expect(md).not.toContain('apps/b.json');
    expect(md.endsWith(`\n> **Summary cut:** ${600 - shown} findings of 600 are not shown here, to stay within GitHub's size limit. Every finding is in the log.\n`)).toBe(true);
  });

  test('a cut inside the QuickLaunch table says so, and no finding is missing when none was listed', () => {
    const clean = buildReport(
      Array.from({ length: 400 }, (_, i) => file(`apps/app-${String(i).padStart(3, '0')}.json`, [], { quickLaunch: { enabled: true, ready: true, profiles: [1], visibleTo: [1] } })),
    );
    const md = formatMarkdownSummary(clean, { maxChars: 5_000, profiles: [1, 2] });
    expect(md).toContain('### QuickLaunch visibility');
    expect(md.endsWith("\n> **Summary cut:** the QuickLaunch table is incomplete, to stay within GitHub's size limit. Every finding is in the log and the JSON report.\n")).toBe(true);
  });

  test('maxBytes counts UTF-8 bytes (a job summary is limited to 1 MiB, not 1 Mi characters)', () => {
    const wide = buildReport([
      file(
        'apps/a.json',
        Array.from({ length: 500 }, (_, i) => finding({ line: i + 1, endLine: i + 1, message: '漢字'.repeat(50) })),
      ),
    ]);
    const md = formatMarkdownSummary(wide, { maxChars: 1_000_000, maxBytes: 20_000 });
    expect(utf8Length(md)).toBeLessThanOrEqual(20_000);
    expect(Buffer.byteLength(md)).toBe(utf8Length(md));
    expect(md).toContain('> **Summary cut:**');
    expect(md.length).toBeLessThan(10_000);
  });

  test('utf8Length agrees with Buffer.byteLength, surrogate pairs included', () => {
    for (const s of ['', 'abc', 'é', '漢', '😀', 'a😀b\u{10FFFF}', '\ud800 lone']) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });

  test('a limit smaller than the head still yields at most maxChars', () => {
    expect(formatMarkdownSummary(big, { maxChars: 50 }).length).toBeLessThanOrEqual(50);
  });

  test('no findings, no manifests', () => {
    expect(formatMarkdownSummary(buildReport([]), { maxChars: 1000 })).toContain('## ✅ LivePerson manifests: No LivePerson manifests found');
  });
});

describe('SARIF 2.1.0 for github/codeql-action/upload-sarif', () => {
  const report = buildReport([
    file('apps/my app#1.json', [
      finding({ rule: 'unknown-property', line: 2, column: 3, endLine: 2, endColumn: 15 }),
      finding({ rule: 'type', severity: 'warning', line: 4, column: 19, endLine: 6, endColumn: 4 }),
    ]),
  ]);
  const sarif = buildSarif(report, { readmeUrl: 'https://example.test/README.md' }) as any;

  test('version, $schema, one run with the tool driver, its version and every rule', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0|sarif-schema-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toEqual(expect.any(String));
      expect(rule.help.text).toEqual(expect.any(String));
      expect(rule.helpUri).toBe(`https://example.test/README.md#${rule.id}`);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
  });

  test('results: ruleId, ruleIndex, level, message, workspace-relative URI and region', () => {
    const [a, b] = sarif.runs[0].results;
    expect(a).toMatchObject({
      ruleId: 'unknown-property',
      level: 'error',
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'apps/my%20app%231.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 } } }],
    });
    expect(sarif.runs[0].tool.driver.rules[a.ruleIndex].id).toBe('unknown-property');
    expect(b).toMatchObject({ ruleId: 'type', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 4, startColumn: 19, endLine: 6, endColumn: 4 } } }] });
  });

  test('fingerprints: rule, file and pointer, not the line; two findings of one rule at one pointer differ', () => {
    const two = buildReport([
      file('a.json', [
        finding({ rule: 'scope', severity: 'warning', pointer: '/scope', message: 'unknown scope "foo"' }),
        finding({ rule: 'scope', severity: 'warning', pointer: '/scope', message: 'repeated scope "bar"' }),
        finding({ rule: 'type', pointer: '/scope', line: 9, endLine: 9 }),
      ]),
    ]);
    const prints = (buildSarif(two) as any).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints);
    expect(prints).toEqual([{ 'lpManifestFinding/v1': 'scope:a.json:/scope' }, { 'lpManifestFinding/v1': 'scope:a.json:/scope:2' }, { 'lpManifestFinding/v1': 'type:a.json:/scope' }]);
  });

  test('every rule id has its README section (the helpUri anchors)', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const r of RULES) expect(readme).toMatch(new RegExp(`^### ${r.id}$`, 'm'));
  });
});
