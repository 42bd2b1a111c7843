// placeholder: <...>, {...}, ${...} or YOUR_... in any string field the manifest defines, or an
// http(s) URL host with no dot (loopback hosts aside).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

describe('placeholder', () => {
  test('placeholders in names, entry_uri and a webhook endpoint: one warning per value, at the value', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "<app name>",',
        '  "display_name": "My {PRODUCT} app",',
        '  "entry_uri": "https://{YOUR_APPLICATION_DOMAIN}/appentry",',
        '  "capabilities": {',
        '    "webhooks": {',
        '      "cqm.ExConversationChangeNotification": { "endpoint": "https://your/webhooks/endpoint" }',
        '    }',
        '  }',
        '}',
      ),
    );
    expect(findings.map(where)).toEqual(['placeholder warning 2:18-2:30', 'placeholder warning 3:19-3:37', 'placeholder warning 4:16-4:60', 'placeholder warning 7:61-7:93']);
    expect(findings[0]!.message).toBe('client_name contains the placeholder "<app name>"; replace it with the real value');
    expect(findings[1]!.message).toBe('display_name contains the placeholder "{PRODUCT}"; replace it with the real value');
    expect(findings[2]!.message).toBe('entry_uri contains the placeholder "{YOUR_APPLICATION_DOMAIN}"; replace it with the real value');
    expect(findings[3]!.message).toBe('the endpoint of cqm.ExConversationChangeNotification has the host "your", which has no dot: a template placeholder? Use the real host name');
    expect(findings[3]!.pointer).toBe('/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint');
  });

  test('a localized client_name#tag is a name too', async () => {
    const findings = await checkText(lines('{', '  "client_name#fr": "Mon app {NOM}",', '  "client_name": "My app"', '}'));
    expect(findings.map(where)).toEqual(['placeholder warning 2:21-2:36']);
  });

  test('an http:// redirect with placeholders: placeholder and insecure-url on the same value', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "redirect_uris": ["http://{YOUR_APPLICATION_DOMAIN}/{CALLBACK_PATH}"]', '}'));
    expect(findings.map(where)).toEqual(['insecure-url warning 3:21-3:71', 'placeholder warning 3:21-3:71']);
  });

  test('near misses: dotted hosts with template-like paths, custom schemes, IPv6, parentheses, prose with < and {', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "My app (beta)",',
        '  "description": "Answers in < 2 minutes; costs { nothing } extra; your_name stays, MY_YOUR_X too",',
        '  "redirect_uris": ["https://hooks.example.com/your/webhooks/endpoint", "myapp://callback", "https://[::1]:8443/cb"],',
        '  "entry_uri": "https://app.example.com/start",',
        '  "logo_uri": "/img/logo.png"',
        '}',
      ),
    );
    expect(findings).toEqual([]);
  });

  test('wrongly typed names are skipped', async () => {
    const findings = await checkText(lines('{', '  "client_name": ["<x>"]', '}'));
    expect(findings.map((f) => f.rule)).toEqual(['type']);
  });

  // The class, in every string field the schema defines: each placeholder form, as the whole value.
  const FORMS = ['<API Scopes>', '{APP_NAME}', '${APP_NAME}', 'YOUR_APP_NAME'];
  /** [field, manifest text with the value in it (JSON-escaped), the other rules expected at the value]. */
  const FIELDS: [string, (v: string) => string, string[]][] = [
    ['client_name', (v) => `{"client_name": ${v}}`, []],
    ['client_name#fr', (v) => `{"client_name": "a", "client_name#fr": ${v}}`, []],
    ['display_name', (v) => `{"client_name": "a", "display_name": ${v}}`, []],
    ['description', (v) => `{"client_name": "a", "description": ${v}}`, []],
    ['scope', (v) => `{"client_name": "a", "scope": ${v}}`, []],
    ['redirect_uris[0]', (v) => `{"client_name": "a", "redirect_uris": [${v}]}`, []],
    ['entry_uri', (v) => `{"client_name": "a", "entry_uri": ${v}}`, []],
    ['logo_uri', (v) => `{"client_name": "a", "logo_uri": ${v}}`, []],
    ['the endpoint of ms.MessagingEventNotification.ContentEvent', (v) => `{"client_name": "a", "capabilities": {"webhooks": {"ms.MessagingEventNotification.ContentEvent": {"endpoint": ${v}}}}}`, []],
    ['grant_types[0]', (v) => `{"client_name": "a", "grant_types": [${v}]}`, ['enum']],
    ['response_types[0]', (v) => `{"client_name": "a", "response_types": [${v}]}`, ['enum']],
  ];

  test.each(FIELDS.flatMap(([field, text, others]) => FORMS.map((form) => [field, form, text, others] as const)))(
    '%s = %j: one placeholder warning at the value',
    async (field, form, text, others) => {
      const value = JSON.stringify(form);
      const manifest = text(value);
      const start = manifest.indexOf(value, manifest.indexOf(':') + 1);
      const range = `1:${start + 1}-1:${start + 1 + value.length}`;
      const findings = await checkText(manifest);
      expect(findings.map(where).sort()).toEqual([`placeholder warning ${range}`, ...others.map((r) => `${r} error ${range}`)].sort());
      expect(findings.find((f) => f.rule === 'placeholder')!.message).toBe(`${field} contains the placeholder ${JSON.stringify(form)}; replace it with the real value`);
    },
  );

  test('inside a value: in a URL host or path, a header name, an engagement field', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "redirect_uris": ["https://${HOST}/callback", "https://app.example.com/<path>"],',
        '  "capabilities": {',
        '    "webhooks": { "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://YOUR_HOST.example.com/hook", "headers": [{ "header_name": "X-{NAME}", "header_value": "${WEBHOOK_TOKEN}" }] } },',
        '    "engagement": { "design_engagement": true, "design_window": true, "language_selection": true, "entry_point": ["<entry point>"], "visitor_behavior": ["<behavior>"], "target_audience": ["all"], "goal": ["url"], "consumer_identity": ["auth"] }',
        '  }',
        '}',
      ),
    );
    expect(findings.filter((f) => f.rule === 'placeholder').map((f) => `${where(f)} ${f.message}`)).toEqual([
      'placeholder warning 3:21-3:47 redirect_uris[0] contains the placeholder "${HOST}"; replace it with the real value',
      'placeholder warning 3:49-3:81 redirect_uris[1] contains the placeholder "<path>"; replace it with the real value',
      'placeholder warning 5:79-5:115 the endpoint of ms.MessagingEventNotification.ContentEvent contains the placeholder "YOUR_HOST"; replace it with the real value',
      'placeholder warning 5:146-5:156 the header_name of headers[0] of ms.MessagingEventNotification.ContentEvent contains the placeholder "{NAME}"; replace it with the real value',
      "placeholder warning 5:174-5:192 the header_value of headers[0] of ms.MessagingEventNotification.ContentEvent contains a template placeholder; LivePerson sends it as written, so fill it in when you deploy (a credential belongs in your deployment's secrets, not in the repository)",
      'placeholder warning 6:115-6:130 entry_point[0] contains the placeholder "<entry point>"; replace it with the real value',
      'placeholder warning 6:154-6:166 visitor_behavior[0] contains the placeholder "<behavior>"; replace it with the real value',
    ]);
    // No format error for the URLs: the placeholder is the one finding for them. A header_value is never quoted.
    expect(findings.filter((f) => f.rule === 'format')).toEqual([]);
    expect(findings.map((f) => f.message).join('\n')).not.toContain('WEBHOOK_TOKEN');
  });

  test('an http:// endpoint with a placeholder: its scheme is wrong whatever the placeholder is, so the format error stays', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"ms.MessagingEventNotification.ContentEvent": {"endpoint": "http://{HOST}/hook"}}}}');
    expect(findings.map(where)).toEqual(['format error 1:111-1:131', 'placeholder warning 1:111-1:131']);
  });

  test('loopback hosts are a developer machine, never a placeholder, in every URL field', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "redirect_uris": ["http://localhost:3000/callback", "https://localhost/cb", "http://app.localhost/cb", "http://127.0.0.1:8080/cb", "http://[::1]/cb", "http://localhost./cb"],',
        '  "entry_uri": "https://localhost:8443/",',
        '  "logo_uri": "https://localhost/logo.png",',
        '  "capabilities": { "webhooks": { "ms.MessagingEventNotification.ContentEvent": { "endpoint": "https://localhost/hook" } } }',
        '}',
      ),
    );
    expect(findings.map((f) => f.rule)).toEqual(['unreachable-endpoint']);
  });

  test('near miss of loopback: another host without a dot is still a placeholder', async () => {
    const findings = await checkText('{"client_name": "a", "redirect_uris": ["https://localhostx/cb", "https://my-host/cb"]}');
    expect(findings.map(where)).toEqual(['placeholder warning 1:40-1:63', 'placeholder warning 1:65-1:85']);
  });
});
