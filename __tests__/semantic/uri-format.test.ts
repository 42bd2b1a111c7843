// format on URL fields: a URL percent-encoded as a whole (`https%3A%2F%2F…`, copied from a query
// string) is a format error in every URL field, with the decoded URL as a suggestion; messages name
// the field, and for an endpoint its webhook.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

const MESSAGE = 'is a percent-encoded URL ("%3A%2F%2F" stands for "://"): write the URL itself, decoded';

describe('format: a whole percent-encoded URL', () => {
  test('in every URL field: an error at the value, the decoded URL as a suggestion', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "grant_types": ["authorization_code"],',
        '  "redirect_uris": ["https://app.example.com/ok", "https%3A%2F%2Fapp.example.com%2Fcallback%3Fx%3D1"],',
        '  "entry_uri": "HTTPS%3a%2f%2fapp.example.com%2Fstart",',
        '  "logo_uri": "https%3A%2F%2Fcdn.example.com%2Flogo.png",',
        '  "capabilities": { "webhooks": { "cqm.ExConversationChangeNotification": { "endpoint": "https%3A%2F%2Fhooks.example.com%2Fcqm" } } }',
        '}',
      ),
    );
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      `format error 4:51-4:101 redirect_uris[1] ${MESSAGE}`,
      `format error 5:16-5:55 entry_uri ${MESSAGE}`,
      `format error 6:15-6:57 logo_uri ${MESSAGE}`,
      `format error 7:89-7:128 endpoint of cqm.ExConversationChangeNotification ${MESSAGE}`,
    ]);
    expect(findings.map((f) => f.fix)).toEqual([undefined, undefined, undefined, undefined]);
    expect(findings.map((f) => f.suggestion!.edits.map((e) => e.text))).toEqual([
      ['"https://app.example.com/callback?x=1"'],
      ['"HTTPS://app.example.com/start"'],
      ['"https://cdn.example.com/logo.png"'],
      ['"https://hooks.example.com/cqm"'],
    ]);
    expect(findings[0]!.suggestion!.description).toBe('replace "https%3A%2F%2Fapp.example.com%2Fcallback%3Fx%3D1" with "https://app.example.com/callback?x=1"');
  });

  test('near misses: an encoded URL in a query string, a stray %, a value that decodes to no URL', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "redirect_uris": ["https://app.example.com/cb?next=https%3A%2F%2Fother.example.com"],',
        '  "logo_uri": "img%3A%2F%2F%ZZ.png",',
        '  "entry_uri": "https%3A%2F%2F"',
        '}',
      ),
    );
    // The stray % is no URL at all: a path as far as logo_uri goes (WHATWG keeps it). "https://" alone is not absolute.
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual(['format error 5:16-5:32 entry_uri is not an absolute URL']);
  });
});

describe('format: messages name the field and the webhook', () => {
  test('an https:// endpoint that is not a URL, under each of two webhooks', async () => {
    const findings = await checkText(
      '{"client_name": "a", "capabilities": {"webhooks": {"ms.MessagingEventNotification.ContentEvent": {"endpoint": "https://exa mple.com"}, "ms.MessagingEventNotification.ChatStateEvnt": {"endpoint": "https://[x]/"}}}}',
    );
    expect(findings.filter((f) => f.rule === 'format').map((f) => f.message)).toEqual([
      'the endpoint of ms.MessagingEventNotification.ContentEvent is not a valid absolute https:// URL',
      'the endpoint of "ms.MessagingEventNotification.ChatStateEvnt" is not a valid absolute https:// URL',
    ]);
  });

  test('a redirect URI, entry_uri and logo_uri that are not URLs', async () => {
    const findings = await checkText('{"client_name": "a", "redirect_uris": ["/callback"], "entry_uri": "app.example.com", "logo_uri": "https://[x]/l.png"}');
    expect(findings.map((f) => f.message)).toEqual(['redirect_uris[0] is not an absolute URL', 'entry_uri is not an absolute URL', 'logo_uri is not a URL or a path']);
  });
});
