// --format codeclimate: GitLab Code Quality (artifacts:reports:codequality), a JSON array of issues
// with the fields GitLab documents: description, check_name, fingerprint, severity, location.path,
// location.lines.begin. The fingerprint is stable across runs (SHA-256 of the path, the rule, the
// message and how many identical findings came before in the file, not the line: a finding that
// only moves is the same finding to GitLab's comparison of the merge request with its base).
import { createHash } from 'node:crypto';
import type { Report } from '../engine/findings.js';
import { displayPath } from '../text/describe.js';
import { omittedNote } from './text-report.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end?: number } };
}

/** As ESLint's GitLab formatters map them: an error is major, a warning minor. */
const SEVERITY = { error: 'major', warning: 'minor' } as const;

export function codeQualityIssues(report: Report): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const file of report.files) {
    const path = displayPath(file.path);
    const seen = new Map<string, number>();
    const fingerprint = (rule: string, message: string) => {
      const key = `${rule}\0${message}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return createHash('sha256').update(`${path}\0${key}\0${n}`).digest('hex');
    };
    for (const f of file.findings) {
      issues.push({
        description: f.message,
        check_name: f.rule,
        fingerprint: fingerprint(f.rule, f.message),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.line, end: f.endLine } },
      });
    }
    // Counted past the listing limit: one issue per rule and severity, at the top of the file.
    for (const o of file.omitted ?? []) {
      const description = omittedNote(o);
      issues.push({ description, check_name: o.rule, fingerprint: fingerprint(o.rule, description), severity: SEVERITY[o.severity], location: { path, lines: { begin: 1 } } });
    }
  }
  return issues;
}

export function formatCodeClimate(report: Report): string {
  return JSON.stringify(codeQualityIssues(report), null, 2) + '\n';
}
