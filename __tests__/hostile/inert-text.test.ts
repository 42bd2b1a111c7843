// Text from a manifest is inert everywhere (README, Decisions): in the log no line it reaches can be a
// workflow command, in Markdown it renders as literal text. Pure functions here; the built action
// and command line are in inert-text-e2e.test.ts.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { FileResult, Finding } from '../../src/engine/findings.js';
import { buildReport } from '../../src/engine/report.js';
import { logSafe } from '../../src/reporters/log-safe.js';
import { codeSpan, formatMarkdownSummary } from '../../src/reporters/markdown-summary.js';
import { annotationCommands } from '../../src/reporters/workflow-commands.js';
import { escapeInvisible, keyLabel, labelOf, quote } from '../../src/text/describe.js';
import { codeOnly, linkTargets, outsideCode, renderMarkdown, tables } from '../support/markdown.js';
import { runnerLines, runnerView, STARTS_LIKE_COMMAND, WELL_FORMED_COMMAND } from '../support/runner-log.js';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;

/** Characters that matter to the runner, to JSON and to Markdown, and a few ordinary ones. */
const HOSTILE_UNITS = [
  ':',
  '#',
  '[',
  ']',
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u180e',
  '\u034f',
  '\ufe0f',
  '\u{e0001}',
  '\u{e0100}',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0090',
  '\\',
  '"',
  '%',
  ',',
  '=',
  '`',
  '|',
  '*',
  '_',
  '~',
  '!',
  '(',
  ')',
  '<',
  '>',
  '&',
  ';',
  '@',
  '/',
  '.',
  '-',
  'a',
  'h',
  't',
  'p',
  's',
  'w',
  '1',
  'é',
  '😀',
];
const hostileString = (maxLength = 40) => fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_UNITS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength });
/** Strings built from whole attack pieces, so they occur often enough to matter. */
const PIECES = ['::', '::stop-commands::tok', '##[', '##[stop-commands]', ':\u200b:', '#\u200b#[', '\n', '\r', '\r\n', '  ', '\u00a0', '::error file=z.json::INJECTED', 'x'];
const attackString = fc.array(fc.oneof(fc.constantFrom(...PIECES), hostileString(4)), { maxLength: 12 }).map((parts) => parts.join(''));

/** What the runner would see: no line that reads as a command, nothing invisible, no `##[`. */
function expectInert(text: string): void {
  for (const line of runnerLines(text)) expect(line).not.toMatch(STARTS_LIKE_COMMAND);
  expect(text).not.toContain('##[');
  expect(runnerView(text).accepted).toEqual([]);
  for (const c of text.replace(/[\n\t]/g, '')) expect(c).not.toMatch(INVISIBLE);
}

describe('logSafe: text for the log', () => {
  test.each([
    ['a line break before :: gives a line whose first : is escaped', 'client_name#\n::stop-commands::x', 'client_name#\n\\u003a:stop-commands::x'],
    ['leading whitespace does not hide it (.NET TrimStart)', 'a\n \t\u00a0\u3000::warning::x', 'a\n \t\u00a0\u3000\\u003a:warning::x'],
    ['a lone \\r is no line break', 'x\r::warning::x', 'x\\r::warning::x'],
    ['\\r\\n', 'x\r\n::error::x', 'x\\r\n\\u003a:error::x'],
    ['U+2028, U+2029 and U+0085 are escaped', '\u2028::x\u2029\u0085', '\\u2028::x\\u2029\\u0085'],
    ['a zero-width space cannot hide ::', '\u200b::error::x', '\\u200b::error::x'],
    ['nor sit inside it', ':\u200b:error::x', ':\\u200b:error::x'],
    ['##[ anywhere', 'k ##[stop-commands]tok ##[error]x', 'k ##\\u005bstop-commands]tok ##\\u005berror]x'],
    ['##[ hidden by a soft hyphen', '#\u00ad#[add-mask]x', '#\\u00ad#[add-mask]x'],
    ['lone surrogates, tags, variation selectors, bidi overrides, BOM', '\ud800x\udfff\u{e0001}\ufe0f\u202e\ufeff', '\\ud800x\\udfff\\udb40\\udc01\\ufe0f\\u202e\\ufeff'],
    ['controls get JSON escapes', '\u0000\b\f\u001b\u007f\u0090', '\\u0000\\b\\f\\u001b\\u007f\\u0090'],
    ['ordinary text, emoji, accents, tabs and line breaks stay as they are', 'é 😀 👩‍💻\tx\ny: a::b # [c]', 'é 😀 👩\\u200d💻\tx\ny: a::b # [c]'],
    [':: after other text is no command', 'path/a.json:1:2: error x ::y', 'path/a.json:1:2: error x ::y'],
  ])('%s', (_what, input, expected) => {
    expect(logSafe(input)).toBe(expected);
    expectInert(logSafe(input));
  });

  test('property: any text becomes lines the runner reads as no command, idempotently', () => {
    fc.assert(
      fc.property(fc.oneof(attackString, hostileString(80)), (s) => {
        const safe = logSafe(s);
        expectInert(safe);
        expect(logSafe(safe)).toBe(safe);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: JSON printed through it parses to the same value (--format json / sarif)', () => {
    const key = fc.oneof(attackString, hostileString(20));
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(attackString, hostileString()),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('any'), { maxLength: 4 }),
        fc.dictionary(key, tie('any'), { maxKeys: 4 }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        for (const json of [JSON.stringify(v, null, 2), JSON.stringify(v)]) {
          const safe = logSafe(json);
          expect(JSON.parse(safe)).toEqual(JSON.parse(json));
          expectInert(safe);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('--format github: workflow commands on purpose, with inert messages', () => {
  const finding: Finding = { rule: 'unknown-property', severity: 'error', message: 'unknown property "k ##[stop-commands]tok \u200b"', pointer: '/k', line: 2, column: 3, endLine: 2, endColumn: 9 };

  test('the message is logSafe, the file property the real path (escaped as a property)', () => {
    const [line] = annotationCommands(buildReport([{ path: 'a ##[x]\u200b:,.json', valid: false, quickLaunch: null, findings: [finding] }]));
    expect(line).toBe('::error title=unknown-property (LivePerson manifest),file=a ##[x]\u200b%3A%2C.json,line=2,endLine=2,col=3,endColumn=9::unknown property "k ##\\u005bstop-commands]tok \\u200b"');
    expect(line).toMatch(WELL_FORMED_COMMAND);
    // The runner reads the line as that one error (a `::` line is never tried as a legacy `##[` command).
    expect(runnerView(line!).accepted.map((c) => [c.name, c.properties['file'], c.data])).toEqual([['error', 'a ##[x]\u200b:,.json', 'unknown property "k ##\\u005bstop-commands]tok \\u200b"']]);
  });

  test('property: every line is one well-formed command the runner accepts, whatever the message and path', () => {
    fc.assert(
      fc.property(attackString, attackString, (message, path) => {
        const lines = annotationCommands(buildReport([{ path, valid: false, quickLaunch: null, findings: [{ ...finding, message }] }]));
        const view = runnerView(lines.join('\n'));
        expect(view.ignored).toEqual([]);
        expect(view.accepted.map((c) => c.name)).toEqual(['error']);
        expect(view.accepted[0]!.data).toBe(logSafe(message));
        for (const line of lines) expect(line).toMatch(WELL_FORMED_COMMAND);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('keys in messages are visibly data', () => {
  test('a plain name stays bare, any other key is a JSON string', () => {
    expect(keyLabel('max_retries')).toBe('max_retries');
    expect(keyLabel('client_name#pt-BR')).toBe('client_name#pt-BR');
    expect(keyLabel('cqm.ExConversationChangeNotification')).toBe('cqm.ExConversationChangeNotification');
    expect(keyLabel('client_name#\n::stop-commands::x')).toBe('"client_name#\\n::stop-commands::x"');
    expect(keyLabel('cqm.X\r::warning::x')).toBe('"cqm.X\\r::warning::x"');
    expect(keyLabel('')).toBe('""');
    expect(keyLabel('![t](https://evil.example/p.png)')).toBe('"![t](https://evil.example/p.png)"');
    expect(keyLabel('k'.repeat(81))).toBe(`"${'k'.repeat(80)}…"`);
  });

  test('labelOf quotes the key it names, indices stay', () => {
    expect(labelOf('/client_name#\n::stop-commands::x')).toBe('"client_name#\\n::stop-commands::x"');
    expect(labelOf('/capabilities/webhooks/a b/headers/0')).toBe('headers[0]');
    expect(labelOf('/weird key/1/2')).toBe('"weird key"[1][2]');
    expect(labelOf('/grant_types/1')).toBe('grant_types[1]');
  });

  test('quote() escapes what JSON.stringify leaves invisible', () => {
    expect(quote('\u200b::error::x\u2028\u202e')).toBe('"\\u200b::error::x\\u2028\\u202e"');
    expect(JSON.parse(quote('\u200b\u2028\ud800 x'))).toBe('\u200b\u2028\ud800 x');
  });
});

describe('Markdown: manifest text renders as literal code', () => {
  const README = 'https://example.test/README.md';
  const HOSTILE = [
    '![t](https://evil.example/p.png)',
    '[c](javascript:alert(1))',
    '@org/team',
    '<img src=x>',
    '<script>alert(1)</script>',
    '&lt;b&gt; &amp;',
    '# heading',
    '| a | b |',
    'a \\| b',
    '\\|',
    'x\\\\|y',
    '``` fenced ``` and `one` ``two``',
    '`starts and ends with a backtick`',
    ' padded ',
    'www.evil.example',
    'https://evil.example/x',
    'evil@example.com',
    '#123',
    '**bold** _em_ ~~gone~~',
    '<!-- hidden -->',
    '[ref]: https://evil.example',
    'line\nbreak\r\nand\u2028more',
    'bidi \u202e gnp.exe',
    ':smile: <details><summary>x</summary>',
  ];

  /** What a reader sees of `s` in a code span: invisible characters as JSON escapes, and a backslash added to an odd run before `|` (see codeSpan). */
  const shown = (s: string, inTable: boolean) => {
    const visible = escapeInvisible(s, { oneLine: true });
    return inTable ? visible.replace(/(\\*)\|/g, (_m, b: string) => `${b}${b.length % 2 === 1 ? '\\' : ''}|`) : visible;
  };

  const finding = (message: string, line: number): Finding => ({ rule: 'unknown-property', severity: 'error', message, pointer: '/x', line, column: 1, endLine: line, endColumn: 2 });

  /** A summary of one file named `path` with one finding per message, as HTML, checked for what must never appear. */
  function render(path: string, messages: string[], failure?: string) {
    const files: FileResult[] = [{ path, valid: false, quickLaunch: { enabled: true, ready: true, profiles: [42], visibleTo: [42] }, findings: messages.map((m, i) => finding(m, i + 1)) }];
    const markdown = formatMarkdownSummary(buildReport(files), { maxChars: 65_535, profiles: [42], readmeUrl: README, failure });
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<img|<script|<details|<!--|<h1|<h4|<h5|<h6|<em>|<strong>(?!<code>|Summary cut)|<del>|<input/);
    for (const href of linkTargets(html)) expect(href).toBe(`${README}#unknown-property`);
    expect(html.match(/<h2>/g)).toHaveLength(1);
    expect(html.match(/<h3>/g)).toHaveLength(2);
    return { markdown, html };
  }

  test.each(HOSTILE.map((h) => [h]))('%j as a message, a path and the failure note', (h) => {
    const { html } = render(`apps/${h}.json`, [h, `unknown property ${quote(h)}`], h);
    const [counts, quickLaunch, findings] = tables(html);
    expect(counts).toEqual([
      ['manifests', 'errors', 'warnings'],
      ['1', '2', '0'],
    ]);
    expect(quickLaunch).toEqual([
      ['manifest', 'profile 42'],
      [expect.any(String), '✅'],
    ]);
    expect(codeOnly(quickLaunch![1]![0]!)).toBe(shown(`apps/${h}.json`, true));
    expect(findings).toHaveLength(3);
    expect(findings![0]).toEqual(['line', 'severity', 'rule', 'message']);
    for (const [i, message] of [h, `unknown property ${quote(h)}`].entries()) {
      const row = findings![i + 1]!;
      expect(row).toHaveLength(4);
      expect(row.slice(0, 3)).toEqual([`${i + 1}:1`, 'error', `<a href="${README}#unknown-property">unknown-property</a>`]);
      expect(codeOnly(row[3]!)).toBe(shown(message, true));
    }
    // The path in the heading and the failure note: code, shown exactly (no table there).
    expect(html).toContain(`<h3>❌ <code>`);
    const heading = /<h3>❌ (<code>[\s\S]*?<\/code>)<\/h3>/.exec(html)![1]!;
    expect(codeOnly(heading)).toBe(shown(`apps/${h}.json`, false));
    const note = /<p><strong>(<code>[\s\S]*?<\/code>)<\/strong><\/p>/.exec(html)![1]!;
    expect(codeOnly(note)).toBe(shown(h, false));
  });

  test('what GitHub filters (mentions, issue references, autolinks) finds no manifest text outside code', () => {
    const marker = 'ZQXJ';
    const { html } = render(
      `apps/${marker} @org/team #123 www.evil.example.json`,
      HOSTILE.map((h) => `${marker} ${h}`),
      `${marker} @org/team`,
    );
    expect(outsideCode(html)).not.toContain(marker);
    expect(outsideCode(html)).not.toMatch(/@org|#123|evil/);
  });

  test('a backslash before a pipe: exact for an even run, one more backslash for an odd one, the row whole either way', () => {
    expect(codeSpan('a \\| b', true)).toBe('`a \\\\\\| b`');
    expect(codeSpan('a \\\\| b', true)).toBe('`a \\\\\\| b`');
    expect(codeSpan('a | b', true)).toBe('`a \\| b`');
    expect(codeSpan('a | b')).toBe('`a | b`');
    expect(codeSpan('``x`')).toBe('``` ``x` ```');
    expect(codeSpan(' x ')).toBe('`  x  `');
    expect(codeSpan('   ')).toBe('`   `');
    expect(codeSpan('')).toBe('');
  });

  test('property: any message and path render as exactly their cells, each one code element showing the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(hostileString(30), fc.constantFrom(...HOSTILE)).filter((m) => m !== ''),
          { minLength: 1, maxLength: 4 },
        ),
        hostileString(20),
        (messages, name) => {
          const { html } = render(`apps/${name}.json`, messages);
          const [, quickLaunch, findings] = tables(html);
          expect(codeOnly(quickLaunch![1]![0]!)).toBe(shown(`apps/${name}.json`, true));
          expect(findings).toHaveLength(messages.length + 1);
          messages.forEach((m, i) => {
            expect(findings![i + 1]).toHaveLength(4);
            expect(codeOnly(findings![i + 1]![3]!)).toBe(shown(m, true));
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
