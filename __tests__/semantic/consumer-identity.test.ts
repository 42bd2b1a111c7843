// consumer-identity: engagement.consumer_identity without "auth"; warning at the array.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

function manifest(consumerIdentity: string): string {
  return lines(
    '{',
    '  "client_name": "a",',
    '  "capabilities": {',
    '   "engagement": {',
    '    "design_engagement": false,',
    '    "design_window": false,',
    '    "language_selection": false,',
    '    "entry_point": ["section"],',
    '    "visitor_behavior": [], "target_audience": [],',
    `    "consumer_identity": ${consumerIdentity},`,
    '    "goal": []',
    '   }',
    '  }',
    '}',
  );
}

describe('consumer-identity', () => {
  test('["unauth"] lacks "auth": warning at the array', async () => {
    const findings = await checkText(manifest('["unauth"]'));
    expect(findings.map(where)).toEqual(['consumer-identity warning 10:26-10:36']);
    expect(findings[0]!.pointer).toBe('/capabilities/engagement/consumer_identity');
    expect(findings[0]!.message).toBe('consumer_identity lacks "auth"; the LivePerson page says it has to be set to "auth"');
  });

  test('an empty array lacks it too', async () => {
    const findings = await checkText(manifest('[]'));
    expect(findings.map(where)).toEqual(['consumer-identity warning 10:26-10:28']);
    expect(findings[0]!.message).toBe('consumer_identity is empty; the LivePerson page says it has to be set to "auth"');
  });

  test('near misses: auth with unauth, auth alone', async () => {
    expect(await checkText(manifest('["unauth", "auth"]'))).toEqual([]);
    expect(await checkText(manifest('["auth"]'))).toEqual([]);
  });

  test("a string instead of an array is the schema's type error only", async () => {
    const findings = await checkText(manifest('"unauth"'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });
});
