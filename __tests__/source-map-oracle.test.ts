// The position pass in src/json/source-map.ts is purpose-built for speed; momoa (a full JSON AST
// parser) is its oracle here: for random documents with random whitespace, escapes and duplicate
// keys, every pointer's key, value and opening-brace span, and every duplicate key, must agree.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { SourceMap } from '../src/json/source-map.js';
import { pointerFrom } from '../src/engine/findings.js';

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
const documents = fc.tuple(fc.jsonValue({ maxDepth: 5 }), fc.infiniteStream(fc.constantFrom('', ' ', '\n', '\t', '\r\n  ')), fc.boolean()).map(([value, ws, repeat]) => {
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

/** momoa's answer for any pointer: the key or value there, or the nearest existing parent's value. */
function nearestByMomoa(root: ValueNode, pointer: string, target: 'value' | 'key' | 'open-brace'): { start: number; end: number } {
  let node = root;
  let key: [number, number] | undefined;
  for (const segment of pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    key = undefined;
    let next: ValueNode | undefined;
    if (node.type === 'Object') {
      const member = [...node.members].reverse().find((m) => keyOf(m) === segment); // the last, as JSON.parse keeps
      if (member) [next, key] = [member.value, span(member.name)];
    } else if (node.type === 'Array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
      next = node.elements[Number(segment)]?.value;
    }
    if (!next) {
      key = undefined;
      break;
    }
    node = next;
  }
  const [start, end] = span(node);
  if (target === 'key' && key) return { start: key[0], end: key[1] };
  return target === 'open-brace' ? { start, end: start + 1 } : { start, end };
}

/** Pointers that lead nowhere: a missing key, an index past the end, a child of a scalar. */
function missingPointers(expected: Expected[]): string[] {
  const out: string[] = ['/no such key', '/0/x'];
  for (const e of expected.slice(0, 6)) out.push(`${e.pointer}/missing`, `${e.pointer}/99`, `${e.pointer}/0/deeper`);
  return out;
}

test('locate() and duplicateKeys() agree with momoa', () => {
  fc.assert(
    fc.property(documents, (text) => {
      JSON.parse(text); // only texts JSON.parse accepts reach the source map
      const root = parse(text, { mode: 'json' }).body;
      const dups: [number, number][] = [];
      duplicatesByMomoa(root, dups);
      // Three maps: keys may repeat; unique keys (only when they are); and one whose duplicateKeys()
      // has run first (its tree must not change what locate() answers).
      const along = new SourceMap(text);
      const alongUnique = dups.length === 0 ? new SourceMap(text, { uniqueKeys: true }) : undefined;
      const onTree = new SourceMap(text);
      // Every answer from reading along the text; every answer from the tree, before duplicateKeys().
      const alongOnly = new SourceMap(text, { treeAfterLocates: Infinity });
      const treeOnly = new SourceMap(text, { treeAfterLocates: 0 });
      expect(onTree.duplicateKeys().map((f) => [f.span!.start, f.span!.end])).toEqual(dups.sort((a, b) => a[0] - b[0]));
      const expected: Expected[] = [];
      oracle(root, [], expected);
      for (const map of [along, alongUnique, onTree, alongOnly, treeOnly]) {
        if (!map) continue;
        for (const e of expected) {
          expect(map.locate(e.pointer, 'value')).toEqual({ start: e.value[0], end: e.value[1] });
          expect(map.locate(e.pointer, 'open-brace')).toEqual({ start: e.value[0], end: e.value[0] + 1 });
          if (e.key) expect(map.locate(e.pointer, 'key')).toEqual({ start: e.key[0], end: e.key[1] });
        }
        // Where the pointer leads nowhere: the nearest existing parent, as momoa's tree says.
        for (const pointer of missingPointers(expected)) {
          for (const target of ['value', 'key', 'open-brace'] as const) {
            expect(map.locate(pointer, target)).toEqual(onTree.locate(pointer, target));
            expect(map.locate(pointer, target)).toEqual(nearestByMomoa(root, pointer, target));
          }
        }
      }
    }),
    { numRuns: 500 },
  );
});
