// secret-in-header: a webhook header_value that looks like a credential (warning at the value,
// never quoted).
import { describe, expect, test } from '@jest/globals';
import { classChanges, credentialReason, looksRandom } from '../../src/semantic/secret-in-header.js';
import { checkText, lines, where } from '../support/workspace.js';

function headers(...items: string[]): string {
  return lines(
    '{',
    '  "client_name": "a",',
    '  "capabilities": {',
    '    "webhooks": {',
    '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
    ...items,
    '      ] }',
    '    }',
    '  }',
    '}',
  );
}

describe('secret-in-header', () => {
  test('a Bearer token, a Basic credential, a value under an API-key name and a random token', async () => {
    const findings = await checkText(
      headers(
        '        { "header_name": "Authorization", "header_value": "Bearer abc.def.ghi" },',
        '        { "header_name": "X-Custom", "header_value": "basic dXNlcjpwYXNz" },',
        '        { "header_name": "X-Api-Key", "header_value": "short" },',
        '        { "header_name": "X-Forward", "header_value": "sk_live_51HqLyjWDarjtT1zdp7dcXYZ" }',
      ),
    );
    expect(findings.map(where)).toEqual(['secret-in-header warning 6:59-6:79', 'secret-in-header warning 7:54-7:74', 'secret-in-header warning 8:55-8:62', 'secret-in-header warning 9:55-9:89']);
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value');
    expect(findings[0]!.message).toContain('"Bearer" authorization scheme');
    expect(findings[1]!.message).toContain('"Basic" authorization scheme');
    expect(findings[2]!.message).toContain('header name "X-Api-Key"');
    expect(findings[3]!.message).toContain('long random token');
    const messages = findings.map((f) => f.message).join('\n');
    for (const value of ['abc.def.ghi', 'dXNlcjpwYXNz', 'short', 'sk_live_51HqLyjWDarjtT1zdp7dcXYZ']) expect(messages).not.toContain(value);
  });

  test('near misses: the sample NAME/VALUE, content types, placeholders, long words, UUID correlation ids', async () => {
    const findings = await checkText(
      headers(
        '        { "header_name": "NAME", "header_value": "VALUE" },',
        '        { "header_name": "Content-Type", "header_value": "application/json;charset=utf-8" },',
        '        { "header_name": "Authorization", "header_value": "${WEBHOOK_TOKEN}" },',
        '        { "header_name": "X-Proxy", "header_value": "Bearer {TOKEN}" },',
        '        { "header_name": "X-Token", "header_value": "" },',
        '        { "header_name": "X-Source", "header_value": "liveperson-webhooks-production-2024" },',
        '        { "header_name": "X-Tenant", "header_value": "MyCompanyWebhookHeader2024" },',
        '        { "header_name": "X-Request-Id", "header_value": "123e4567-e89b-12d3-a456-426614174000" }',
      ),
    );
    // (The two placeholders are the placeholder rule's warnings, not credentials.)
    expect(findings.filter((f) => f.rule !== 'placeholder')).toEqual([]);
  });

  test("a header_value of the wrong type is the schema's type error only", async () => {
    const findings = await checkText(headers('        { "header_name": "Authorization", "header_value": ["Bearer abc"] }'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });

  test('"auth" is a credential-like name as a word of the header name, not inside another word', async () => {
    const findings = await checkText(
      headers(
        '        { "header_name": "X-Auth", "header_value": "plain" },',
        '        { "header_name": "auth_key", "header_value": "plain" },',
        '        { "header_name": "X-Author", "header_value": "Jane Doe" },',
        '        { "header_name": "X-OAuth-Provider", "header_value": "google" }',
      ),
    );
    expect(findings.map(where)).toEqual(['secret-in-header warning 6:52-6:59', 'secret-in-header warning 7:54-7:61']);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('header name "X-Auth"'), expect.stringContaining('header name "auth_key"')]);
  });
});

// The thresholds of looksRandom, each at its exact boundary (found by mutation testing: the only
// tokens tested were far from every threshold).
describe('looksRandom at its thresholds', () => {
  test('classChanges: lower case, upper case, digits and everything else, at the ends of each range', () => {
    expect(classChanges('')).toBe(0);
    expect(classChanges('a')).toBe(0);
    expect(classChanges('azAZ09+/')).toBe(3);
    expect(classChanges('/a/Z/0/')).toBe(6);
    expect(classChanges('Ba/')).toBe(2);
    expect(classChanges('0189')).toBe(0);
    expect(classChanges('_A')).toBe(1); // "_" sorts between "Z" and "a": other
    expect(classChanges('@1')).toBe(1); // "@" sorts between "9" and "A": other
    expect(classChanges('~a')).toBe(1); // "~" sorts after "z": other
  });

  test.each([
    // [token, expected, why]
    ['aB1cD2eF3gH4iJ5k', true, '16 characters, mixed case and digits, entropy 4'],
    ['aB1cD2eF3gH4iJ5', false, '15 characters: too short'],
    ['id aB1cD2eF3gH4iJ5k', false, 'white space: prose, not a token'],
    ['aB1cD2eFaB1c3gH4', true, 'entropy exactly 3.5 (8 characters once, 4 twice)'],
    ['aB1aB1aB1aB1aB1aB1', false, 'mixed and changing class, but entropy 1.58'],
    ['abcDEF123ghiJKL456mnO', true, 'mixing exactly 0.35 (7 changes in 20 steps)'],
    ['abcDEF123ghiJKL456mnOP', false, 'mixing 7/21, under 0.35'],
    ['g0h1i2j3k4l5m6n7g0h1i2j3k4l5m6n7', true, 'single case and digits, 32 characters, entropy exactly 4'],
    ['ghijk01lmnop23qrstu45vwxy6789', true, 'single case and digits, mixing exactly 0.25 (7 changes in 28 steps)'],
    ['ghijk01lmnop23qrstu45vwxyz6789', false, 'mixing 7/29, under 0.25'],
    [`zzzz${'a1'.repeat(14)}`, false, '32 characters ending in hex digits, not all hex'],
    [`${'a1'.repeat(14)}zzzz`, false, '32 characters starting with hex digits, not all hex'],
    ['a1'.repeat(16), true, '32 hex digits'],
  ])('%s: %s (%s)', (token, expected) => {
    expect(looksRandom(token)).toBe(expected);
  });
});

describe('credentialReason', () => {
  test.each([
    ['X-Trace', ' Bearer abc ', 'it starts with the "Bearer" authorization scheme'],
    ['X-Trace', 'Bearer   ${TOKEN}', undefined],
    ['X-Trace', 'hello', undefined],
    ['X-Token', 'hello', 'the header name "X-Token" carries credentials'],
    ['Authorization: x', 'hello', 'the header name suggests credentials'],
    [7, 'hello', undefined],
  ])('%j = %j: %j', (name, value, expected) => {
    expect(credentialReason(name, value)).toBe(expected);
  });
});
