// oauth-flow: authorization_code needs redirect_uris (error), no #fragment in a redirect URI (error),
// refresh_token needs authorization_code (warning).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

describe('oauth-flow', () => {
  test('authorization_code without redirect_uris: error at the "authorization_code" item', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code"]', '}'));
    expect(findings.map(where)).toEqual(['oauth-flow error 3:19-3:39']);
    expect(findings[0]!.pointer).toBe('/grant_types/0');
    expect(findings[0]!.message).toMatch(/authorization_code.*redirect_uris/);
  });

  test('authorization_code with an empty redirect_uris: error at the empty array', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code", "refresh_token"],', '  "redirect_uris": []', '}'));
    expect(findings.map(where)).toEqual(['oauth-flow error 4:20-4:22']);
    expect(findings[0]!.pointer).toBe('/redirect_uris');
  });

  test('redirect_uris of only blank strings counts as none', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code"],', '  "redirect_uris": ["", " "]', '}'));
    expect(findings.filter((f) => f.rule === 'oauth-flow').map(where)).toEqual(['oauth-flow error 4:20-4:29']);
  });

  test('a redirect URI with a #fragment: error at that URI (RFC 6749 §3.1.2)', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "redirect_uris": ["https://a.example.com/cb", "https://a.example.com/cb#done"]', '}'));
    expect(findings.map(where)).toEqual(['oauth-flow error 3:49-3:80']);
    expect(findings[0]!.pointer).toBe('/redirect_uris/1');
    expect(findings[0]!.message).toContain('#fragment');
  });

  test('refresh_token without authorization_code: warning at the "refresh_token" item', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["client_credentials", "refresh_token"]', '}'));
    expect(findings.map(where)).toEqual(['oauth-flow warning 3:41-3:56']);
    expect(findings[0]!.message).toMatch(/refresh_token.*authorization_code/);
  });

  test('near misses: a complete authorization code flow, client_credentials alone, a query string', async () => {
    expect(await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code", "refresh_token"],', '  "redirect_uris": ["https://a.example.com/cb?state=1"]', '}'))).toEqual(
      [],
    );
    expect(await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["client_credentials"]', '}'))).toEqual([]);
  });

  test('wrongly typed values are left to the schema', async () => {
    const a = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": "authorization_code"', '}'));
    expect(a.map((f) => f.rule)).toEqual(['type']);
    const b = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code"],', '  "redirect_uris": "https://a.example.com/cb"', '}'));
    expect(b.map((f) => f.rule)).toEqual(['type']);
    const c = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorization_code"],', '  "redirect_uris": [42, "https://a.example.com/cb"]', '}'));
    expect(c.map((f) => f.rule)).toEqual(['type']);
  });
});
