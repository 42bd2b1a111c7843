// Every semantic rule tolerates values of the wrong type (the schema reports those): for each place
// a rule reads, and each kind of JSON value, no rule throws and every finding is well formed.
import { afterAll, describe, expect, test } from '@jest/globals';
import { LIST_ALL } from '../../src/engine/finding-budget.js';
import { MANIFEST_CHECKS } from '../../src/semantic/index.js';
import type { ManifestContext } from '../../src/semantic/manifest-check.js';
import { RULE_IDS } from '../../src/rules/catalogue.js';
import { tempWorkspace } from '../support/workspace.js';

const VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  ' ',
  'x',
  'http://',
  'https://',
  '{',
  '<>',
  '.',
  '/',
  '../../../../etc/passwd',
  'client_name#',
  [],
  [null],
  [1, 'a', {}, [], true],
  ['authorization_code', 'refresh_token'],
  {},
  JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}'),
];

/** Where rules read, as a function that puts a value there in an otherwise sensible manifest. */
const PLACES: Record<string, (v: unknown) => Record<string, unknown>> = {
  ...Object.fromEntries(
    [
      'client_name',
      'client_name#fr',
      'display_name',
      'grant_types',
      'redirect_uris',
      'scope',
      'logo_uri',
      'capabilities',
      'enabled',
      'quick_launch_enabled',
      'entry_uri',
      'enabled_for_profiles',
      'client_secret',
      'id',
    ].map((k) => [k, (v: unknown) => ({ client_name: 'a', quick_launch_enabled: true, grant_types: ['authorization_code'], [k]: v })]),
  ),
  webhooks: (v) => ({ client_name: 'a', capabilities: { webhooks: v } }),
  retry: (v) => ({ client_name: 'a', capabilities: { webhooks: { retry: v, 'cqm.ExConversationChangeNotification': { endpoint: 'https://a.example.com', max_retries: 1 } } } }),
  retention_time: (v) => ({
    client_name: 'a',
    capabilities: { webhooks: { retry: { retention_time: v }, 'cqm.ExConversationChangeNotification': { endpoint: 'https://a.example.com', max_retries: 1 } } },
  }),
  webhook: (v) => ({ client_name: 'a', capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': v } } }),
  endpoint: (v) => ({ client_name: 'a', capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: v } } } }),
  headers: (v) => ({ client_name: 'a', capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'https://a.example.com', headers: v } } } }),
  header: (v) => ({ client_name: 'a', capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'https://a.example.com', headers: [v, v] } } } }),
  header_name: (v) => ({
    client_name: 'a',
    capabilities: { webhooks: { 'cqm.ExConversationChangeNotification': { endpoint: 'https://a.example.com', headers: [{ header_name: v, header_value: v }] } } },
  }),
  engagement: (v) => ({ client_name: 'a', capabilities: { engagement: v } }),
  consumer_identity: (v) => ({ client_name: 'a', capabilities: { engagement: { consumer_identity: v } } }),
};

const ws = tempWorkspace();
afterAll(() => ws.cleanup());

describe('semantic rules never throw on wrongly typed values', () => {
  test.each(Object.keys(PLACES))('%s', async (place) => {
    for (const value of VALUES) {
      for (const options of [
        { profiles: [], requireQuickLaunch: false },
        { profiles: [42], requireQuickLaunch: true },
      ]) {
        const context: ManifestContext = { manifest: PLACES[place]!(value), path: 'apps/app.json', workspaceRoot: ws.root, options, budget: LIST_ALL };
        for (const check of MANIFEST_CHECKS) {
          const findings = await check(context);
          for (const f of findings) {
            expect(RULE_IDS).toContain(f.rule);
            expect(['error', 'warning']).toContain(f.severity);
            expect(typeof f.message).toBe('string');
            expect(f.pointer === '' || f.pointer.startsWith('/')).toBe(true);
          }
        }
      }
    }
  });
});
