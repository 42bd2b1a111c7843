// header-name: header_name must be an RFC 9110 token, once per webhook (case-insensitively).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

function webhooks(...body: string[]): string {
  return lines('{', '  "client_name": "a",', '  "capabilities": {', '    "webhooks": {', ...body, '    }', '  }', '}');
}

describe('header-name', () => {
  test('a space, a colon, an empty name and a case-insensitive repeat: one error each, at the header_name value', async () => {
    const findings = await checkText(
      webhooks(
        '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "X My Header", "header_value": "1" },',
        '        { "header_name": "X-Foo:", "header_value": "2" },',
        '        { "header_name": "", "header_value": "3" },',
        '        { "header_name": "X-Foo", "header_value": "4" },',
        '        { "header_name": "x-foo", "header_value": "5" }',
        '      ] }',
      ),
    );
    expect(findings.map(where)).toEqual(['header-name error 6:26-6:39', 'header-name error 7:26-7:34', 'header-name error 8:26-8:28', 'header-name error 10:26-10:33']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_name');
    expect(findings[0]!.message).toContain('contains white space');
    expect(findings[1]!.message).toContain('contains ":"');
    expect(findings[2]!.message).toContain('is empty');
    expect(findings[3]!.message).toBe('header_name "x-foo" is repeated in the headers of ms.MessagingEventNotification.ContentEvent (first at headers[3]; header names are case-insensitive)');
  });

  test('an invalid name is not quoted (it may hold a whole "Name: value" line)', async () => {
    const findings = await checkText(
      webhooks(
        '      "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "Authorization: Bearer abc123", "header_value": "x" }',
        '      ] }',
      ),
    );
    expect(
      findings
        .filter((f) => f.rule === 'header-name')
        .map((f) => f.message)
        .join(),
    ).not.toContain('abc123');
  });

  test('near misses: every token character, and the same name in two different webhooks', async () => {
    const findings = await checkText(
      webhooks(
        '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "X-Foo", "header_value": "1" },',
        '        { "header_name": "!#$%&\'*+-.^_`|~09azAZ", "header_value": "2" }',
        '      ] },',
        '      "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "x-foo", "header_value": "3" }',
        '      ] }',
      ),
    );
    expect(findings).toEqual([]);
  });

  test("X-LivePerson-* in any case collides with LivePerson's own headers: a warning at the name; the repeat is still an error", async () => {
    const findings = await checkText(
      webhooks(
        '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "X-LivePerson-Account-Id", "header_value": "1" },',
        '        { "header_name": "x-liveperson-signature", "header_value": "2" },',
        '        { "header_name": "X-LIVEPERSON-SIGNATURE", "header_value": "3" }',
        '      ] }',
      ),
    );
    expect(findings.map(where)).toEqual(['header-name warning 6:26-6:51', 'header-name warning 7:26-7:50', 'header-name error 8:26-8:50', 'header-name warning 8:26-8:50']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_name');
    expect(findings[0]!.message).toBe(
      'header_name "X-LivePerson-Account-Id" of headers[0] of ms.MessagingEventNotification.ContentEvent starts with "X-LivePerson-": LivePerson sends its own X-LivePerson-* headers with every notification (account id, client id, signature), so this one collides with them; use a prefix of your own',
    );
    expect(findings[2]!.message).toBe(
      'header_name "X-LIVEPERSON-SIGNATURE" is repeated in the headers of ms.MessagingEventNotification.ContentEvent (first at headers[1]; header names are case-insensitive)',
    );
  });

  test('X-LivePerson-* with a severity override: header-name=error makes the warning an error too', async () => {
    const text = webhooks(
      '      "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a", "headers": [',
      '        { "header_name": "X-LivePerson-Client-Id", "header_value": "1" }',
      '      ] }',
    );
    expect((await checkText(text, { severities: new Map([['header-name', 'error']]) })).map(where)).toEqual(['header-name error 6:26-6:50']);
  });

  test('near misses: X-LivePerson without the dash, LivePerson- without X-, X-LivePersonal', async () => {
    const findings = await checkText(
      webhooks(
        '      "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "X-LivePerson", "header_value": "1" },',
        '        { "header_name": "LivePerson-Account", "header_value": "2" },',
        '        { "header_name": "X-LivePersonal-Id", "header_value": "3" },',
        '        { "header_name": "X-My-LivePerson-Id", "header_value": "4" }',
        '      ] }',
      ),
    );
    expect(findings).toEqual([]);
  });

  test('wrongly typed names and headers are left to the schema', async () => {
    const findings = await checkText(
      webhooks('      "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a", "headers": [', '        { "header_name": 5, "header_value": "x" }, "X-Foo"', '      ] }'),
    );
    expect(findings.map((f) => f.rule)).toEqual(['type', 'type']);
  });

  test('a name with another character outside the token set: said so, not ":"', async () => {
    const findings = await checkText(
      webhooks('      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [{ "header_name": "X(Y", "header_value": "1" }] }'),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'the header_name of headers[0] of ms.MessagingEventNotification.ContentEvent contains a character not allowed in an HTTP field name; use letters, digits and !#$%&\'*+-.^_`|~ only (RFC 9110), e.g. "X-My-Header"',
    ]);
  });

  test('a repeat in a webhook with no other finding: exactly one finding, at the repeat', async () => {
    const findings = await checkText(
      webhooks(
        '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
        '        { "header_name": "X-Foo", "header_value": "1" },',
        '        { "header_name": "X-FOO", "header_value": "2" }',
        '      ] }',
      ),
    );
    expect(findings.map(where)).toEqual(['header-name error 7:26-7:33']);
  });
});
