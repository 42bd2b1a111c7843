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
});
