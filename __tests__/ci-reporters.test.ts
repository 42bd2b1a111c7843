// --format junit and --format codeclimate: exact output, JUnit checked against junit-10.xsd's rules
// (support/junit-schema.ts), Code Quality against the fields GitLab documents, and hostile text
// that stays inert in a runner's log and keeps its value.
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import type { FileResult } from '../src/engine/findings.js';
import { buildReport } from '../src/engine/report.js';
import { codeQualityIssues, formatCodeClimate } from '../src/reporters/codeclimate-report.js';
import { formatJunit, xmlText } from '../src/reporters/junit-report.js';
import { logSafe } from '../src/reporters/log-safe.js';
import { junitViolations, parseXml } from './support/junit-schema.js';

const finding = (rule: string, severity: 'error' | 'warning', line: number, message: string) =>
  ({ rule, severity, message, pointer: '', line, column: 3, endLine: line, endColumn: 9 }) as FileResult['findings'][number];
const FILES: FileResult[] = [
  { path: 'apps/good.json', valid: true, quickLaunch: null, findings: [] },
  {
    path: 'apps/bad.json',
    valid: false,
    quickLaunch: null,
    findings: [finding('required', 'error', 1, 'missing required property "client_name"'), finding('insecure-url', 'warning', 4, 'entry_uri uses http://')],
    omitted: [{ rule: 'range', severity: 'error', count: 1500 }],
  },
];
const report = buildReport(FILES);

describe('--format junit', () => {
  test('a test case per manifest, a failure per error, the warnings in system-out', () => {
    expect(formatJunit(report).split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="lp-manifest" tests="2" failures="1" errors="0" time="0">',
      '  <testsuite name="LivePerson manifests" tests="2" failures="1" errors="0" skipped="0" time="0">',
      '    <testcase classname="LivePerson manifests" name="apps/good.json" time="0"/>',
      '    <testcase classname="LivePerson manifests" name="apps/bad.json" time="0">',
      '      <failure type="required" message="1:3 missing required property &quot;client_name&quot;">apps/bad.json:1:3: error required missing required property &quot;client_name&quot;</failure>',
      '      <failure type="range" message="1,500 more range errors not listed (at most 1,000 of one rule per file)">apps/bad.json: 1,500 more range errors not listed (at most 1,000 of one rule per file)</failure>',
      '      <system-out>apps/bad.json:4:3: warning insecure-url entry_uri uses http://</system-out>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ]);
  });

  test('valid per junit-10.xsd; with --fail-on warning the warnings are failures too', () => {
    expect(junitViolations(parseXml(formatJunit(report)))).toEqual([]);
    const strict = parseXml(formatJunit(report, { failOn: 'warning' }));
    expect(junitViolations(strict)).toEqual([]);
    expect(strict.children[0]!.children[1]!.children.map((c) => [c.name, c.attributes.type])).toEqual([
      ['failure', 'required'],
      ['failure', 'insecure-url'],
      ['failure', 'range'],
    ]);
  });

  test('hostile text: the same value once parsed, no line a workflow command, nothing XML refuses', () => {
    const nasty = 'a\n::error::x\u200b##[set-output]\u0007 </failure><x a="&amp;"> \ud800';
    const xml = formatJunit(buildReport([{ path: `apps/${nasty}.json`, valid: false, quickLaunch: null, findings: [finding('type', 'error', 2, nasty)] }]));
    expect(logSafe(xml)).toBe(xml);
    const parsed = parseXml(xml);
    expect(junitViolations(parsed)).toEqual([]);
    const failure = parsed.children[0]!.children[0]!.children[0]!;
    expect(failure.attributes.message).toBe('2:3 a\n::error::x\u200b##[set-output]\\u0007 </failure><x a="&amp;"> \\ud800');
    expect(xmlText('\t\r\n')).toBe('&#x9;&#xD;&#xA;');
  });
});

// GitLab's Code Quality report format (https://docs.gitlab.com/ci/testing/code_quality/, "Code
// Quality report format"): the fields it reads, and the severities it knows.
const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string' },
      check_name: { type: 'string' },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: { path: { type: 'string' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } },
      },
    },
  },
};

describe('--format codeclimate', () => {
  test('GitLab Code Quality issues: the documented fields, errors major, warnings minor', () => {
    const issues = JSON.parse(formatCodeClimate(report));
    const validate = new Ajv({ strict: false }).compile(GITLAB_CODE_QUALITY);
    expect(validate(issues)).toBe(true);
    expect(issues.map((i: { fingerprint: string }) => ({ ...i, fingerprint: i.fingerprint.length }))).toEqual([
      { description: 'missing required property "client_name"', check_name: 'required', fingerprint: 64, severity: 'major', location: { path: 'apps/bad.json', lines: { begin: 1, end: 1 } } },
      { description: 'entry_uri uses http://', check_name: 'insecure-url', fingerprint: 64, severity: 'minor', location: { path: 'apps/bad.json', lines: { begin: 4, end: 4 } } },
      {
        description: '1,500 more range errors not listed (at most 1,000 of one rule per file)',
        check_name: 'range',
        fingerprint: 64,
        severity: 'major',
        location: { path: 'apps/bad.json', lines: { begin: 1 } },
      },
    ]);
  });

  test('fingerprints: stable when a finding moves, distinct for repeats and files', () => {
    const at = (line: number, path = 'a.json', n = 1) =>
      codeQualityIssues(buildReport([{ path, valid: false, quickLaunch: null, findings: Array.from({ length: n }, () => finding('type', 'error', line, 'same')) }])).map((i) => i.fingerprint);
    expect(at(2)).toEqual(at(40));
    const [first, second] = at(2, 'a.json', 2);
    expect(new Set([first, second, at(2, 'b.json')[0]]).size).toBe(3);
  });
});
