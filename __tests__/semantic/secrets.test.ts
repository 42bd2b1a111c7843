// No output ever contains a header_value or a client_secret: a distinctive secret is put in every
// place a message could echo it, then the engine and every reporter run and the secret is searched.
import { describe, expect, test } from '@jest/globals';
import { buildReport } from '../../src/engine/report.js';
import { formatJson } from '../../src/reporters/json-report.js';
import { formatMarkdownSummary } from '../../src/reporters/markdown-summary.js';
import { formatSarif } from '../../src/reporters/sarif-report.js';
import { formatText } from '../../src/reporters/text-report.js';
import { annotationCommands } from '../../src/reporters/workflow-commands.js';
import { checkFiles, lines } from '../support/workspace.js';

const SECRET = 'zq9SECRETx7Kp2mW4vN8rT5yL3hJ6dF1';

const webhook = (event: string, ...headers: string[]) => [`      "${event}": { "endpoint": "https://hooks.example.com/a", "headers": [`, headers.join(',\n'), '      ] },'];

const files: Record<string, string | Buffer> = {
  'headers.json': lines(
    '{',
    '  "client_name": "Shared",',
    '  "capabilities": {',
    '    "webhooks": {',
    ...webhook(
      'ms.MessagingEventNotification.ContentEvent',
      `        { "header_name": "Authorization", "header_value": "Bearer ${SECRET}" }`,
      `        { "header_name": "X Bad Name", "header_value": "${SECRET}" }`,
      `        { "header_name": "X-Dup", "header_value": "a" }`,
      `        { "header_name": "x-dup", "header_value": "${SECRET}" }`,
      `        { "header_name": "X-Plain", "header_value": "${SECRET}" }`,
      `        { "header_name": "Authorization: Bearer ${SECRET}", "header_value": "x" }`,
    ),
    ...webhook(
      'ms.MessagingEventNotification.RichContentEvent',
      `        { "header_name": "X-Array", "header_value": ["Bearer ${SECRET}"] }`,
      `        { "header_name": "X-Object", "header_value": { "${SECRET}": "${SECRET}" } }`,
      `        { "header_name": "X-Extra", "header_value": "${SECRET}", "value": "${SECRET}" }`,
      `        { "header_value": "${SECRET}" }`,
      `        "Authorization: Bearer ${SECRET}"`,
    ),
    ...webhook('ms.MessagingEventNotification.ExConversationChangeNotification', `        { "header_name": "Authorization", "header_value": "${SECRET}" }`),
    `      "cqm.ExConversationChangeNotification": { "endpoint": "http://hooks.example.com/${'{'}x${'}'}", "headers": [{ "header_name": "A", "header_value": "${SECRET}" }] }`,
    '    }',
    '  }',
    '}',
  ),
  'server.json': lines(
    '{',
    '  "client_name": "Shared",',
    `  "client_id": "${SECRET}",`,
    `  "client_secret": "${SECRET}",`,
    `  "client_secret": "${SECRET}2",`,
    `  "capabilities": { "client_secret": "${SECRET}" }`,
    '}',
  ),
  'duplicate-header-key.json': lines(
    '{',
    '  "client_name": "dup",',
    '  "capabilities": { "webhooks": { "cqm.ExConversationChangeNotification": { "endpoint": "https://hooks.example.com/a",',
    `    "headers": [{ "header_name": "A", "header_value": "${SECRET}", "header_value": "${SECRET}" }] } } }`,
    '}',
  ),
  'client-secret-types.json': lines('{', '  "client_name": "types",', `  "client_secret": ["${SECRET}", { "v": "${SECRET}" }]`, '}'),
  'trailing-comma.json': `{"client_name": "x", "capabilities": {"webhooks": {"cqm.ExConversationChangeNotification": {"endpoint": "https://a.example.com", "headers": [{"header_name": "A", "header_value": "${SECRET}",}]}}}}\n`,
  'single-quotes.json': `{"client_name": "y", "client_secret": '${SECRET}'}\n`,
  'unterminated.json': `{"client_name": "z", "client_secret": "${SECRET}\n`,
  'control-char.json': `{"client_name": "w", "client_secret": "${SECRET}\t${SECRET}"}\n`,
  'bare-word.json': `{"client_name": "v", "client_secret": ${SECRET}}\n`,
  'not-utf8.json': Buffer.concat([Buffer.from(`{"client_name": "u", "client_secret": "${SECRET}`), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]),
};

describe('secrets never reach any output', () => {
  test('engine findings and every reporter', async () => {
    const results = await checkFiles(files, { profiles: [42], requireQuickLaunch: true });
    const report = buildReport(results);

    // The fixture does reach the rules it is meant to exercise (so the search below means something).
    const rules = new Set(results.flatMap((r) => r.findings.map((f) => f.rule)));
    for (const rule of [
      'secret-in-header',
      'header-name',
      'type',
      'required',
      'unknown-property',
      'unknown-event',
      'format',
      'placeholder',
      'server-field',
      'duplicate-key',
      'duplicate-client-name',
      'quick-launch-profile',
      'invalid-json',
      'unreadable-file',
    ] as const) {
      expect(rules).toContain(rule);
    }
    expect(results.find((r) => r.path === 'headers.json')!.findings.filter((f) => f.rule === 'secret-in-header').length).toBeGreaterThanOrEqual(4);
    expect(
      results
        .filter((r) => r.findings.some((f) => f.rule === 'invalid-json'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['bare-word.json', 'control-char.json', 'single-quotes.json', 'trailing-comma.json', 'unterminated.json']);

    const outputs: Record<string, string> = {
      text: formatText(report),
      json: formatJson(report),
      sarif: formatSarif(report),
      annotations: annotationCommands(report).join('\n'),
      markdown: formatMarkdownSummary(report, { maxChars: 65535, profiles: [42] }),
    };
    expect(outputs.text).toContain('secret-in-header');
    for (const [name, output] of Object.entries(outputs)) {
      expect({ name, leaks: output.includes(SECRET) || output.includes(SECRET.slice(0, 12)) || output.includes(SECRET.slice(-12)) }).toEqual({ name, leaks: false });
    }
  });
});
