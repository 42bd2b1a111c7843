// Turns a rule's edit operations (by JSON pointer: rename this key, remove that item) into exact
// character edits, from the positions of the parsed tokens. Every edit keeps the JSON valid and the
// rest of the text byte for byte: a removed member or item takes exactly one adjacent comma and the
// white space between it and its neighbour, so the indentation, line endings (LF or CRLF) and key
// order of everything else stay as they were.
import { pointerSegments, type EditOp, type Span } from '../engine/findings.js';
import type { MemberNode, ValueNode } from './source-map.js';

/** A JSON pointer segment that names an array index. */
export const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** One edit as offsets into the text (UTF-16 code units, end exclusive). */
export interface OffsetEdit extends Span {
  text: string;
}

/**
 * The edits of `ops`, in text order, or undefined when one cannot be made (the pointer is not in
 * the text, or two of them overlap): no fix is better than a wrong one. `tree` gives the location
 * tree of the text (asked only when an operation needs it: `delete` does not; undefined for text
 * that does not parse).
 */
export function resolveOps(text: string, ops: readonly EditOp[], tree: () => ValueNode | undefined): OffsetEdit[] | undefined {
  const edits: OffsetEdit[] = [];
  for (const op of ops) {
    let edit: OffsetEdit | undefined;
    if (op.op === 'delete') edit = deletion(text, op.span);
    else {
      const root = tree();
      if (root !== undefined) edit = resolveInTree(text, root, op);
    }
    if (edit === undefined) return undefined;
    edits.push(edit);
  }
  edits.sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return undefined;
  return edits;
}

function deletion(text: string, span: Span): OffsetEdit | undefined {
  return span.start >= 0 && span.start <= span.end && span.end <= text.length ? { start: span.start, end: span.end, text: '' } : undefined;
}

/** Where a pointer leads in the tree: the value, its container and its place there. */
interface Place {
  value: ValueNode;
  container: ValueNode & { type: 'Object' | 'Array' };
  index: number;
}

/** The index of the member whose key starts at `offset` (members are in text order), or -1. */
function memberAt(members: readonly MemberNode[], offset: number): number {
  let lo = 0;
  let hi = members.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = members[mid]!.name.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The member of an object: the last of a repeated key (JSON.parse keeps it), or the one whose key
 * starts at `keyOffset`. In time logarithmic in the object's size (a file may have a fix for each
 * of many thousand members).
 */
function memberIndex(node: ValueNode & { type: 'Object' }, key: string, keyOffset: number | undefined): number {
  if (keyOffset === undefined) {
    if (node.byKey === undefined) {
      node.byKey = new Map();
      for (const m of node.members) node.byKey.set(m.key, m);
    }
    const member = node.byKey.get(key);
    if (member === undefined) return -1;
    keyOffset = member.name.start;
  }
  const index = memberAt(node.members, keyOffset);
  return index >= 0 && node.members[index]!.key === key ? index : -1;
}

function placeOf(root: ValueNode, pointer: string, keyOffset?: number): Place | undefined {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return undefined; // the document itself is never removed or renamed
  let node = root;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const last = s === segments.length - 1;
    let index = -1;
    if (node.type === 'Object') index = memberIndex(node, segment, last ? keyOffset : undefined);
    else if (node.type === 'Array' && ARRAY_INDEX.test(segment) && Number(segment) < node.elements.length) index = Number(segment);
    if (index < 0) return undefined;
    const value = node.type === 'Object' ? node.members[index]!.value : (node as ValueNode & { type: 'Array' }).elements[index]!;
    if (last) return { value, container: node as Place['container'], index };
    node = value;
  }
  return undefined;
}

/** The extent of a container's member (key to end of value) or item `k`. */
function extent(container: Place['container'], k: number): Span {
  if (container.type === 'Object') {
    const m = container.members[k]!;
    return { start: m.name.start, end: m.value.end };
  }
  return container.elements[k]!;
}

/**
 * Removing item `k`: an only item takes everything between the brackets (`{}` remains); any other
 * item but the last takes the comma after it and the white space up to the next item (whose
 * indentation becomes the removed item's); the last takes the comma before it, from the end of the
 * previous item. Strict JSON has only white space and that one comma between two items.
 */
function removal(container: Place['container'], k: number): OffsetEdit {
  const count = container.type === 'Object' ? container.members.length : container.elements.length;
  if (count === 1) return { start: container.start + 1, end: container.end - 1, text: '' };
  if (k < count - 1) return { start: extent(container, k).start, end: extent(container, k + 1).start, text: '' };
  return { start: extent(container, k - 1).end, end: extent(container, k).end, text: '' };
}

function resolveInTree(text: string, root: ValueNode, op: Exclude<EditOp, { op: 'delete' }>): OffsetEdit | undefined {
  const place = placeOf(root, op.pointer, op.op === 'remove-member' ? op.keyOffset : undefined);
  if (place === undefined) return undefined;
  const { value, container, index } = place;
  switch (op.op) {
    case 'rename-key': {
      if (container.type !== 'Object') return undefined;
      const name = container.members[index]!.name;
      return { start: name.start, end: name.end, text: JSON.stringify(op.to) };
    }
    case 'replace-value':
      return { start: value.start, end: value.end, text: op.json };
    case 'wrap-in-array':
      return { start: value.start, end: value.end, text: `[${text.slice(value.start, value.end)}]` };
    case 'remove-member':
      return container.type === 'Object' ? removal(container, index) : undefined;
    case 'remove-item':
      return container.type === 'Array' ? removal(container, index) : undefined;
  }
}
