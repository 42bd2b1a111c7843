// Each rule asks the listing budget with its own id and severity: past 1,000 findings of one rule in
// a file, the rest are counted under that id and severity (FileResult.omitted), never listed, never
// lost. (Mutation testing found that no test took these rules past the limit.)
import { describe, expect, test } from '@jest/globals';
import { checkFiles } from '../support/workspace.js';

const N = 1001;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function withHeaders(headers: { header_name: string; header_value: string }[]): string {
  return JSON.stringify({ client_name: 'a', capabilities: { webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://hooks.example.com/a', headers } } } });
}

function withWebhooks(webhook: (i: number) => Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  // Unknown event keys are checked as webhooks (issue 11): any number of them.
  return JSON.stringify({ client_name: 'a', capabilities: { webhooks: { ...extra, ...Object.fromEntries(range(N).map((i) => [`x.Event${i}`, webhook(i)])) } } });
}

describe('past the listing limit, each rule counts under its own id and severity', () => {
  test.each([
    ['header-name', 'error', 'an invalid name', withHeaders(range(N).map(() => ({ header_name: 'X Y', header_value: '1' })))],
    ['header-name', 'warning', 'an X-LivePerson- name', withHeaders(range(N).map((i) => ({ header_name: `X-LivePerson-${i}`, header_value: '1' })))],
    ['header-name', 'error', 'a repeated name', withHeaders(range(N + 1).map(() => ({ header_name: 'X-A', header_value: '1' })))],
    ['secret-in-header', 'warning', 'a Bearer value', withHeaders(range(N).map((i) => ({ header_name: `X-H${i}`, header_value: 'Bearer abc' })))],
    [
      'scope',
      'warning',
      'an unknown scope token',
      JSON.stringify({
        client_name: 'a',
        scope: range(N)
          .map((i) => `x${i}`)
          .join(' '),
      }),
    ],
    [
      'scope',
      'warning',
      'a repeated scope token',
      JSON.stringify({
        client_name: 'a',
        scope: range(N + 1)
          .map(() => 'msg.consumer')
          .join(' '),
      }),
    ],
    ['unreachable-endpoint', 'warning', 'a localhost endpoint', withWebhooks(() => ({ endpoint: 'https://localhost/hook' }))],
    ['max-retries-ignored', 'warning', 'max_retries with retry.retention_time', withWebhooks(() => ({ endpoint: 'https://hooks.example.com/a', max_retries: 3 }), { retry: { retention_time: 60 } })],
    ['language-tag', 'error', 'a malformed tag', JSON.stringify(Object.fromEntries([['client_name', 'a'], ...range(N).map((i) => [`client_name#1${i}`, 'a'])]))],
  ])('%s (%s): %s, 1,001 times: 1,000 listed, 1 counted', async (rule, severity, _what, text) => {
    const [file] = await checkFiles({ 'a.json': text });
    const listed = file!.findings.filter((f) => f.rule === rule);
    expect(listed).toHaveLength(1000);
    expect(listed.every((f) => f.severity === severity)).toBe(true);
    expect(file!.omitted?.filter((o) => [rule, ''].includes(o.rule))).toEqual([{ rule, severity, count: 1 }]);
  });
});
