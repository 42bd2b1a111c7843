// placeholder: {...} or <...> in a URL field or a name, or an http(s) URL host with no dot.
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

  test('near misses: dotted hosts with template-like paths, custom schemes, IPv6, parentheses, description', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "My app (beta)",',
        '  "description": "Replace {X} later",',
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
});
