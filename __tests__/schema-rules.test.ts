// One test per schema rule of the README's Rules: rule id, severity, exact line and column range, message.
import { describe, expect, jest, test } from '@jest/globals';
import fc from 'fast-check';
import { pointerFrom } from '../src/engine/findings.js';
import { labelAt, schemaFindings } from '../src/schema/schema-findings.js';
import { labelOf } from '../src/text/describe.js';
import { checkText, lines, where } from './support/workspace.js';

describe('required', () => {
  test('missing client_name is reported on the opening brace of the document', async () => {
    const findings = await checkText(lines('{', '  "description": "x"', '}'));
    expect(findings.map(where)).toEqual(['required error 1:1-1:2']);
    expect(findings[0]!.message).toBe('missing required property "client_name"');
    expect(findings[0]!.pointer).toBe('');
  });

  test('each missing engagement field is one finding on the engagement object brace', async () => {
    const findings = await checkText(
      lines(
        '{',
        '  "client_name": "a",',
        '  "capabilities": {',
        '    "engagement": { "design_engagement": false, "design_window": false, "entry_point": ["section"],',
        '      "visitor_behavior": [], "target_audience": [], "goal": [] }',
        '  }',
        '}',
      ),
    );
    expect(findings.map(where)).toEqual(['required error 4:19-4:20', 'required error 4:19-4:20']);
    expect(findings.map((f) => f.message).sort()).toEqual(['engagement is missing required property "consumer_identity"', 'engagement is missing required property "language_selection"']);
    expect(findings[0]!.pointer).toBe('/capabilities/engagement');
  });

  test('a webhook without endpoint', async () => {
    const findings = await checkText(lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "ms.MessagingEventNotification.ContentEvent": {"max_retries": 1}}}}'));
    expect(findings.map(where)).toEqual(['required error 2:49-2:50']);
    expect(findings[0]!.message).toBe('ms.MessagingEventNotification.ContentEvent is missing required property "endpoint"');
  });
});

describe('unknown-property', () => {
  test('a camelCase typo names the right key; the missing required property is still its own finding', async () => {
    const findings = await checkText(lines('{', '  "clientName": "My app"', '}'));
    expect(findings.map(where)).toEqual(['required error 1:1-1:2', 'unknown-property error 2:3-2:15']);
    expect(findings[0]!.message).toBe('missing required property "client_name"');
    expect(findings[0]!.pointer).toBe('');
    expect(findings[1]!.message).toBe('unknown property "clientName"; did you mean "client_name"? (client_name is required)');
    expect(findings[1]!.pointer).toBe('/clientName');
  });

  test('turning unknown-property off or down leaves the required error (one finding never hides another)', async () => {
    const text = lines('{', '  "clientName": "My app"', '}');
    const off = await checkText(text, { severities: new Map([['unknown-property', 'off']]) });
    expect(off.map(where)).toEqual(['required error 1:1-1:2']);
    expect(off[0]!.message).toBe('missing required property "client_name"');
    const down = await checkText(text, { severities: new Map([['unknown-property', 'warning']]) });
    expect(down.map(where)).toEqual(['required error 1:1-1:2', 'unknown-property warning 2:3-2:15']);
  });

  test("a typo of a required webhook field: required at the webhook's brace, unknown-property at the key", async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpiont": "https://a.example.com"}}}}');
    expect(findings.map(where)).toEqual(['required error 1:92-1:93', 'unknown-property error 1:93-1:103']);
    expect(findings.map((f) => f.message)).toEqual([
      'cqm.ExConversationChangeNotification is missing required property "endpoint"',
      'unknown property "endpiont"; did you mean "endpoint"? (endpoint is required)',
    ]);
  });

  test('a typo inside a webhook', async () => {
    const findings = await checkText(
      lines('{', '  "client_name": "a",', '  "capabilities": { "webhooks": {', '    "cqm.ExConversationChangeNotification": { "endpoint": "https://a.example.com", "maxRetries": 2 }', '  } }', '}'),
    );
    expect(findings.map(where)).toEqual(['unknown-property error 4:84-4:96']);
    expect(findings[0]!.message).toBe('unknown property "maxRetries"; did you mean "max_retries"?');
  });

  test('a singular for a plural: three edits in eight letters is still a guess', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "max_retry": 1}}}}');
    expect(findings.map(where)).toEqual(['unknown-property error 1:130-1:141']);
    expect(findings[0]!.message).toBe('unknown property "max_retry"; did you mean "max_retries"?');
  });

  test('a property with no close match lists the known ones', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"chat": {}}}');
    expect(findings.map(where)).toEqual(['unknown-property error 1:39-1:45']);
    expect(findings[0]!.message).toBe('unknown property "chat" in capabilities; known properties: "webhooks", "engagement"');
  });
});

describe('type', () => {
  test('max_retries as a string', async () => {
    const findings = await checkText(
      lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "max_retries": "3"}}}}'),
    );
    expect(findings.map(where)).toEqual(['type error 2:96-2:99']);
    expect(findings[0]!.message).toBe('max_retries of cqm.ExConversationChangeNotification must be an integer, not a string');
  });

  test('a top-level array', async () => {
    const findings = await checkText('[\n  1\n]\n');
    expect(findings.map(where)).toEqual(['type error 1:1-3:2']);
    expect(findings[0]!.message).toBe('the manifest must be an object, not an array');
  });

  test('response_types as a string (fixed in the docs in 2019: it is an array)', async () => {
    const findings = await checkText('{"client_name": "a", "response_types": "code"}');
    expect(findings.map(where)).toEqual(['type error 1:40-1:46']);
    expect(findings[0]!.message).toBe('response_types must be an array, not a string');
  });

  test('a wrongly typed enum item gets the type finding only', async () => {
    const findings = await checkText('{"client_name": "a", "grant_types": [5]}');
    expect(findings.map(where)).toEqual(['type error 1:38-1:39']);
    expect(findings[0]!.message).toBe('grant_types[0] must be a string, not an integer');
  });

  test('a value of the wrong type under every other keyword (maxLength, pattern, minimum, uniqueItems, required): the type finding only', async () => {
    const findings = await checkText(
      '{"client_name": 5, "enabled_for_profiles": "0", "redirect_uris": {}, "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": 5, "max_retries": "9", "headers": ["x"]}}}}',
    );
    expect(findings.map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'type /client_name',
      'type /enabled_for_profiles',
      'type /redirect_uris',
      'type /capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint',
      'type /capabilities/webhooks/cqm.ExConversationChangeNotification/max_retries',
      'type /capabilities/webhooks/cqm.ExConversationChangeNotification/headers/0',
    ]);
  });

  test('3.5 is not an integer profile id; nor is 3.0 (issue 19: ids are judged by their text), fixed to 3', async () => {
    const three = await checkText('{"client_name": "a", "enabled_for_profiles": [3.0]}');
    expect(three.map(where)).toEqual(['type error 1:47-1:50']);
    expect(three[0]!.fix).toEqual({ description: 'write enabled_for_profiles[0] as 3', edits: [{ line: 1, column: 47, endLine: 1, endColumn: 50, text: '3' }] });
    const findings = await checkText('{"client_name": "a", "enabled_for_profiles": [3.5]}');
    expect(findings.map(where)).toEqual(['type error 1:47-1:50']);
    expect(findings[0]!.fix).toBeUndefined();
  });
});

describe('enum', () => {
  test('lists the supported values, the closest first', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "grant_types": ["authorisation_code"]', '}'));
    expect(findings.map(where)).toEqual(['enum error 3:19-3:39']);
    expect(findings[0]!.message).toBe('"authorisation_code" is not a supported value of grant_types; supported: "authorization_code", "refresh_token", "client_credentials"');
    expect(findings[0]!.pointer).toBe('/grant_types/0');
  });

  test('cart_items is accepted in visitor_behavior (a decision, README "Decisions")', async () => {
    const findings = await checkText(
      '{"client_name": "a", "capabilities": {"engagement": {"design_engagement": false, "design_window": false, "entry_point": ["url"], "visitor_behavior": ["cart_items"], "target_audience": ["ip"], "goal": ["lead"], "consumer_identity": ["auth"], "language_selection": true}}}',
    );
    expect(findings).toEqual([]);
  });
});

describe('max-length', () => {
  test('client_name over 128 code points', async () => {
    const name = 'a'.repeat(129);
    const findings = await checkText(`{"client_name": "${name}"}`);
    expect(findings.map(where)).toEqual(['max-length error 1:17-1:148']);
    expect(findings[0]!.message).toBe('client_name is 129 characters long; the limit is 128');
  });

  test('lengths count code points: 128 emoji fit, 129 do not', async () => {
    expect(await checkText(`{"client_name": "${'😀'.repeat(128)}"}`)).toEqual([]);
    const findings = await checkText(`{"client_name": "${'😀'.repeat(129)}"}`);
    expect(findings.map((f) => f.rule)).toEqual(['max-length']);
    expect(findings[0]!.message).toBe('client_name is 129 characters long; the limit is 128');
    // columns count UTF-16 code units: 129 emoji are 258 units, plus two quotes
    expect(findings[0]!.endColumn - findings[0]!.column).toBe(260);
  });

  test('a localized client_name#fr has the same limit', async () => {
    const findings = await checkText(`{"client_name": "a", "client_name#fr": "${'é'.repeat(130)}"}`);
    expect(findings.map((f) => `${f.rule} ${f.pointer}`)).toEqual(['max-length /client_name#fr']);
  });

  test('redirect URIs are limited to 128 each', async () => {
    const uri = 'https://a.example.com/' + 'x'.repeat(107);
    const findings = await checkText(`{"client_name": "a", "redirect_uris": ["${uri}"]}`);
    expect(findings.map((f) => `${f.rule} ${f.pointer} ${f.message}`)).toEqual(['max-length /redirect_uris/0 redirect_uris[0] is 129 characters long; the limit is 128']);
  });
});

describe('range', () => {
  test('max_retries: 7', async () => {
    const findings = await checkText(
      lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "cqm.ExConversationChangeNotification": {', '    "endpoint": "https://a.example.com",', '    "max_retries": 7', '}}}}'),
    );
    expect(findings.map(where)).toEqual(['range error 4:20-4:21']);
    expect(findings[0]!.message).toBe('max_retries of cqm.ExConversationChangeNotification is 7; it must be between 0 and 5');
  });

  test('retention_time below 2 and above 72 hours', async () => {
    for (const [value, ok] of [
      [1, false],
      [2, true],
      [259200, true],
      [259201, false],
    ] as const) {
      const findings = await checkText(`{"client_name": "a", "capabilities": {"webhooks": {"retry": {"retention_time": ${value}}}}}`);
      expect(findings.map((f) => f.rule)).toEqual(ok ? [] : ['range']);
    }
  });

  test('a profile id is positive (issue 15): 0 and -4 are range errors, each at its item', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "enabled_for_profiles": [0, -4, 42]', '}'));
    expect(findings.map(where)).toEqual(['range error 3:28-3:29', 'range error 3:31-3:33']);
    expect(findings.map((f) => f.message)).toEqual([
      'enabled_for_profiles[0] is 0; it must be at least 1 (a profile id is a positive integer)',
      'enabled_for_profiles[1] is -4; it must be at least 1 (a profile id is a positive integer)',
    ]);
    expect(findings.map((f) => f.pointer)).toEqual(['/enabled_for_profiles/0', '/enabled_for_profiles/1']);
  });

  test('near misses: 1, and ids above 2^31 (a profile id is a long)', async () => {
    expect(await checkText('{"client_name": "a", "enabled_for_profiles": [1, 2338395712, 9007199254740991]}')).toEqual([]);
  });
});

describe('format', () => {
  test('an http:// webhook endpoint', async () => {
    const findings = await checkText(lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "cqm.ExConversationChangeNotification": {"endpoint": "http://a.example.com"}}}}'));
    expect(findings.map(where)).toEqual(['format error 2:56-2:78']);
    expect(findings[0]!.message).toBe('endpoint of cqm.ExConversationChangeNotification must be an absolute https:// URL');
  });

  test('an https:// endpoint that is not a URL', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://"}}}}');
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual(['format the endpoint of cqm.ExConversationChangeNotification is not a valid absolute https:// URL']);
  });

  test('a relative entry_uri', async () => {
    const findings = await checkText('{"client_name": "a", "entry_uri": "/app/entry"}');
    expect(findings.map(where)).toEqual(['format error 1:35-1:47']);
    expect(findings[0]!.message).toBe('entry_uri is not an absolute URL');
  });

  test('query parameters are allowed in endpoints', async () => {
    expect(await checkText('{"client_name": "a", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com/hook?x=1&y=2"}}}}')).toEqual([]);
  });
});

describe('duplicate-item', () => {
  test('every repeat is a warning at the repeated item', async () => {
    const findings = await checkText('{"client_name": "a", "enabled_for_profiles": [42, 43, 42, 42]}');
    expect(findings.map(where)).toEqual(['duplicate-item warning 1:55-1:57', 'duplicate-item warning 1:59-1:61']);
    expect(findings[0]!.message).toBe('42 is repeated in enabled_for_profiles (first at enabled_for_profiles[0])');
  });
});

describe('unknown-event', () => {
  test('the ms. spelling of ExConversationChangeNotification names the cqm. key', async () => {
    const findings = await checkText(
      lines('{"client_name": "a", "capabilities": {"webhooks": {', '  "ms.MessagingEventNotification.ExConversationChangeNotification": {"endpoint": "https://a.example.com"}}}}'),
    );
    expect(findings.map(where)).toEqual(['unknown-event error 2:3-2:67']);
    expect(findings[0]!.message).toContain('"cqm.ExConversationChangeNotification"');
    expect(findings[0]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ExConversationChangeNotification');
  });

  test('a misspelled event suggests the closest event', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"ms.MessagingEventNotification.ContentEvents": {"endpoint": "https://a.example.com"}}}}');
    expect(findings.map(where)).toEqual(['unknown-event error 1:52-1:97']);
    expect(findings[0]!.message).toBe('unknown webhook event "ms.MessagingEventNotification.ContentEvents"; did you mean "ms.MessagingEventNotification.ContentEvent"? This webhook never fires');
  });
});

describe('unknown-event: the value is still checked as a webhook (issue 11 item 6)', () => {
  test('max_retries, endpoint and headers under a misspelled event: every finding in one run', async () => {
    const findings = await checkText(
      lines(
        '{"client_name": "a", "capabilities": {"webhooks": {',
        '  "ms.MessagingEventNotification.ContentEvnt": {',
        '    "endpoint": "http://hooks.example.com/a",',
        '    "max_retries": 9,',
        '    "maxRetries": 1,',
        '    "headers": [{"header_name": "X-A"}, 5]',
        '  }',
        '}}}',
      ),
    );
    expect(findings.map(where)).toEqual([
      'unknown-event error 2:3-2:46',
      'format error 3:17-3:45',
      'range error 4:20-4:21',
      'unknown-property error 5:5-5:17',
      'required error 6:17-6:18',
      'type error 6:41-6:42',
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'unknown webhook event "ms.MessagingEventNotification.ContentEvnt"; did you mean "ms.MessagingEventNotification.ContentEvent"? This webhook never fires',
      'endpoint of "ms.MessagingEventNotification.ContentEvnt" must be an absolute https:// URL',
      'max_retries of "ms.MessagingEventNotification.ContentEvnt" is 9; it must be between 0 and 5',
      'unknown property "maxRetries"; did you mean "max_retries"?',
      'headers[0] of "ms.MessagingEventNotification.ContentEvnt" is missing required property "header_value"',
      'headers[1] of "ms.MessagingEventNotification.ContentEvnt" must be an object, not an integer',
    ]);
    expect(findings[2]!.pointer).toBe('/capabilities/webhooks/ms.MessagingEventNotification.ContentEvnt/max_retries');
  });

  test('an unknown event without endpoint: required at its brace', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"ContentEvent": {}}}}');
    expect(findings.map(where)).toEqual(['unknown-event error 1:52-1:66', 'required error 1:68-1:69']);
    expect(findings[1]!.message).toBe('ContentEvent is missing required property "endpoint"');
  });

  test('a value of the wrong type under an unknown event: the type error', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"x": "https://a.example.com"}}}');
    expect(findings.map(where)).toEqual(['unknown-event error 1:52-1:55', 'type error 1:57-1:80']);
    expect(findings[1]!.message).toBe('x must be an object, not a string');
  });

  test("the events page's own misspelling AccpetStatusEvent gets the did-you-mean (issue 15)", async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"webhooks": {"ms.MessagingEventNotification.AccpetStatusEvent": {"endpoint": "https://a.example.com"}}}}');
    expect(findings.map(where)).toEqual(['unknown-event error 1:52-1:101']);
    expect(findings[0]!.message).toBe(
      'unknown webhook event "ms.MessagingEventNotification.AccpetStatusEvent"; did you mean "ms.MessagingEventNotification.AcceptStatusEvent"? This webhook never fires',
    );
  });

  test('a key of 200 code points is still checked; over 200 only the key is reported, and the message says why', async () => {
    const at200 = '😀'.repeat(200); // 400 UTF-16 units, 200 code points: the limit counts code points, as the schema does
    const checked = await checkText(`{"client_name": "a", "capabilities": {"webhooks": {"${at200}": {"endpoint": "https://a.example.com", "max_retries": 9}}}}`);
    expect(checked.map((f) => f.rule)).toEqual(['unknown-event', 'range']);
    const over = 'k'.repeat(201);
    const text = `{"client_name": "a", "capabilities": {"webhooks": {"${over}": {"endpoint": "http://localhost", "max_retries": 9, "headers": [{"header_name": "a b", "header_value": "Bearer x"}]}}}}`;
    const findings = await checkText(text);
    expect(findings.map(where)).toEqual(['unknown-event error 1:52-1:255']);
    expect(findings[0]!.message).toBe(
      `unknown webhook event "${'k'.repeat(80)}…"; this webhook never fires. Events: "ms.MessagingEventNotification.ContentEvent", "ms.MessagingEventNotification.RichContentEvent", "ms.MessagingEventNotification.AcceptStatusEvent", "ms.MessagingEventNotification.ChatStateEvent", "cqm.ExConversationChangeNotification" (and "retry"). Its value is not checked: no event name is longer than 200 characters`,
    );
  });
});

test('display_name and webhooks.retry (newer LivePerson docs) are accepted', async () => {
  expect(await checkText('{"client_name": "a", "display_name": "A", "capabilities": {"webhooks": {"retry": {"retention_time": 60}}}}')).toEqual([]);
});

describe('linear in the number of webhooks and errors', () => {
  test('the compiled validator does not concatenate the errors of each webhook to all before (quadratic with thousands)', () => {
    const webhooks: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) webhooks[`e${i}`] = { max_retries: 9, headers: [{}] };
    const concat = jest.spyOn(Array.prototype, 'concat');
    try {
      const findings = schemaFindings({ client_name: 'a', capabilities: { webhooks } });
      // Per webhook: unknown-event, required endpoint, range, and two required in its header.
      expect(findings).toHaveLength(2000 * 5);
      expect(concat.mock.calls.length).toBeLessThanOrEqual(1); // the one call of the webhooks validator
    } finally {
      concat.mockRestore();
    }
  });
});

test('labelAt (read from the end of the pointer, no split) names a place as labelOf does', () => {
  const segment = fc.oneof(fc.constantFrom('0', '12', '007', '', 'headers', 'a~1b', 'x~0y', 'max_retries'), fc.nat(99).map(String), fc.string({ maxLength: 6 }));
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
      const pointer = pointerFrom(segments);
      expect(labelAt(pointer)).toBe(labelOf(pointer));
    }),
    { numRuns: 2000 },
  );
});

test('a long key is named quoted and shortened in the messages of the findings under it', async () => {
  const key = `client_name#${'x'.repeat(300)}`;
  const findings = await checkText(JSON.stringify({ client_name: 'a', [key]: 5 }));
  const type = findings.find((f) => f.rule === 'type')!;
  expect(type.message).toBe(`"client_name#${'x'.repeat(68)}…" must be a string, not an integer`);
  const event = 'e'.repeat(150);
  const inner = await checkText(JSON.stringify({ client_name: 'a', capabilities: { webhooks: { [event]: { endpoint: 'https://a.example.com', extra: 1 } } } }));
  expect(inner.map((f) => f.message)).toEqual([
    `unknown webhook event "${'e'.repeat(80)}…"; this webhook never fires. Events: "ms.MessagingEventNotification.ContentEvent", "ms.MessagingEventNotification.RichContentEvent", "ms.MessagingEventNotification.AcceptStatusEvent", "ms.MessagingEventNotification.ChatStateEvent", "cqm.ExConversationChangeNotification" (and "retry")`,
    `unknown property "extra" in "${'e'.repeat(80)}…"; known properties: "endpoint", "max_retries", "headers"`,
  ]);
});

describe('messages name the webhook and explain $schema (issue 21 item 13)', () => {
  test('every schema finding inside a webhook names it: endpoint, max_retries, headers, a header field', async () => {
    const findings = await checkText(
      lines(
        '{"client_name": "a", "capabilities": {"webhooks": {',
        '  "ms.MessagingEventNotification.ContentEvent": {"endpoint": "ftp://a.example.com", "max_retries": 6, "headers": [{"header_name": 1, "header_value": "v"}]},',
        '  "ms.MessagingEventNotification.RichContentEvent": {"endpoint": "https://a.example.com", "max_retries": "2", "headers": {}},',
        '  "retry": {"retention_time": 1}',
        '}}}',
      ),
    );
    expect(findings.filter((f) => f.rule !== 'max-retries-ignored').map((f) => `${f.rule} ${f.message}`)).toEqual([
      'format endpoint of ms.MessagingEventNotification.ContentEvent must be an absolute https:// URL',
      'range max_retries of ms.MessagingEventNotification.ContentEvent is 6; it must be between 0 and 5',
      'type header_name of headers[0] of ms.MessagingEventNotification.ContentEvent must be a string, not an integer',
      'type max_retries of ms.MessagingEventNotification.RichContentEvent must be an integer, not a string',
      'type headers of ms.MessagingEventNotification.RichContentEvent must be an array, not an object',
      'range retry.retention_time is 1; it must be between 2 and 259200',
    ]);
  });

  test('near miss: a repeated item outside a webhook is named as before', async () => {
    const findings = await checkText(
      '{"client_name": "a", "capabilities": {"engagement": {"design_engagement": true, "design_window": true, "language_selection": true, "entry_point": ["url"], "visitor_behavior": ["flow", "flow"], "target_audience": ["age"], "goal": ["url"], "consumer_identity": ["auth"]}}}',
    );
    expect(findings.map((f) => f.message)).toEqual(['"flow" is repeated in visitor_behavior (first at visitor_behavior[0])']);
  });

  test('"$schema": an unknown-property error that says how to get completion without it, and a suggestion to remove it', async () => {
    const findings = await checkText(lines('{', '  "$schema": "https://example.com/lp.schema.json",', '  "client_name": "a"', '}'));
    expect(findings.map(where)).toEqual(['unknown-property error 2:3-2:12']);
    expect(findings[0]!.message).toBe(
      'unknown property "$schema": a manifest has no such field (LivePerson\'s upload takes only the fields it defines). For completion and hover help without it, map your manifests to the schema in the editor: in VS Code, "json.schemas": [{ "fileMatch": ["**/liveperson/*.json"], "url": "https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/schemas/liveperson-app-manifest.schema.json" }] in .vscode/settings.json; in JetBrains IDEs, Settings > Languages & Frameworks > Schemas and DTDs > JSON Schema Mappings',
    );
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.suggestion).toEqual({ description: 'remove "$schema"', edits: [{ line: 2, column: 3, endLine: 3, endColumn: 3, text: '' }] });
  });

  test('near miss: "$schema" below the top level is an unknown property like any other', async () => {
    const findings = await checkText('{"client_name": "a", "capabilities": {"$schema": "x"}}');
    expect(findings.map((f) => f.message)).toEqual(['unknown property "$schema" in capabilities; known properties: "webhooks", "engagement"']);
  });
});
