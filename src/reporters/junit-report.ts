// --format junit: JUnit XML for Jenkins, Azure Pipelines, CircleCI and GitLab's test reports. One
// test suite, one test case per manifest (its path), one <failure> per error (per warning too with
// --fail-on warning), the other warnings in the case's <system-out>. The elements and attributes
// are those of the JUnit schema Jenkins' xUnit plugin publishes (junit-10.xsd). Every character a
// manifest chose is written so that the XML keeps its value and no line of it can read as a
// workflow command: line breaks, invisible and control characters as character references (or,
// where XML 1.0 allows none, an escape text), `##[` with its bracket as a reference.
import type { Finding, Report } from '../engine/findings.js';
import type { FailOn } from '../engine/options.js';
import { displayPath } from '../text/describe.js';
import { TOOL_NAME } from '../tool-info.js';
import { omittedNote } from './text-report.js';

export interface JunitOptions {
  failOn?: FailOn;
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;
/** Characters that are valid XML but invisible, or line breaks: written as character references. */
const AS_REFERENCE = /[\t\n\r\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/** Text for an attribute value or element content. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(AS_REFERENCE, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`)
    .replace(/##\[/g, '##&#x5B;');
}

const attr = (name: string, value: string | number) => `${name}="${xmlText(String(value))}"`;

export function formatJunit(report: Report, options: JunitOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const fails = (f: { severity: string }) => f.severity === 'error' || failOn === 'warning';
  const cases: string[] = [];
  let failed = 0;
  for (const file of report.files) {
    const path = displayPath(file.path);
    const where = (f: Finding) => `${path}:${f.line}:${f.column}`;
    const lines: string[] = [];
    const out: string[] = [];
    for (const f of file.findings) {
      if (fails(f))
        lines.push(`      <failure ${attr('type', f.rule)} ${attr('message', `${f.line}:${f.column} ${f.message}`)}>${xmlText(`${where(f)}: ${f.severity} ${f.rule} ${f.message}`)}</failure>`);
      else out.push(`${where(f)}: ${f.severity} ${f.rule} ${f.message}`);
    }
    for (const o of file.omitted ?? []) {
      if (fails(o)) lines.push(`      <failure ${attr('type', o.rule)} ${attr('message', omittedNote(o))}>${xmlText(`${path}: ${omittedNote(o)}`)}</failure>`);
      else out.push(`${path}: ${omittedNote(o)}`);
    }
    if (lines.length > 0) failed++;
    if (out.length > 0) lines.push(`      <system-out>${xmlText(out.join('\n'))}</system-out>`);
    const open = `    <testcase ${attr('classname', 'LivePerson manifests')} ${attr('name', path)} time="0"`;
    cases.push(lines.length === 0 ? `${open}/>` : `${open}>\n${lines.join('\n')}\n    </testcase>`);
  }
  const counts = `${attr('tests', report.files.length)} ${attr('failures', failed)} errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr('name', TOOL_NAME)} ${counts} time="0">`,
    `  <testsuite ${attr('name', 'LivePerson manifests')} ${counts} skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
