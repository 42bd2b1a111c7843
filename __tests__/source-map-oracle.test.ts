// The position pass in src/json/source-map.ts is purpose-built for speed; momoa (a full JSON AST
// parser) is its oracle here: for random documents with random whitespace, escapes and duplicate
// keys, every pointer's key, value and opening-brace span, and every duplicate key, must agree.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { SourceMap } from '../src/json/source-map.js';
import { pointerFrom } from '../src/findings.js';

interface Expected {
  pointer: string;
  value: [number, number];
  key?: [number, number];
}

const keyOf = (m: MemberNode) => (m.name.type === 'String' ? m.name.value : m.name.name);
const span = (n: { loc: { start: { offset: number }; end: { offset: number } } }): [number, number] => [n.loc.start.offset, n.loc.end.offset];

/** Every pointer of the document with momoa's spans (the last of duplicate keys, as JSON.parse keeps). */
function oracle(node: ValueNode, path: string[], out: Expected[], key?: [number, number]): void {
  out.push({ pointer: pointerFrom(path), value: span(node), key });
  if (node.type === 'Object') {
    const last = new Map<string, MemberNode>();
    for (const m of node.members) last.set(keyOf(m), m);
    for (const [k, m] of last) oracle(m.value, [...path, k], out, span(m.name));
  } else if (node.type === 'Array') {
    node.elements.forEach((e, i) => oracle(e.value, [...path, String(i)], out));
  }
}

function duplicatesByMomoa(node: ValueNode, out: [number, number][]): void {
  if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const m of node.members) {
      if (seen.has(keyOf(m))) out.push(span(m.name));
      seen.add(keyOf(m));
      duplicatesByMomoa(m.value, out);
    }
  } else if (node.type === 'Array') node.elements.forEach((e) => duplicatesByMomoa(e.value, out));
}

/** JSON text with random whitespace and, sometimes, a repeated key. */
const documents = fc
  .tuple(fc.jsonValue({ maxDepth: 5 }), fc.infiniteStream(fc.constantFrom('', ' ', '\n', '\t', '\r\n  ')), fc.boolean())
  .map(([value, ws, repeat]) => {
    const it = ws[Symbol.iterator]();
    const w = () => it.next().value as string;
    const write = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${w()}${v.map(write).join(`${w()},${w()}`)}${w()}]`;
      const keys = Object.keys(v);
      const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${w()}:${w()}${write(x)}`);
      if (repeat && keys.length > 0) entries.push(`${JSON.stringify(keys[0])}${w()}:${w()}"again"`);
      return `{${w()}${entries.join(`${w()},${w()}`)}${w()}}`;
    };
    return w() + write(value) + w();
  });

test('locate() and duplicateKeys() agree with momoa', () => {
  fc.assert(
    fc.property(documents, (text) => {
      JSON.parse(text); // only texts JSON.parse accepts reach the source map
      const root = parse(text, { mode: 'json' }).body;
      const map = new SourceMap(text);
      const expected: Expected[] = [];
      oracle(root, [], expected);
      for (const e of expected) {
        expect(map.locate(e.pointer, 'value')).toEqual({ start: e.value[0], end: e.value[1] });
        expect(map.locate(e.pointer, 'open-brace')).toEqual({ start: e.value[0], end: e.value[0] + 1 });
        if (e.key) expect(map.locate(e.pointer, 'key')).toEqual({ start: e.key[0], end: e.key[1] });
      }
      const dups: [number, number][] = [];
      duplicatesByMomoa(root, dups);
      expect(map.duplicateKeys().map((f) => [f.span!.start, f.span!.end])).toEqual(dups.sort((a, b) => a[0] - b[0]));
    }),
    { numRuns: 500 },
  );
});
