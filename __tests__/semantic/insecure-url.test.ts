// insecure-url: http:// in redirect_uris, entry_uri or an absolute logo_uri (warning at the value).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

describe('insecure-url', () => {
  test('http:// in a redirect URI, entry_uri (any case) and logo_uri: one warning each, at the value', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "redirect_uris": ["https://a.example.com/cb", "http://a.example.com/cb"],',
        '  "entry_uri": "HTTP://app.example.com/start",',
        '  "logo_uri": "http://cdn.example.com/logo.png"',
        '}',
      ),
    );
    expect(findings.map(where)).toEqual(['insecure-url warning 3:49-3:74', 'insecure-url warning 4:16-4:46', 'insecure-url warning 5:15-5:48']);
    expect(findings.map((f) => f.pointer)).toEqual(['/redirect_uris/1', '/entry_uri', '/logo_uri']);
    expect(findings[0]!.message).toContain('https://');
  });

  test('near misses: https, a relative logo path containing "http", a custom scheme', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "redirect_uris": ["https://a.example.com/cb", "myapp://callback"],',
        '  "entry_uri": "https://app.example.com/start?next=http://x.example.com",',
        '  "logo_uri": "img/http-logo.png"',
        '}',
      ),
    );
    expect(findings).toEqual([]);
  });

  test("an http:// webhook endpoint is the schema's format error, not reported twice", async () => {
    const findings = await checkText(
      lines('{', '  "client_name": "a",', '  "capabilities": { "webhooks": {', '    "cqm.ExConversationChangeNotification": { "endpoint": "http://hooks.example.com/x" }', '  } }', '}'),
    );
    expect(findings.map((f) => f.rule)).toEqual(['format']);
  });

  test('wrongly typed values are skipped', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "entry_uri": ["http://app.example.com"]', '}'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });

  test('a plain-http loopback redirect URI is fine (RFC 8252 §7.3, §8.3), in every loopback spelling', async () => {
    const findings = await checkText(
      '{"client_name": "a", "grant_types": ["authorization_code"], "redirect_uris": ["http://localhost:3000/callback", "http://LOCALHOST/cb", "http://dev.localhost/cb", "http://127.0.0.1:8080/cb", "http://127.1.2.3/cb", "http://[::1]:3000/cb", "http://0x7f.1/cb"]}',
    );
    expect(findings).toEqual([]);
  });

  test('near misses of loopback: a private address and a name ending in "localhost" are not loopback', async () => {
    const findings = await checkText('{"client_name": "a", "redirect_uris": ["http://10.0.0.1/cb", "http://mylocalhost.example.com/cb", "http://localhost.example.com/cb"]}');
    expect(findings.map(where)).toEqual(['insecure-url warning 1:40-1:60', 'insecure-url warning 1:62-1:97', 'insecure-url warning 1:99-1:132']);
  });

  test('an http:// loopback entry_uri or logo_uri: a warning that says what it is (a development address)', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "entry_uri": "http://localhost:3000/",', '  "logo_uri": "http://127.0.0.1/logo.png"', '}'));
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      `insecure-url warning 3:16-3:40 entry_uri uses http:// on the loopback host "localhost": it works only on the developer's own machine; use the https:// address of the deployed app`,
      `insecure-url warning 4:15-4:42 logo_uri uses http:// on the loopback host "127.0.0.1": it works only on the developer's own machine; use the https:// address of the deployed app`,
    ]);
  });
});
