// The slow path, taken only for files that have findings: maps a JSON pointer to the exact
// characters of a key or value, by reading the text along the pointer, and finds duplicate keys, with
// a tree of offsets (keys decoded) built only for that. The text is one that JSON.parse accepted, so
// both only record where things are: several times faster than a general-purpose AST (momoa, their
// oracle in __tests__/source-map-oracle.test.ts).
import { pointerFrom, pointerSegments, type EditOp, type PendingFinding, type Span, type Target } from '../engine/findings.js';
import { LIST_ALL, type ListingBudget } from '../engine/finding-budget.js';
import { quote } from '../text/describe.js';
import { ARRAY_INDEX, resolveOps, type OffsetEdit } from './edit-ops.js';
import { closingQuote } from './parse-json.js';
import { LineIndex, type Position } from './text-positions.js';

/** A JSON value's extent: [start, end) in UTF-16 code units, strings with their quotes. */
export type ValueNode =
  | { type: 'Object'; start: number; end: number; members: MemberNode[]; /** Members by key, made on first lookup (locateInTree). */ byKey?: Map<string, MemberNode> }
  | { type: 'Array'; start: number; end: number; elements: ValueNode[] }
  | { type: 'Scalar'; start: number; end: number };

export interface MemberNode {
  /** The decoded key. */
  key: string;
  /** The key's extent, quotes included. */
  name: Span;
  value: ValueNode;
}

/**
 * duplicateKeys() does not look inside the value of a key longer than this. Every finding there
 * would carry the whole key in its pointer (a 500 KB key over 87,000 repeated keys: a 43 GB JSON
 * report), and no such key is valid in a manifest: it is an unknown-property or unknown-event error
 * already (a client_name#… key holds a string, with no keys inside).
 */
const LONG_KEY = 200;

/** Deeper than this is not a manifest (the engine refuses over 64 levels before it gets here). */
const MAX_DEPTH = 200;

class NotJson extends Error {}

/** The tree of a text JSON.parse accepted (throws NotJson on anything else). */
export function locationTree(text: string): ValueNode {
  const n = text.length;
  let i = 0;
  /** Moves i past white space; the character there. */
  const skipSpace = (): number => text.charCodeAt((i = skipSpaceAt(text, i)));
  /** From an opening quote at i: the offset after the closing quote. */
  const stringEnd = (): number => stringEndAt(text, i);
  const value = (depth: number): ValueNode => {
    if (depth > MAX_DEPTH) throw new NotJson();
    const c = skipSpace();
    const start = i;
    if (c === 123) {
      i++;
      const members: MemberNode[] = [];
      if (skipSpace() === 125) {
        i++;
        return { type: 'Object', start, end: i, members };
      }
      for (;;) {
        if (skipSpace() !== 34) throw new NotJson();
        const keyStart = i;
        const keyEnd = stringEnd();
        const raw = text.slice(keyStart + 1, keyEnd - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, keyEnd)) as string) : raw;
        i = keyEnd;
        if (skipSpace() !== 58) throw new NotJson();
        i++;
        members.push({ key, name: { start: keyStart, end: keyEnd }, value: value(depth + 1) });
        const d = skipSpace();
        i++;
        if (d === 125) return { type: 'Object', start, end: i, members };
        if (d !== 44) throw new NotJson();
      }
    }
    if (c === 91) {
      i++;
      const elements: ValueNode[] = [];
      if (skipSpace() === 93) {
        i++;
        return { type: 'Array', start, end: i, elements };
      }
      for (;;) {
        elements.push(value(depth + 1));
        const d = skipSpace();
        i++;
        if (d === 93) return { type: 'Array', start, end: i, elements };
        if (d !== 44) throw new NotJson();
      }
    }
    if (c === 34) {
      i = stringEnd();
      return { type: 'Scalar', start, end: i };
    }
    // A number, true, false or null: up to the next delimiter.
    let d = c;
    while (i < n && !(d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9)) d = text.charCodeAt(++i);
    if (i === start) throw new NotJson();
    return { type: 'Scalar', start, end: i };
  };
  const root = value(0);
  if ((skipSpace(), i < n)) throw new NotJson();
  return root;
}

export interface SourceMapOptions {
  /**
   * The caller knows the text has no repeated key (the engine counts keys first): a pointer's key is
   * then the first match in its object, and the rest of the object is not read.
   */
  uniqueKeys?: boolean;
  /**
   * locate() calls answered by reading along the text before a tree of the whole text answers the
   * rest (default LOCATES_BEFORE_TREE). Reading along costs up to the length of the text per call:
   * right for the few findings of most files, quadratic for a file with thousands.
   */
  treeAfterLocates?: number;
}

/** See SourceMapOptions.treeAfterLocates. */
const LOCATES_BEFORE_TREE = 16;

export class SourceMap {
  readonly lines: LineIndex;
  private readonly uniqueKeys: boolean;
  /** locate() calls left before the tree is built. */
  private locatesAlong: number;
  /** The tree of the whole text, once built (for duplicateKeys(), or after many locate() calls). */
  private tree: ValueNode | undefined;

  constructor(
    private readonly text: string,
    options: SourceMapOptions = {},
  ) {
    this.lines = new LineIndex(text);
    this.uniqueKeys = options.uniqueKeys ?? false;
    this.locatesAlong = options.treeAfterLocates ?? LOCATES_BEFORE_TREE;
  }

  position(offset: number): Position {
    return this.lines.position(offset);
  }

  /**
   * The characters a finding is about: the key or value at `pointer`, or the nearest existing
   * parent. Found by reading the text along the pointer (a file with findings usually needs a few
   * spans, not a map of the whole file), or in the tree once there is one.
   */
  locate(pointer: string, target: Target): Span {
    try {
      if (this.tree === undefined && this.locatesAlong-- <= 0) this.tree = locationTree(this.text);
      return this.tree === undefined ? locateAlong(this.text, pointerSegments(pointer), target, this.uniqueKeys) : locateInTree(this.tree, pointer, target);
    } catch {
      return { start: 0, end: Math.min(1, this.text.length) }; // JSON.parse accepted it: not expected
    }
  }

  /** The edits of a fix's operations (see edit-ops.ts), or undefined when they cannot be made. */
  edits(ops: readonly EditOp[]): OffsetEdit[] | undefined {
    try {
      return resolveOps(this.text, ops, () => (this.tree ??= locationTree(this.text)));
    } catch {
      return undefined; // JSON.parse accepted it: not expected
    }
  }

  /**
   * Every repeated key, at the repeat (JSON.parse keeps the last one), in file order. `budget`
   * decides which are listed: the others are counted there and not built (no fix, no line lookup).
   */
  duplicateKeys(budget: ListingBudget = LIST_ALL): PendingFinding[] {
    let root: ValueNode;
    try {
      root = this.tree ??= locationTree(this.text);
    } catch {
      return []; // JSON.parse accepted it: not expected
    }
    const repeats: { member: MemberNode; earlier: MemberNode; pointer: string; first: MemberNode }[] = [];
    // Each value's pointer is made once, from its parent's: a long key (say 500 KB) over many
    // repeated keys is read once, not once per finding.
    const stack: { node: ValueNode; pointer: string }[] = [{ node: root, pointer: '' }];
    while (stack.length > 0) {
      const { node, pointer } = stack.pop()!;
      if (node.type === 'Object') {
        /** The first and the latest member of each key so far: a repeat's fix removes the latest (JSON.parse keeps the last: the meaning stays). */
        const seen = new Map<string, { first: MemberNode; latest: MemberNode }>();
        for (const m of node.members) {
          const at = pointer + pointerFrom([m.key]);
          const earlier = seen.get(m.key);
          if (earlier === undefined) seen.set(m.key, { first: m, latest: m });
          else {
            repeats.push({ member: m, earlier: earlier.latest, pointer: at, first: earlier.first });
            earlier.latest = m;
          }
          if (m.value.type !== 'Scalar' && m.key.length <= LONG_KEY) stack.push({ node: m.value, pointer: at });
        }
      } else if (node.type === 'Array') {
        for (let i = 0; i < node.elements.length; i++) {
          const e = node.elements[i]!;
          if (e.type !== 'Scalar') stack.push({ node: e, pointer: `${pointer}/${i}` });
        }
      }
    }
    repeats.sort((a, b) => a.member.name.start - b.member.name.start);
    const findings: PendingFinding[] = [];
    /** The message of each first member's repeats (shared: one key may repeat 100,000 times). */
    const messages = new Map<MemberNode, string>();
    for (const { member, earlier, pointer, first } of repeats) {
      if (!budget.admit('duplicate-key', 'error')) continue;
      let message = messages.get(first);
      if (message === undefined) {
        message = `duplicate key ${quote(member.key)} (first at line ${this.position(first.name.start).line}); JSON.parse keeps only the last one`;
        messages.set(first, message);
      }
      findings.push({
        rule: 'duplicate-key',
        severity: 'error',
        message,
        pointer,
        target: 'key',
        span: { start: member.name.start, end: member.name.end },
        fix: {
          description: `remove the earlier ${quote(member.key)} (line ${this.position(earlier.name.start).line}); JSON.parse keeps this one`,
          ops: [{ op: 'remove-member', pointer, keyOffset: earlier.name.start }],
        },
      });
    }
    return findings;
  }
}

function skipSpaceAt(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  return i;
}

/** From an opening quote at `i`: the offset after the closing quote. */
function stringEndAt(text: string, i: number): number {
  const close = closingQuote(text, i);
  if (close === -1) throw new NotJson();
  return close + 1;
}

/** The end of the value that starts at `i`, read without building anything. */
function valueEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return stringEndAt(text, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) j = stringEndAt(text, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
    }
    throw new NotJson();
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  let d = c;
  while (j < text.length && !(d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9)) d = text.charCodeAt(++j);
  if (j === i) throw new NotJson();
  return j;
}

/**
 * locate() without a tree: from the root, each segment's member (the last one of that name, as
 * JSON.parse keeps it, unless keys are known to be unique) or array element is found by skipping
 * over the values before it. Throws NotJson on text JSON.parse would not have accepted.
 */
function locateAlong(text: string, segments: readonly string[], target: Target, uniqueKeys: boolean): Span {
  let start = skipSpaceAt(text, 0);
  if (start >= text.length) throw new NotJson();
  let keyStart = -1;
  let keyEnd = -1;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const open = text.charCodeAt(start);
    let found = -1;
    let foundKeyStart = -1;
    let foundKeyEnd = -1;
    if (open === 123) {
      let i = skipSpaceAt(text, start + 1);
      if (text.charCodeAt(i) !== 125) {
        for (;;) {
          if (text.charCodeAt(i) !== 34) throw new NotJson();
          const nameEnd = stringEndAt(text, i);
          const raw = text.slice(i + 1, nameEnd - 1);
          const key = raw.includes('\\') ? (JSON.parse(text.slice(i, nameEnd)) as string) : raw;
          const colon = skipSpaceAt(text, nameEnd);
          if (text.charCodeAt(colon) !== 58) throw new NotJson();
          const valueStart = skipSpaceAt(text, colon + 1);
          if (key === segment) {
            found = valueStart;
            foundKeyStart = i;
            foundKeyEnd = nameEnd;
            if (uniqueKeys) break;
          }
          i = skipSpaceAt(text, valueEndAt(text, valueStart));
          const d = text.charCodeAt(i);
          if (d === 125) break;
          if (d !== 44) throw new NotJson();
          i = skipSpaceAt(text, i + 1);
        }
      }
    } else if (open === 91 && ARRAY_INDEX.test(segment)) {
      const index = Number(segment);
      let i = skipSpaceAt(text, start + 1);
      if (text.charCodeAt(i) !== 93) {
        for (let k = 0; ; k++) {
          if (k === index) {
            found = i;
            break;
          }
          i = skipSpaceAt(text, valueEndAt(text, i));
          const d = text.charCodeAt(i);
          if (d === 93) break;
          if (d !== 44) throw new NotJson();
          i = skipSpaceAt(text, i + 1);
        }
      }
    }
    if (found < 0) {
      // Not there: the nearest existing parent (its value, whatever the target).
      keyStart = -1;
      break;
    }
    start = found;
    keyStart = foundKeyStart;
    keyEnd = foundKeyEnd;
  }
  if (target === 'key' && keyStart >= 0) return { start: keyStart, end: keyEnd };
  if (target === 'open-brace') return { start, end: start + 1 };
  return { start, end: valueEndAt(text, start) };
}

/** The array index a pointer segment names (pointer[from, to)), or -1: digits without a leading zero. */
function indexAt(pointer: string, from: number, to: number): number {
  if (from >= to || to - from > 15 || (to - from > 1 && pointer.charCodeAt(from) === 48)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = pointer.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * locate() in the tree: the same answers as locateAlong, each in time proportional to the pointer.
 * The pointer is read in place (no split: a file can have a million findings to place).
 */
function locateInTree(root: ValueNode, pointer: string, target: Target): Span {
  let node = root;
  let key: Span | undefined;
  for (let from = 1; from <= pointer.length;) {
    let to = pointer.indexOf('/', from);
    if (to < 0) to = pointer.length;
    let next: MemberNode | ValueNode | undefined;
    if (node.type === 'Object') {
      if (node.byKey === undefined) {
        // The last of a repeated key, as JSON.parse keeps it.
        node.byKey = new Map();
        for (const m of node.members) node.byKey.set(m.key, m);
      }
      const raw = pointer.slice(from, to);
      next = node.byKey.get(raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw);
    } else if (node.type === 'Array') {
      const index = indexAt(pointer, from, to);
      if (index >= 0) next = node.elements[index];
    }
    if (next === undefined) {
      // Not there: the nearest existing parent (its value, whatever the target).
      key = undefined;
      break;
    }
    if ('key' in next) {
      key = next.name;
      node = next.value;
    } else {
      key = undefined;
      node = next;
    }
    from = to + 1;
  }
  if (target === 'key' && key !== undefined) return { start: key.start, end: key.end };
  if (target === 'open-brace') return { start: node.start, end: node.start + 1 };
  return { start: node.start, end: node.end };
}
