// server-field: top-level fields LivePerson sets itself; error at the key, the value never quoted.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

describe('server-field', () => {
  test('an exported API response: one error per server field, at the key', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "client_id": "0f3c2a",', '  "client_secret": "very-secret-value",', '  "deleted": false,', '  "id": 12', '}'));
    expect(findings.map(where)).toEqual(['server-field error 3:3-3:14', 'server-field error 4:3-4:18', 'server-field error 5:3-5:12', 'server-field error 6:3-6:7']);
    expect(findings.map((f) => f.pointer)).toEqual(['/client_id', '/client_secret', '/deleted', '/id']);
    expect(findings[1]!.message).toContain('rotate the secret');
    expect(findings.map((f) => f.message).join('\n')).not.toContain('very-secret-value');
  });

  test('the timestamps too, whatever their type', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "client_id_issued_at": "yesterday",', '  "client_secret_expires_at": 0', '}'));
    expect(findings.map(where)).toEqual(['server-field error 3:3-3:24', 'server-field error 4:3-4:29']);
  });

  test('near misses: a similar top-level key and a nested "id" are unknown properties, not server fields', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "client_ids": [],', '  "capabilities": { "id": 1 }', '}'));
    expect(findings.map((f) => f.rule)).toEqual(['unknown-property', 'unknown-property']);
  });

  test('an exported installation: installation_type and is_internal are server fields too, at the key, with a suggestion to remove them', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "installation_type": "PRIVATE",', '  "is_internal": false', '}'));
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      'server-field error 3:3-3:22 "installation_type" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it',
      'server-field error 4:3-4:16 "is_internal" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it',
    ]);
    expect(findings.map((f) => f.suggestion?.description)).toEqual(['remove "installation_type"', 'remove "is_internal"']);
  });
});
