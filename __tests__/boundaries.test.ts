// The boundaries of issue 14, each with exact expectations through the source (no build): a key
// repeated three times names its FIRST line; secret-in-header's hex-token and single-case-token
// branches at and just below their thresholds; each invalid language tag with its exact finding;
// max_retries at and around its range.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from './support/workspace.js';

const full = (f: { rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; pointer: string }) =>
  `${where(f as never)} ${f.pointer} ${f.message}`;

describe('duplicate-key', () => {
  test('three copies: each repeat names the line of the FIRST one, not of the previous repeat', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "scope": "msg.consumer",', '  "client_name": "b",', '  "client_name": "c"', '}'));
    expect(findings.map(full)).toEqual([
      'duplicate-key error 4:3-4:16 /client_name duplicate key "client_name" (first at line 2); JSON.parse keeps only the last one',
      'duplicate-key error 5:3-5:16 /client_name duplicate key "client_name" (first at line 2); JSON.parse keeps only the last one',
    ]);
  });

  test('three copies in a nested object', async () => {
    const findings = await checkText(
      lines(
        '{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {',
        '  "endpoint": "https://a.example.com",',
        '  "endpoint": "https://b.example.com",',
        '  "endpoint": "https://c.example.com"}}}}',
      ),
    );
    const pointer = '/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint';
    expect(findings.map(full)).toEqual([
      `duplicate-key error 3:3-3:13 ${pointer} duplicate key "endpoint" (first at line 2); JSON.parse keeps only the last one`,
      `duplicate-key error 4:3-4:13 ${pointer} duplicate key "endpoint" (first at line 2); JSON.parse keeps only the last one`,
    ]);
  });
});

describe('secret-in-header: the hex-token and single-case-token branches', () => {
  // Header names that say nothing about credentials: only the value's shape can make a finding.
  function header(value: string): string {
    return lines(
      '{',
      '  "client_name": "a",',
      '  "capabilities": {',
      '    "webhooks": {',
      '      "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://hooks.example.com/a", "headers": [',
      `        { "header_name": "X-Checksum", "header_value": "${value}" }`,
      '      ] }',
      '    }',
      '  }',
      '}',
    );
  }
  const finding = (value: string) =>
    `secret-in-header warning 6:56-6:${58 + value.length} /capabilities/webhooks/ms.MessagingEventNotification.ContentEvent/headers/0/header_value the header_value of headers[0] of ms.MessagingEventNotification.ContentEvent looks like a credential (it looks like a long random token); do not commit credentials: inject them at deploy time, and rotate this one`;

  // 32 hex digits, entropy 3.39 bits: below the 4 of the single-case branch, so only the hex branch finds it.
  const HEX = 'd41d8cd98f00b204e9800998ecf8427e';
  // 24 lower-case letters and digits, alternating, entropy 4.42: only the single-case branch finds it.
  const SINGLE_CASE = 'q7x2m9k4p1z8w3n6r5t0y2b7';

  test.each([
    ['32 lower-case hex digits', HEX],
    ['32 upper-case hex digits', HEX.toUpperCase()],
    ['24 lower-case letters and digits', SINGLE_CASE],
    ['24 upper-case letters and digits', SINGLE_CASE.toUpperCase()],
  ])('%s: a warning at the value', async (_what, value) => {
    const findings = await checkText(header(value));
    expect(findings.map(full)).toEqual([finding(value)]);
    expect(findings[0]!.message).not.toContain(value);
  });

  test.each([
    ['31 hex digits', HEX.slice(0, 31)],
    ['32 hex letters, no digit', 'abcdefabcdefabcdefabcdefabcdefab'],
    ['32 digits, no letter', '01234567890123456789012345678901'],
    ['23 lower-case letters and digits', SINGLE_CASE.slice(0, 23)],
    ['24 letters and digits of low entropy', 'a1b2c3a1b2c3a1b2c3a1b2c3'],
    ['24 letters and digits that rarely change class', 'abcdefghijkl123456789012'],
    ['24 lower-case letters, no digit', 'qxmkpzwnrtybqxmkpzwnrtyb'],
  ])('%s: no finding', async (_what, value) => {
    expect(await checkText(header(value))).toEqual([]);
  });
});

describe('language-tag: each invalid tag, its exact finding at the key', () => {
  const suggestion = 'use a BCP 47 tag such as "client_name#fr" or "client_name#pt-BR"';
  test.each([
    ['fr-', 'is not a well-formed BCP 47 language tag'],
    ['e', 'is not a well-formed BCP 47 language tag'],
    ['english', 'is not a 2- or 3-letter ISO 639 language code'],
    ['12', 'is not a well-formed BCP 47 language tag'],
    ['de-1996-1996', 'is not a well-formed BCP 47 language tag'],
    ['fr CA', 'is not a well-formed BCP 47 language tag'],
    ['pt-BRR-', 'is not a well-formed BCP 47 language tag'],
    ['zh-yue-yue-yue-yue', 'is not a well-formed BCP 47 language tag'],
    ['en-abc-12', 'is not a well-formed BCP 47 language tag'],
    ['french-CA', 'starts with "french", which is not a 2- or 3-letter ISO 639 language code'],
  ])('client_name#%s', async (tag, problem) => {
    const key = `client_name#${tag}`;
    const findings = await checkText(lines('{', '  "client_name": "My app",', `  "${key}": "x"`, '}'));
    expect(findings.map(full)).toEqual([`language-tag error 3:3-3:${5 + key.length} /${key} the language tag ${JSON.stringify(tag)} ${problem}; ${suggestion}`]);
  });
});

describe('max_retries: 0 to 5', () => {
  const webhook = (value: string) =>
    lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "cqm.ExConversationChangeNotification": {', '    "endpoint": "https://a.example.com",', `    "max_retries": ${value}`, '}}}}');
  const pointer = '/capabilities/webhooks/cqm.ExConversationChangeNotification/max_retries';

  test.each(['0', '5'])('%s is allowed', async (value) => {
    expect(await checkText(webhook(value))).toEqual([]);
  });

  test.each(['-1', '6', '7'])('%s is a range error at the value', async (value) => {
    const findings = await checkText(webhook(value));
    expect(findings.map(full)).toEqual([`range error 4:20-4:${20 + value.length} ${pointer} max_retries of cqm.ExConversationChangeNotification is ${value}; it must be between 0 and 5`]);
  });
});
