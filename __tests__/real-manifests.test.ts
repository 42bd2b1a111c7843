// Real manifests nobody here wrote (vendored in __tests__/fixtures/real-manifests, sources in its
// README): the exact verdict of each, finding by finding.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests } from '../src/engine/engine.js';
import type { Finding } from '../src/engine/findings.js';
import { recognizeManifest } from '../src/discovery/recognize-manifest.js';

const dir = join(process.cwd(), '__tests__', 'fixtures', 'real-manifests');

/** Each file checked alone (two share a client_name, which is no finding of either). */
async function verdict(name: string): Promise<Finding[]> {
  const [result] = await validateManifests([{ path: name }], { workspaceRoot: dir });
  return result!.findings;
}

const at = (f: Finding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}`;
const full = (f: Finding) => `${at(f)} ${f.message}`;

const EVENTS = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];

const EXPECTED: Record<string, string[]> = {
  'connector-api-listener-ngrok.json': [
    ['8:21-8:75', 0],
    ['12:21-12:79', 1],
    ['16:21-16:80', 2],
    ['20:21-20:77', 3],
    ['23:21-23:95', 4],
  ].map(
    ([range, e]) =>
      `${range} warning unreachable-endpoint the endpoint of ${EVENTS[e as number]} is an ngrok tunnel ("54fb-45-25-45-52.ngrok.io"): LivePerson reaches it only while the tunnel runs; use the public https:// host of the deployed service`,
  ),
  'connector-api-listener-template.json': [
    ['8:21-8:58', 0],
    ['12:21-12:62', 1],
    ['16:21-16:63', 2],
    ['20:21-20:60', 3],
    ['24:21-24:78', 4],
  ].map(([range, e]) => `${range} warning placeholder the endpoint of ${EVENTS[e as number]} contains the placeholder "{domain}"; replace it with the real value`),
  'le-app-example-response-types-string.json': [
    '7:21-7:27 error type response_types must be an array, not a string',
    ...[
      ['14:21-14:53', 0],
      ['19:21-19:53', 1],
      ['24:21-24:53', 2],
      ['28:21-28:53', 3],
      ['31:21-31:53', 4],
    ].map(([range, e]) => `${range} warning placeholder the endpoint of ${EVENTS[e as number]} has the host "your", which has no dot: a template placeholder? Use the real host name`),
  ],
  'retry-based-on-numbers.json': [],
  'retry-max-retries-zero.json': [],
  'conv-simulator-application-config-literal.json': [
    "2:5-2:6 error invalid-json invalid JSON: this looks like a JavaScript object literal, not JSON: expected a double-quoted property name, found 'c'. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas",
  ],
  'conv-simulator-application-config.json': [
    '10:5-10:32 warning placeholder redirect_uris[0] has the host "lp-conv-sim", which has no dot: a template placeholder? Use the real host name',
    '16:5-16:59 error format redirect_uris[6] is a percent-encoded URL ("%3A%2F%2F" stands for "://"): write the URL itself, decoded',
    '17:5-17:59 error format redirect_uris[7] is a percent-encoded URL ("%3A%2F%2F" stands for "://"): write the URL itself, decoded',
    '26:27-26:31 error quick-launch quick_launch_enabled is true but there is no entry_uri: the app will not appear in the QuickLaunch menu; add the URI that starts the app',
    '28:5-28:6 error range enabled_for_profiles[0] is 0; it must be at least 1 (a profile id is a positive integer)',
    ...['33:3-33:24 client_id_issued_at', '34:3-34:12 deleted', '35:3-35:22 installation_type', '36:3-36:16 is_internal'].map((s) => {
      const [range, key] = s.split(' ');
      return `${range} error server-field "${key}" is set by LivePerson, not by a manifest: this looks like an exported API response. Remove it`;
    }),
  ],
};

describe('real manifests (issue 20)', () => {
  test('every vendored file has its verdict here, and the README names its source', () => {
    const files = readdirSync(dir).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const f of files) expect(readme).toContain(`| ${f} |`);
  });

  test.each(Object.entries(EXPECTED))('%s: exactly these findings', async (name, expected) => {
    expect((await verdict(name)).map(full)).toEqual(expected);
  });

  test('the loopback redirect URIs of the real app get no finding at all: not placeholder, not insecure-url', async () => {
    const findings = await verdict('conv-simulator-application-config.json');
    const loopback = [11, 12, 18, 19, 20]; // lines of http://localhost… and http://127.0.0.1… redirect URIs
    expect(findings.filter((f) => loopback.includes(f.line))).toEqual([]);
  });

  test('the percent-encoded redirect URIs carry the decoded URL as a suggestion (not a fix)', async () => {
    const findings = (await verdict('conv-simulator-application-config.json')).filter((f) => f.rule === 'format');
    expect(findings.map((f) => [f.fix, f.suggestion?.edits.map((e) => e.text)])).toEqual([
      [undefined, ['"https://127.0.0.1:8080/api/v1/callback"']],
      [undefined, ['"https://127.0.0.1:3000/api/v1/callback"']],
    ]);
  });

  test('the string response_types of the old docs page is fixed by wrapping it in an array', async () => {
    const [type] = await verdict('le-app-example-response-types-string.json');
    expect(type!.fix).toEqual({ description: 'make response_types an array', edits: [{ line: 7, column: 21, endLine: 7, endColumn: 27, text: '["code"]' }] });
  });

  test('auto-discovery recognises the TypeScript object literal by its unquoted keys', () => {
    const text = readFileSync(join(dir, 'conv-simulator-application-config-literal.json'), 'utf8');
    expect(recognizeManifest(text, 'conv-simulator-application-config-literal.json')).toEqual({ manifest: true });
  });
});
