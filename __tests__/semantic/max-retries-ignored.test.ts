// max-retries-ignored: retry.retention_time is set, so a non-zero max_retries is ignored (warning
// at it); max_retries: 0 still means "drop instead of retrying" there, so it is not reported.
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
  test('one warning per non-zero max_retries, at its value; max_retries: 0 and a webhook without max_retries are fine', async () => {
    const findings = await checkText(manifest('"retry": { "retention_time": 86400 },'));
    expect(findings.map(where)).toEqual(['max-retries-ignored warning 6:113-6:114']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/max_retries');
    expect(findings[0]!.message).toBe(
      'max_retries of ms.MessagingEventNotification.ContentEvent is ignored because capabilities.webhooks.retry.retention_time is set (failed notifications are retried for that long); remove max_retries, set it to 0 to drop this event instead of retrying it, or remove retry to use max_retries',
    );
  });

  test('max_retries: 0 next to retention_time is not reported (issue 15: 0 drops the event instead of retrying it)', async () => {
    const text = lines(
      '{"client_name": "a", "capabilities": {"webhooks": {',
      '  "retry": {"retention_time": 60},',
      '  "cqm.ExConversationChangeNotification": {"endpoint": "https://hooks.example.com/b", "max_retries": 0},',
      '  "ms.MessagingEventNotification.ChatStateEvent": {"endpoint": "https://hooks.example.com/c", "max_retries": 5}',
      '}}}',
    );
    const findings = await checkText(text);
    expect(findings.map(where)).toEqual(['max-retries-ignored warning 4:110-4:111']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ChatStateEvent/max_retries');
  });

  test("a max_retries that is not a number is the schema's type error only", async () => {
    const findings = await checkText(
      '{"client_name": "a", "capabilities": {"webhooks": {"retry": {"retention_time": 60}, "cqm.ExConversationChangeNotification": {"endpoint": "https://hooks.example.com/b", "max_retries": "3"}}}}',
    );
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });

  test('an unknown event key: its max_retries is checked too, named quoted', async () => {
    const findings = await checkText(
      '{"client_name": "a", "capabilities": {"webhooks": {"retry": {"retention_time": 60}, "cqm.ExConversationChange": {"endpoint": "https://hooks.example.com/b", "max_retries": 2}}}}',
    );
    expect(findings.map(where)).toEqual(['unknown-event error 1:85-1:111', 'max-retries-ignored warning 1:172-1:173']);
    expect(findings[1]!.message).toMatch(/^max_retries of "cqm\.ExConversationChange" is ignored/);
  });

  test('near miss: no retry policy, max_retries is used', async () => {
    expect(await checkText(manifest(''))).toEqual([]);
  });

  test("a retention_time that is not a number is the schema's type error only", async () => {
    const findings = await checkText(manifest('"retry": { "retention_time": "86400" },'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });
});
