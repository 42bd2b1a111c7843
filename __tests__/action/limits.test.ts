// Exact limits of the check run's annotation objects and of the "more findings than GitHub shows"
// notice, found by mutation testing (TESTING.md): the 16,000-character message cut starts past
// 16,000, not at it; the error a failed check run throws is named; the notice without a place names
// the default one.
import { expect, test } from '@jest/globals';
import { CheckRunError, checkAnnotation } from '../../src/action/check-run.js';
import type { Finding } from '../../src/engine/findings.js';
import { buildReport } from '../../src/engine/report.js';
import { tooManyAnnotationsNotice } from '../../src/reporters/workflow-commands.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'type', severity: 'error', message: 'm', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });

test('a message of exactly 16,000 characters is kept whole; 16,001 are cut to 15,999 and an ellipsis', () => {
  const exact = 'x'.repeat(16_000);
  expect(checkAnnotation('a.json', finding({ message: exact })).message).toBe(exact);
  expect(checkAnnotation('a.json', finding({ message: exact + 'y' })).message).toBe('x'.repeat(15_999) + '…');
});

test('a failed check run throws a CheckRunError, named so in logs and stack traces', () => {
  const error = new CheckRunError(new Error('boom'), { created: false, delivered: 0, planned: 1, completed: false });
  expect([error.name, error.message, String(error)]).toEqual(['CheckRunError', 'boom', 'CheckRunError: boom']);
});

test('the notice about findings GitHub does not show names the job summary and the log unless told where', () => {
  const findings = Array.from({ length: 12 }, (_, i) => finding({ line: i + 1, endLine: i + 1 }));
  const report = buildReport([{ path: 'a.json', valid: false, quickLaunch: null, findings }]);
  expect(tooManyAnnotationsNotice(report)).toEqual({
    level: 'notice',
    message:
      '12 errors and 0 warnings found; GitHub displays only 10 errors and 10 warnings per step, so 2 findings are not shown as annotations here. Every finding is in the job summary and the log.',
    properties: { title: 'More findings than annotations' },
  });
});
