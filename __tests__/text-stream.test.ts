// Reports written as streams (src/reporters/text-stream.ts): the same text as JSON.stringify, in
// pieces of whole lines, so a report of any size is written (issue 19 item 9: a report past
// JavaScript's longest string was not written at all).
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import './support/fast-check-seed.js';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { writeOutputFile } from '../src/action/write-output-file.js';
import type { FileResult, Finding } from '../src/engine/findings.js';
import { buildReport } from '../src/engine/report.js';
import { formatJson, jsonReportChunks } from '../src/reporters/json-report.js';
import { formatRdjson, rdjsonChunks } from '../src/reporters/rdjson-report.js';
import { buildSarif, formatSarif, sarifChunks } from '../src/reporters/sarif-report.js';
import { formatText, textReportChunks } from '../src/reporters/text-report.js';
import { joinChunks, jsonChunks, StreamedArray, writeLines } from '../src/reporters/text-stream.js';
import { tempWorkspace } from './support/workspace.js';

const finding = (over: Partial<Finding> = {}): Finding => ({ rule: 'type', severity: 'error', message: 'm', pointer: '/a', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });
const file = (path: string, findings: Finding[], over: Partial<FileResult> = {}): FileResult => ({ path, valid: !findings.some((f) => f.severity === 'error'), quickLaunch: null, findings, ...over });

async function collect(chunks: AsyncIterable<string> | Iterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

/** `value` with every array replaced by a StreamedArray of a generator over it (`mark` picks which). */
function streamed(value: unknown, mark: (depth: number) => boolean, depth = 0): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => streamed(v, mark, depth + 1));
    return mark(depth)
      ? new StreamedArray(
          (function* () {
            yield* items;
          })(),
        )
      : items;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, streamed(v, mark, depth + 1)]));
  return value;
}

describe('jsonChunks', () => {
  test('the text of JSON.stringify(value, null, 2) + "\\n", whatever arrays are streamed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, odd) => {
        const expected = JSON.stringify(value, null, 2) + '\n';
        expect(joinChunks(jsonChunks(streamed(value, (d) => d % 2 === (odd ? 1 : 0))))).toBe(expected);
        expect(joinChunks(jsonChunks(streamed(value, () => true)))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('empty streamed arrays, undefined members, nested streams and line breaks inside strings', () => {
    const value = { a: new StreamedArray([]), b: undefined, c: [1, new StreamedArray([{ d: new StreamedArray(['x\ny', 2]) }])], e: {}, f: 'é\u2028' };
    expect(joinChunks(jsonChunks(value))).toBe(JSON.stringify({ a: [], c: [1, [{ d: ['x\ny', 2] }]], e: {}, f: 'é\u2028' }, null, 2) + '\n');
    expect(joinChunks(jsonChunks(new StreamedArray([])))).toBe('[]\n');
    expect(joinChunks(jsonChunks(new StreamedArray([undefined, 1])))).toBe('[\n  null,\n  1\n]\n');
  });

  test('items are made as they are written: a generator is read once, lazily', () => {
    const made: number[] = [];
    const items = (function* () {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    })();
    const chunks = jsonChunks({ files: new StreamedArray(items) });
    chunks.next();
    expect(made).toEqual([]);
    expect(joinChunks(chunks)).toContain('"i": 2');
    expect(made).toEqual([0, 1, 2]);
  });
});

describe('writeLines', () => {
  test('pieces end at a line break, are at least pieceSize (but the last), and join to the text', async () => {
    const chunks = ['ab', 'c\nd', 'e\n', 'fgh', 'ij\nk', 'l'];
    const pieces: string[] = [];
    await writeLines(chunks, (p) => void pieces.push(p), 4);
    expect(pieces).toEqual(['abc\n', 'de\nfghij\n', 'kl']);
    const one: string[] = [];
    await writeLines(chunks, (p) => void one.push(p));
    expect(one).toEqual([chunks.join('')]);
  });

  test('awaits the sink before the next piece (backpressure), and takes async chunks', async () => {
    const order: string[] = [];
    async function* gen() {
      for (const s of ['a\n', 'b\n', 'c\n']) {
        await Promise.resolve();
        order.push(`make ${s.trim()}`);
        yield s;
      }
    }
    await writeLines(
      gen(),
      async (p) => {
        await new Promise((r) => setTimeout(r, 1));
        order.push(`wrote ${p.trim()}`);
      },
      1,
    );
    expect(order).toEqual(['make a', 'wrote a', 'make b', 'wrote b', 'make c', 'wrote c']);
  });
});

describe('the reports as streams: the same text as before', () => {
  const fix = { description: 'rename', edits: [{ line: 3, column: 5, endLine: 3, endColumn: 9, text: 'x' }] };
  const report = buildReport([
    file('apps/a.json', [finding({ fix }), finding({ rule: 'scope', severity: 'warning', line: 7, endLine: 7, column: 1, message: 'w "q"' })], {
      omitted: [{ rule: 'range', severity: 'error', count: 5, limit: 'run' }],
    }),
    file('apps/b c#?.json', []),
    file('apps/c.json', [finding()], { omitted: [{ rule: 'type', severity: 'error', count: 1000 }] }),
  ]);

  test('JSON report, SARIF, text and rdjson', async () => {
    expect(joinChunks(jsonReportChunks(report))).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(formatJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(formatSarif(report)).toBe(JSON.stringify(buildSarif(report), null, 2) + '\n');
    expect(joinChunks(sarifChunks(report, { readmeUrl: 'https://x/R.md' }))).toBe(JSON.stringify(buildSarif(report, { readmeUrl: 'https://x/R.md' }), null, 2) + '\n');
    const clean = buildReport([file('a.json', [])]);
    expect(formatSarif(clean)).toBe(JSON.stringify(buildSarif(clean), null, 2) + '\n');
    expect(formatJson(buildReport([]))).toBe(JSON.stringify(buildReport([]), null, 2) + '\n');
    const source = (path: string) => (path === 'apps/a.json' ? { text: '{\n\n  "é": 1, "a": 2\n', bom: true } : undefined);
    expect(await collect(rdjsonChunks(report, { source }))).toBe(formatRdjson(report, { source }));
    expect(await collect(rdjsonChunks(clean, { source }))).toBe(formatRdjson(clean, { source }));
    expect(joinChunks(textReportChunks(report, { profiles: [1] }))).toBe(formatText(report, { profiles: [1] }));
    expect(formatText(report).split('\n').slice(0, 5)).toEqual([
      'apps/a.json:3:5: error type m',
      'apps/a.json:7:1: warning scope w "q"',
      'apps/a.json: 5 more range errors not listed (at most 10,000 in a run, then the first of each file)',
      'apps/c.json:3:5: error type m',
      'apps/c.json: 1,000 more type errors not listed (at most 1,000 of one rule per file)',
    ]);
  });
});

describe('a JSON report longer than the longest string', () => {
  const ws = tempWorkspace();
  afterAll(() => ws.cleanup());

  test('is written, and reads back as the report: every file, valid JSON', async () => {
    // 520 files sharing one finding of a 1 MiB message: 545 M characters, past V8's 536.9 M
    // (JSON.stringify threw "Invalid string length" and nothing was written).
    const message = 'x'.repeat(1 << 20);
    const shared = [finding({ message })];
    const files = Array.from({ length: 520 }, (_, i) => file(`apps/app-${i}.json`, shared));
    const report = buildReport(files);
    expect(() => JSON.stringify(report, null, 2)).toThrow(RangeError);
    const path = join(ws.root, 'report.json');
    await writeOutputFile(path, jsonReportChunks(report), { workspace: ws.root });
    expect(statSync(path).size).toBeGreaterThan(536_870_888);

    // Read back line by line: the header, each file's object (parsed), the end.
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    const head: string[] = [];
    const tail: string[] = [];
    let block: string[] | undefined;
    let parsed = 0;
    let separators = 0;
    for await (const line of lines) {
      if (block === undefined && line === '    {') block = [line];
      else if (block !== undefined) {
        block.push(line);
        if (line === '    },' || line === '    }') {
          if (line === '    },') separators++;
          block[block.length - 1] = '    }';
          const value = JSON.parse(block.join('\n')) as FileResult;
          expect(value).toEqual(files[parsed]);
          parsed++;
          block = undefined;
        }
      } else if (parsed === 0) head.push(line);
      else tail.push(line);
    }
    expect(parsed).toBe(520);
    expect(separators).toBe(519);
    expect(head.join('\n') + '\n    {').toBe(
      JSON.stringify({ ...report, files: [files[0]] }, null, 2)
        .split('\n')
        .slice(0, head.length + 1)
        .join('\n'),
    );
    expect(tail).toEqual(['  ]', '}']);
  }, 120_000);
});
