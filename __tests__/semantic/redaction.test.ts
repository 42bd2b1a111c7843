// Credentials inside quoted values are redacted wherever a message quotes them (quote() in
// src/text/describe.ts): a URL's user-info password, what follows an authorization scheme, a
// random-looking token; in every channel (text, JSON, SARIF, workflow commands, Markdown).
import { describe, expect, test } from '@jest/globals';
import { rightSideLines } from '../../src/action/diff-hunks.js';
import { fileCandidates } from '../../src/action/review-suggestions.js';
import { validateManifests } from '../../src/engine/engine.js';
import { buildReport } from '../../src/engine/report.js';
import { formatJson } from '../../src/reporters/json-report.js';
import { formatMarkdownSummary } from '../../src/reporters/markdown-summary.js';
import { formatSarif } from '../../src/reporters/sarif-report.js';
import { formatText } from '../../src/reporters/text-report.js';
import { annotationCommands } from '../../src/reporters/workflow-commands.js';
import { quote } from '../../src/text/describe.js';
import { redact } from '../../src/text/redact.js';
import { checkFiles, lines } from '../support/workspace.js';

describe('quote redacts credentials', () => {
  test("a URL's user-info password, wherever the URL stands in the value", () => {
    expect(quote('https://deploy:S3cret@app.acme.com/cb')).toBe('"https://deploy:***@app.acme.com/cb"');
    expect(quote('see ftp://a:b@h and wss://x:y%40z@h2:8443/p?q#f')).toBe('"see ftp://a:***@h and wss://x:***@h2:8443/p?q#f"');
    // The last @ ends the user-info (as URL parsers read it).
    expect(quote('https://u:p@ss@host/x')).toBe('"https://u:***@host/x"');
    expect(quote('HTTPS://U:pw@HOST')).toBe('"HTTPS://U:***@HOST"');
  });

  test('a URL without a password is shown as it is', () => {
    expect(quote('https://deploy@app.acme.com/cb')).toBe('"https://deploy@app.acme.com/cb"');
    expect(quote('https://deploy:@app.acme.com/cb')).toBe('"https://deploy:@app.acme.com/cb"');
    expect(quote('https://app.acme.com:8443/a@b')).toBe('"https://app.acme.com:8443/a@b"');
    expect(quote('mailto:a@b.c')).toBe('"mailto:a@b.c"');
  });

  test('a password cut by the shortening, or longer than what quote reads, shows none of itself', () => {
    const long = 'https://deploy:' + 'S3cret'.repeat(20) + '@app.acme.com/cb';
    expect(quote(long)).toBe('"https://deploy:***@app.acme.com/cb"');
    expect(quote(long, 20)).toBe('"https://deploy:***@a…"');
    const huge = 'https://deploy:' + 'p'.repeat(1_000_000) + '@app.acme.com/cb';
    expect(quote(huge)).toBe('"https://deploy:***…"');
    expect(quote('x'.repeat(70) + 'https://d:' + 'p'.repeat(1_000_000) + '@h')).toBe(`"${'x'.repeat(70)}https://d:…"`);
  });

  test('an authorization scheme keeps its name, not its credentials', () => {
    expect(quote('Bearer abc.def')).toBe('"Bearer ***"');
    expect(quote('  basic dXNlcjpwYXNz')).toBe('"  basic ***"');
    expect(quote('Authorization: Bearer s3cr3t')).toBe('"Authorization: Bearer ***"');
    expect(quote('Bearer ${TOKEN}')).toBe('"Bearer ${TOKEN}"');
    expect(quote('Bearer ')).toBe('"Bearer "');
  });

  test('a random-looking token is replaced, ordinary words are not', () => {
    expect(quote('zq9SECRETx7Kp2mW4vN8rT5yL3hJ6dF1')).toBe('"***"');
    expect(quote('https://app.acme.com/cb?token=zq9SECRETx7Kp2mW4vN8rT5yL3hJ6dF1&a=1')).toBe('"https://app.acme.com/cb?token=***&a=1"');
    expect(quote('liveperson-webhooks-2024 MyCompanyHeader2024')).toBe('"liveperson-webhooks-2024 MyCompanyHeader2024"');
    expect(redact('cqm.ExConversationChangeNotification')).toBe('cqm.ExConversationChangeNotification');
  });
});

describe('every rule that quotes a value, every channel', () => {
  const PASSWORD = 'S3cretPw';
  const URL = `https://deploy:${PASSWORD}@app.acme.com/cb`;
  const files = {
    'a.json': lines(
      '{',
      `  "client_name": "${URL}",`,
      `  "redirect_uris": ["${URL}", "${URL}"],`,
      `  "grant_types": ["authorization_code", "${URL}"],`,
      `  "scope": "msg.consumer ${URL}",`,
      `  "${URL}": 1,`,
      '  "capabilities": { "webhooks": {',
      `    "${URL}": { "endpoint": "http://deploy:${PASSWORD}@hooks.acme.com/x" }`,
      '  } }',
      '}',
    ),
    'b.json': lines('{', `  "client_name": "${URL}"`, '}'),
  };

  test('the messages show https://deploy:***@…, the suggestion that would carry the password is not offered', async () => {
    const results = await checkFiles(files);
    const a = results.find((r) => r.path === 'a.json')!;
    const messages = a.findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'duplicate-item: "https://deploy:***@app.acme.com/cb" is repeated in redirect_uris (first at redirect_uris[0])',
        expect.stringMatching(/^enum: "https:\/\/deploy:\*\*\*@app\.acme\.com\/cb" is not a supported value of grant_types; supported: /),
        expect.stringMatching(/^scope: unknown scope token "https:\/\/deploy:\*\*\*@app\.acme\.com\/cb"/),
        expect.stringMatching(/^unknown-property: unknown property "https:\/\/deploy:\*\*\*@app\.acme\.com\/cb"/),
        expect.stringMatching(/^unknown-event: unknown webhook event "https:\/\/deploy:\*\*\*@app\.acme\.com\/cb"/),
        'duplicate-client-name: client_name "https://deploy:***@app.acme.com/cb" is also used by b.json:2; LivePerson requires it to be unique',
      ]),
    );
    // The pointer is printed too (the JSON report): its key is shown as the message shows it.
    expect(a.findings.find((f) => f.rule === 'unknown-property')!.pointer).toBe('/https:~1~1deploy:***@app.acme.com~1cb');
    const format = a.findings.find((f) => f.rule === 'format' && f.pointer.endsWith('/endpoint'));
    expect(format).toBeDefined();
    expect(format!.suggestion).toBeUndefined();

    const report = buildReport(results);
    const outputs: Record<string, string> = {
      text: formatText(report),
      json: formatJson(report),
      sarif: formatSarif(report),
      annotations: annotationCommands(report).join('\n'),
      markdown: formatMarkdownSummary(report, { maxChars: 65535 }),
    };
    for (const [name, output] of Object.entries(outputs)) {
      const at = output.indexOf(PASSWORD);
      expect({ name, shown: output.includes('deploy:***@'), leak: output.slice(at - 200, at + 20) }).toEqual({ name, shown: true, leak: '' });
    }
  });
});

describe('the review: no suggested change shows a credential', () => {
  const added = (text: string) => `@@ -0,0 +1,${text.split('\n').length - 1} @@\n` + text.replace(/\n$/, '').replace(/^/gm, '+');
  const URL = 'https://deploy:S3cretPw@app.acme.com/cb';

  test('a repeat on one line is not posted (its block would print the other copy); on its own line it is', async () => {
    const oneLine = lines('{', '  "client_name": "a",', `  "redirect_uris": ["${URL}", "${URL}"]`, '}');
    const [one] = await validateManifests([{ path: 'a.json', text: oneLine }], { workspaceRoot: process.cwd() });
    const found = fileCandidates(one!, { text: oneLine, bom: false }, rightSideLines(added(oneLine)), 'https://example.test/README.md');
    expect(one!.findings.map((f) => f.rule)).toEqual(['duplicate-item']);
    expect({ candidates: found.candidates.length, outside: found.outside }).toEqual({ candidates: 0, outside: 1 });

    const ownLines = lines('{', '  "client_name": "a",', '  "redirect_uris": [', `    "${URL}",`, `    "${URL}"`, '  ]', '}');
    const [own] = await validateManifests([{ path: 'a.json', text: ownLines }], { workspaceRoot: process.cwd() });
    const posted = fileCandidates(own!, { text: ownLines, bom: false }, rightSideLines(added(ownLines)), 'https://example.test/README.md');
    // (The block deletes the repeat's line: it shows nothing of the value.)
    expect(posted.candidates.map((c) => c.comment.body.split('\n').slice(0, 4))).toEqual([
      [
        '**Fix** for [`duplicate-item`](https://example.test/README.md#duplicate-item): `"https://deploy:***@app.acme.com/cb" is repeated in redirect_uris (first at redirect_uris[0])`',
        '',
        '```suggestion',
        '```',
      ],
    ]);
  });
});
