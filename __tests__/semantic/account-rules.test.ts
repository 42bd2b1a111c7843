// unknown-profile and drift: the account checks, fed plain values (no network), and the lists of
// apps installed but not in the repository / manifests not yet installed.
import { describe, expect, test } from '@jest/globals';
import { accountView, compareWithInstalled, profileLabel, profileListing, type AccountFacts } from '../../src/semantic/account-facts.js';
import { checkFiles, checkText, lines, where } from '../support/workspace.js';

const PROFILES = [
  { id: 2338395712, name: 'Agent Manager', roleTypeId: 3 },
  { id: 42, name: 'Agent', roleTypeId: 2 },
  { id: 50, name: 'Old team', deleted: true },
];
const view = (facts: Partial<AccountFacts> = {}) => accountView({ account: '12345678', profiles: PROFILES, ...facts });

describe('unknown-profile', () => {
  test('an id the account does not have and a deleted one: an error at each id, listing the profiles with names', async () => {
    const text = lines('{', '  "client_name": "a",', '  "enabled_for_profiles": [42, 77, 50, 2338395712]', '}');
    const findings = await checkText(text, { account: view() });
    expect(findings.map(where)).toEqual(['unknown-profile error 3:32-3:34', 'unknown-profile error 3:36-3:38']);
    expect(findings.map((f) => f.message)).toEqual([
      "profile 77 is not a profile of account 12345678: no user sees the app in QuickLaunch through it; the account's profiles: 42 (Agent), 2338395712 (Agent Manager)",
      "profile 50 (Old team) is deleted in account 12345678: no user sees the app in QuickLaunch through it; the account's profiles: 42 (Agent), 2338395712 (Agent Manager)",
    ]);
    expect(findings.map((f) => f.pointer)).toEqual(['/enabled_for_profiles/1', '/enabled_for_profiles/2']);
  });

  test('no account, or the profiles not read: no check; values of the wrong type are left to the schema', async () => {
    const text = lines('{', '  "client_name": "a",', '  "enabled_for_profiles": [77]', '}');
    expect(await checkText(text)).toEqual([]);
    expect(await checkText(text, { account: accountView({ account: '1' }) })).toEqual([]);
    const odd = await checkText(lines('{', '  "client_name": "a",', '  "enabled_for_profiles": ["77", 0, 1.5]', '}'), { account: view() });
    expect(odd.filter((f) => f.rule === 'unknown-profile')).toEqual([]);
  });

  test('the listing stops at 20 profiles; names are inert (invisible characters escaped, shortened)', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, name: `P${i + 1}` }));
    expect(profileListing(accountView({ account: '1', profiles: many }))).toBe(
      `${many
        .slice(0, 20)
        .map((p) => `${p.id} (${p.name})`)
        .join(', ')} and 5 more`,
    );
    const odd = accountView({ account: '1', profiles: [{ id: 9, name: `a\n::error::x\u202e${'b'.repeat(100)}` }] });
    expect(profileLabel(9, odd)).toBe(`9 (a\\n::error::x\\u202e${'b'.repeat(47)}…)`);
    expect(profileLabel(10, odd)).toBe('10');
    expect(profileListing(accountView({ account: '1', profiles: [] }))).toBe('the account has no profiles');
  });
});

const MANIFEST = lines(
  '{',
  '  "client_name": "Bot",',
  '  "display_name": "New name",',
  '  "enabled_for_profiles": [42, 2338395712],',
  '  "scope": "msg.consumer",',
  '  "capabilities": {',
  '    "webhooks": {',
  '      "ms.MessagingEventNotification.ContentEvent": {',
  '        "endpoint": "https://hooks.example.com/content",',
  '        "headers": [{"header_name": "X-Team", "header_value": "alpha-one"}]',
  '      }',
  '    }',
  '  }',
  '}',
);
const INSTALLED = {
  id: 'inst-1',
  client_id: 'cid',
  client_secret: 'installed-client-secret',
  client_name: 'Bot',
  display_name: 'Old name',
  enabled: true,
  enabled_for_profiles: [2338395712, 42],
  scope: 'msg.consumer',
  capabilities: {
    webhooks: {
      retry: { retention_time: 3600 },
      'ms.MessagingEventNotification.ContentEvent': {
        endpoint: 'https://hooks.example.com/content',
        headers: [{ header_name: 'x-team', header_value: 'beta-two' }],
      },
      'cqm.ExConversationChangeNotification': { endpoint: 'https://hooks.example.com/cqm' },
    },
    broadcast: {},
  },
};

describe('drift', () => {
  test('each differing field is one warning at the value; header values compared, never shown; server fields ignored', async () => {
    const findings = await checkText(MANIFEST, { account: view({ installations: [INSTALLED] }) });
    expect(findings.map(where)).toEqual(['drift warning 3:19-3:29', 'drift warning 7:5-7:15', 'drift warning 10:63-10:74']);
    expect(findings.map((f) => f.message)).toEqual([
      'display_name: installed: "Old name"; this file: "New name"',
      'webhook cqm.ExConversationChangeNotification: installed: endpoint "https://hooks.example.com/cqm"; this file: none',
      'header "X-Team" of ms.MessagingEventNotification.ContentEvent: the installed value differs (neither value is shown)',
    ]);
    const all = JSON.stringify(findings);
    expect(all).not.toMatch(/alpha|beta/);
    expect(all).not.toContain('installed-client-secret');
  });

  test('the same app: no finding (lists as sets, defaults for fields left out)', async () => {
    const same = {
      ...INSTALLED,
      display_name: 'New name',
      capabilities: { webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://hooks.example.com/content', headers: [{ header_name: 'X-Team', header_value: 'alpha-one' }] } } },
    };
    expect(await checkText(MANIFEST, { account: view({ installations: [same] }) })).toEqual([]);
  });

  test('a field set only installed: at the document brace; a webhook only in the file: at its key', async () => {
    const text = lines('{', '  "client_name": "Bot",', '  "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com/x"}}}', '}');
    const findings = await checkText(text, { account: view({ installations: [{ client_name: 'Bot', description: 'Installed text', enabled: false }] }) });
    expect(findings.map(where)).toEqual(['drift warning 1:1-1:2', 'drift warning 1:1-1:2', 'drift warning 3:33-3:71']);
    expect(findings.map((f) => f.message)).toEqual([
      'description: installed: "Installed text"; this file: not set',
      'enabled: installed: false; this file: not set',
      'webhook cqm.ExConversationChangeNotification: installed: none; this file: endpoint "https://a.example.com/x"',
    ]);
  });

  test('an installed value nested 100,000 deep is compared without overflowing the stack', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const text = lines('{', '  "client_name": "Bot",', '  "capabilities": {"engagement": {"design_engagement": true}}', '}');
    const all = await checkText(text, { account: view({ installations: [{ client_name: 'Bot', capabilities: { engagement: deep } }] }) });
    const findings = all.filter((f) => f.rule === 'drift'); // (the schema's required findings aside)
    expect(findings.map(where)).toEqual(['drift warning 3:34-3:61']);
    expect(findings[0]!.message).toMatch(/^capabilities\.engagement: installed: \{"a":\{"a":.*…; this file: \{"design_engagement":true\}$/);
  });

  test('two installed apps of one name: one warning naming their ids, nothing compared', async () => {
    const findings = await checkText(MANIFEST, { account: view({ installations: [INSTALLED, { ...INSTALLED, id: 'inst-2' }] }) });
    expect(findings.map(where)).toEqual(['drift warning 2:18-2:23']);
    expect(findings[0]!.message).toBe(
      '2 installed apps are named "Bot" (ids "inst-1", "inst-2"): which one this file is cannot be told, so none is compared; LivePerson requires client_name to be unique',
    );
  });

  test('installed but not in the repository, and not yet installed, are listed (deleted installations ignored)', async () => {
    const account = view({ installations: [INSTALLED, { id: 'x9', client_name: 'Elsewhere' }, { id: 'gone', client_name: 'New app', deleted: true }] });
    const results = await checkFiles({ 'a.json': MANIFEST, 'b.json': '{"client_name": "New app"}\n' }, { account });
    expect(results.map((r) => r.findings.length)).toEqual([3, 0]);
    expect(compareWithInstalled(account)).toEqual({ installedNotInRepository: [{ clientName: 'Elsewhere', id: 'x9' }], notYetInstalled: [{ path: 'b.json', clientName: 'New app' }] });
    expect(compareWithInstalled(view())).toBeUndefined();
  });
});
