// Property (fast-check): manifests (LivePerson's doc samples and random valid ones), written in any
// indentation style, LF or CRLF, with or without a BOM, get typos injected: renamed keys, enum values
// one letter short, repeated items, repeated keys, trailing commas, a documented string for an array.
// `lp-manifest --fix` must give back the original bytes exactly (so the file parses, the fixed findings
// are gone and nothing outside the edits changed), and a second --fix must change nothing.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import { validateManifests } from '../../src/engine/engine.js';
import { pointerFrom, pointerSegments } from '../../src/engine/findings.js';
import { schemaAt } from '../support/schema-at.js';
import { editDistance } from '../../src/text/closest.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';

interface Style {
  indent: string; // '' writes compact JSON
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
}

/** Both texts at once: the original manifest and the one with typos injected. */
interface Pair {
  orig: string;
  inj: string;
}

const WRAPPED = new Set(['/response_types', '/capabilities/engagement/target_audience', '/capabilities/engagement/goal']);

/** A key's typo that differs only in case and separators (certain: one did-you-mean). */
function keyTypo(key: string): string {
  return key.includes('_') ? key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : key[0]!.toUpperCase() + key.slice(1);
}

/** An enum value one letter short, when that is one edit from it and from no other allowed value. */
function enumTypo(value: string, allowed: readonly string[]): string | undefined {
  const typo = value.slice(0, -1);
  if (typo === '' || allowed.includes(typo)) return undefined;
  return allowed.filter((a) => editDistance(typo, a) <= 1).length === 1 ? typo : undefined;
}

class Injector {
  private count = 0;
  private commas = 0;
  constructor(
    private readonly dice: Iterator<number>,
    private readonly style: Style,
  ) {}

  /** Whether to inject here (about one point in eight, at most four typos and two trailing commas a file). */
  private roll(comma = false): boolean {
    if (this.count >= 4 || (comma && this.commas >= 2)) return false;
    if (this.dice.next().value % 8 !== 0) return false;
    this.count++;
    if (comma) this.commas++;
    return true;
  }

  private nl(depth: number): string {
    return this.style.indent === '' ? '' : this.style.eol + this.style.indent.repeat(depth);
  }

  private get colon(): string {
    return this.style.indent === '' ? ':' : ': ';
  }

  emit(value: unknown, pointer: string, depth: number): Pair {
    if (value === null || typeof value !== 'object') {
      const text = JSON.stringify(value);
      return { orig: text, inj: text };
    }
    const schema = schemaAt(pointer) as { properties?: Record<string, unknown>; uniqueItems?: boolean; items?: unknown } | undefined;
    const between = ',' + this.nl(depth + 1);
    const open = this.nl(depth + 1);
    const close = this.nl(depth);
    if (Array.isArray(value)) {
      if (value.length === 0) return { orig: '[]', inj: '[]' };
      const items = value.map((v, i) => this.item(v, pointerFrom([...pointerSegments(pointer), i]), depth + 1));
      if (this.style.indent === '' && WRAPPED.has(pointer) && items.length === 1 && this.roll()) return { orig: `[${items[0]!.orig}]`, inj: items[0]!.inj };
      let inj = '';
      items.forEach((it, i) => {
        inj += (i === 0 ? '' : between) + it.inj;
        // A repeat of an earlier scalar item, where the schema wants unique items.
        if (schema?.uniqueItems && typeof value[i] !== 'object' && this.roll()) inj += between + items[this.dice.next().value % (i + 1)]!.orig;
      });
      if (this.roll(true)) inj += ',';
      return { orig: `[${open}${items.map((it) => it.orig).join(between)}${close}]`, inj: `[${open}${inj}${close}]` };
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return { orig: '{}', inj: '{}' };
    const known = Object.keys(schema?.properties ?? {});
    const members = entries.map(([k, v]) => {
      const inner = this.emit(v, pointerFrom([...pointerSegments(pointer), k]), depth + 1);
      const key = known.includes(k) && this.roll() ? JSON.stringify(keyTypo(k)) : JSON.stringify(k);
      // An earlier copy of the member (JSON.parse keeps the last: the meaning is the original's).
      const earlier = this.roll() ? key + this.colon + '0' + between : '';
      return { orig: JSON.stringify(k) + this.colon + inner.orig, inj: earlier + key + this.colon + inner.inj };
    });
    const comma = this.roll(true) ? ',' : '';
    return { orig: `{${open}${members.map((m) => m.orig).join(between)}${close}}`, inj: `{${open}${members.map((m) => m.inj).join(between)}${comma}${close}}` };
  }

  private item(value: unknown, pointer: string, depth: number): Pair {
    const allowed = (schemaAt(pointer) as { enum?: string[] } | undefined)?.enum;
    if (typeof value === 'string' && allowed !== undefined) {
      const typo = enumTypo(value, allowed);
      if (typo !== undefined && this.roll()) return { orig: JSON.stringify(value), inj: JSON.stringify(typo) };
    }
    return this.emit(value, pointer, depth);
  }
}

function file(text: string, style: Style): Buffer {
  const body = Buffer.from(text + (style.finalNewline ? style.eol : ''));
  return style.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

const samplesDir = join(process.cwd(), '__tests__', 'fixtures', 'docs-samples');
const samples: unknown[] = [join(process.cwd(), 'examples', 'valid'), samplesDir].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown),
);

const EVENTS = [
  'ms.MessagingEventNotification.ContentEvent',
  'ms.MessagingEventNotification.RichContentEvent',
  'ms.MessagingEventNotification.AcceptStatusEvent',
  'ms.MessagingEventNotification.ChatStateEvent',
  'cqm.ExConversationChangeNotification',
];
const webhook = fc.record(
  {
    endpoint: fc.constantFrom('https://hooks.example.com/a', 'https://b.example.com/x?y=1'),
    max_retries: fc.integer({ min: 0, max: 5 }),
    headers: fc.array(fc.record({ header_name: fc.constantFrom('X-Account', 'X-Trace'), header_value: fc.string({ maxLength: 8 }) }), { maxLength: 2 }),
  },
  { requiredKeys: ['endpoint'] },
);
const engagement = fc.record({
  design_engagement: fc.boolean(),
  design_window: fc.boolean(),
  entry_point: fc.subarray(['section', 'url'], { minLength: 1 }),
  visitor_behavior: fc.subarray(['visited_location', 'time_on_location', 'flow', 'cart_items'], { minLength: 1 }),
  target_audience: fc.subarray(['external_referral', 'search_keywords', 'platform', 'customer_type'], { minLength: 1 }),
  goal: fc.subarray(['url', 'purchase_total', 'num_of_pages', 'lead', 'service_activity'], { minLength: 1 }),
  consumer_identity: fc.subarray(['auth', 'unauth'], { minLength: 1 }),
  language_selection: fc.boolean(),
});
const randomManifest = fc.record(
  {
    client_name: fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== ''),
    description: fc.string({ maxLength: 20 }),
    grant_types: fc.subarray(['client_credentials', 'refresh_token'], { minLength: 1 }),
    response_types: fc.subarray(['code', 'token', 'id_token', 'id_token token'], { minLength: 1 }),
    scope: fc.constantFrom('msg.consumer', 'faas.lambda.invoke'),
    enabled_for_profiles: fc.uniqueArray(fc.integer({ min: 1, max: 99999 }), { maxLength: 3 }),
    capabilities: fc.record({ webhooks: fc.dictionary(fc.constantFrom(...EVENTS), webhook, { maxKeys: 3 }), engagement }, { requiredKeys: [] }),
  },
  { requiredKeys: ['client_name'] },
);

const style = fc.record({
  indent: fc.constantFrom('', '  ', '    ', '\t'),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

let ws: TempWorkspace;
beforeAll(() => {
  ws = tempWorkspace();
});
afterAll(() => ws.cleanup());

async function fix(): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(['--fix', 'app.json'], { cwd: ws.root, stdout: () => undefined, stderr: (s) => (stderr += s), parseArgs });
  return { code, stderr };
}

describe('--fix property', () => {
  test('injected typos are fixed back to the original bytes, and a second --fix changes nothing', async () => {
    let injected = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...samples), randomManifest), style, fc.infiniteStream(fc.nat(1000)), async (manifest, s, dice) => {
        const { orig, inj } = new Injector(dice[Symbol.iterator](), s).emit(manifest, '', 0);
        const original = file(orig, s);
        // A base that already has something to fix is not a base for this property.
        const [base] = await validateManifests([{ path: 'app.json', text: original.toString('utf8').replace(/^\uFEFF/, '') }], { workspaceRoot: ws.root });
        fc.pre(base!.findings.every((f) => f.fix === undefined));
        if (inj !== orig) injected++;
        const path = ws.write('app.json', file(inj, s));
        const first = await fix();
        const fixed = readFileSync(path);
        expect(fixed.toString('utf8')).toBe(original.toString('utf8'));
        expect(fixed.equals(original)).toBe(true);
        expect(() => JSON.parse(fixed.toString('utf8').replace(/^\uFEFF/, ''))).not.toThrow();
        if (inj === orig) expect(first.stderr).toBe('');
        else expect(first.stderr).toMatch(/^lp-manifest: fixed app\.json \(\d+ fix(es)?\)\n$/);
        const second = await fix();
        expect(second.stderr).toBe('');
        expect(readFileSync(path).equals(original)).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(injected).toBeGreaterThan(50); // the property is about typos: most runs have some
  });
});
