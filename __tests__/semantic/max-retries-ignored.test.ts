// max-retries-ignored: retry.retention_time is set, so every max_retries is ignored (warning at it).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

function manifest(retry: string): string {
  return lines(
    '{',
    '  "client_name": "a",',
    '  "capabilities": {',
    '    "webhooks": {',
    `      ${retry}`,
    '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "max_retries": 3 },',
    '      "cqm.ExConversationChangeNotification": {',
    '        "max_retries": 0,',
    '        "endpoint": "https://hooks.example.com/b"',
    '      },',
    '      "ms.MessagingEventNotification.RichContentEvent": { "endpoint": "https://hooks.example.com/c" }',
    '    }',
    '  }',
    '}',
  );
}

describe('max-retries-ignored', () => {
  test('one warning per max_retries (even 0), at its value; a webhook without max_retries is fine', async () => {
    const findings = await checkText(manifest('"retry": { "retention_time": 86400 },'));
    expect(findings.map(where)).toEqual(['max-retries-ignored warning 6:113-6:114', 'max-retries-ignored warning 8:24-8:25']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/max_retries');
    expect(findings[0]!.message).toContain('retention_time');
  });

  test('near miss: no retry policy, max_retries is used', async () => {
    expect(await checkText(manifest(''))).toEqual([]);
  });

  test("a retention_time that is not a number is the schema's type error only", async () => {
    const findings = await checkText(manifest('"retry": { "retention_time": "86400" },'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });
});
