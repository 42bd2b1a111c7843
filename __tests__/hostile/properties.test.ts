// Property-based tests (fast-check): for random JSON and random mutations of valid manifests the
// engine never throws, every position lies inside the file, and whitespace never changes findings.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests } from '../../src/engine/engine.js';
import type { Finding } from '../../src/engine/findings.js';

const samplesDir = join(process.cwd(), '__tests__', 'fixtures', 'docs-samples');
const localSamples = join(process.cwd(), 'examples', 'valid');
const valid: string[] = [
  ...readdirSync(localSamples).map((f) => readFileSync(join(localSamples, f), 'utf8')),
  ...readdirSync(samplesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(samplesDir, f), 'utf8')),
];

async function check(text: string): Promise<Finding[]> {
  const [result] = await validateManifests([{ path: 'app.json', text }], { workspaceRoot: process.cwd() });
  return result!.findings;
}

function assertInside(text: string, findings: Finding[]): void {
  const lines = text.split('\n');
  for (const f of findings) {
    expect(f.rule).not.toBe('internal-error');
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines.length);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.endLine).toBeLessThanOrEqual(lines.length);
    expect(f.endColumn).toBeLessThanOrEqual(lines[f.endLine - 1]!.length + 1);
    if (f.endLine === f.line) expect(f.endColumn).toBeGreaterThanOrEqual(f.column);
  }
}

/** A random edit: delete, insert or replace a character, or duplicate a slice. */
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '0', '-', '/', '\u0000', '😀', 'é', "'"),
});

function mutate(text: string, edits: { kind: string; at: number; length: number; char: string }[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
    else if (e.kind === 'insert') t = t.slice(0, at) + e.char + t.slice(at);
    else if (e.kind === 'replace') t = t.slice(0, at) + e.char + t.slice(at + 1);
    else t = t.slice(0, at) + t.slice(at, at + e.length) + t.slice(at);
  }
  return t;
}

/** Serialises a JSON value with random whitespace between every token. */
function reserialize(value: unknown, ws: () => string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${ws()}${value.map((v) => reserialize(v, ws)).join(`${ws()},${ws()}`)}${ws()}]`;
  const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}${ws()}:${ws()}${reserialize(v, ws)}`);
  return `{${ws()}${members.join(`${ws()},${ws()}`)}${ws()}}`;
}

describe('properties', () => {
  test('random JSON values: never throws, positions inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.nat(4), async (value, indent) => {
        const text = JSON.stringify(value, null, indent) ?? 'null';
        assertInside(text, await check(text));
      }),
      { numRuns: 300 },
    );
  });

  test('random objects shaped like manifests: never throws, positions inside', async () => {
    const keys = fc.constantFrom(
      'client_name',
      'capabilities',
      'webhooks',
      'engagement',
      'grant_types',
      'redirect_uris',
      'enabled_for_profiles',
      'endpoint',
      'headers',
      'header_name',
      'header_value',
      'retry',
      'retention_time',
      'max_retries',
      'quick_launch_enabled',
      'entry_uri',
      'logo_uri',
      'scope',
      'client_name#fr',
      'cqm.ExConversationChangeNotification',
      'consumer_identity',
      '__proto__',
      'x',
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.dictionary(keys, tie('tree'), { maxKeys: 5 }), fc.array(tie('tree'), { maxLength: 4 })),
    }));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, tree, { maxKeys: 8 }), async (value) => {
        const text = JSON.stringify(value, null, 2);
        assertInside(text, await check(text));
      }),
      { numRuns: 300 },
    );
  });

  test('random mutations of valid manifests: never throws, positions inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (text, edits) => {
        const mutated = mutate(text, edits);
        assertInside(mutated, await check(mutated));
      }),
      { numRuns: 400 },
    );
  });

  test('a valid manifest re-serialised with any whitespace gives the same findings', async () => {
    const whitespace = fc.array(fc.constantFrom(' ', '\n', '\t', '\r\n', '  '), { maxLength: 3 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...valid), fc.infiniteStream(whitespace), async (text, stream) => {
        const baseline = (await check(text)).map((f) => `${f.rule} ${f.severity} ${f.pointer} ${f.message}`);
        const iterator = stream[Symbol.iterator]();
        const again = reserialize(JSON.parse(text), () => iterator.next().value as string);
        const findings = await check(again);
        assertInside(again, findings);
        expect(findings.map((f) => `${f.rule} ${f.severity} ${f.pointer} ${f.message}`)).toEqual(baseline);
      }),
      { numRuns: 100 },
    );
  });
});
