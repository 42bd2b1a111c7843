// Turns a rule's edit operations (by JSON pointer: rename this key, remove that item) into exact
// character edits, from the positions of the parsed tokens. Every edit keeps the JSON valid and the
// rest of the text byte for byte: a removed member or item takes exactly one adjacent comma and the
// white space between it and its neighbour, so the indentation, line endings (LF or CRLF) and key
// order of everything else stay as they were.
import { pointerSegments, type EditOp, type Span } from '../findings.js';
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

/** The member of an object: the last of a repeated key (JSON.parse keeps it), or the one whose key starts at `keyOffset`. */
function memberIndex(members: readonly MemberNode[], key: string, keyOffset: number | undefined): number {
  for (let i = members.length - 1; i >= 0; i--) {
    const m = members[i]!;
    if (m.key === key && (keyOffset === undefined || m.name.start === keyOffset)) return i;
  }
  return -1;
}

function placeOf(root: ValueNode, pointer: string, keyOffset?: number): Place | undefined {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return undefined; // the document itself is never removed or renamed
  let node = root;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const last = s === segments.length - 1;
    let index = -1;
    if (node.type === 'Object') index = memberIndex(node.members, segment, last ? keyOffset : undefined);
    else if (node.type === 'Array' && ARRAY_INDEX.test(segment) && Number(segment) < node.elements.length) index = Number(segment);
    if (index < 0) return undefined;
    const value = node.type === 'Object' ? node.members[index]!.value : (node as ValueNode & { type: 'Array' }).elements[index]!;
    if (last) return { value, container: node as Place['container'], index };
    node = value;
  }
  return undefined;
}

/** The extents of a container's members (key to end of value) or items. */
function extents(container: Place['container']): Span[] {
  return container.type === 'Object' ? container.members.map((m) => ({ start: m.name.start, end: m.value.end })) : container.elements.map((e) => ({ start: e.start, end: e.end }));
}

/**
 * Removing item `k`: an only item takes everything between the brackets (`{}` remains); any other
 * item but the last takes the comma after it and the white space up to the next item (whose
 * indentation becomes the removed item's); the last takes the comma before it, from the end of the
 * previous item. Strict JSON has only white space and that one comma between two items.
 */
function removal(container: Place['container'], k: number): OffsetEdit {
  const items = extents(container);
  if (items.length === 1) return { start: container.start + 1, end: container.end - 1, text: '' };
  if (k < items.length - 1) return { start: items[k]!.start, end: items[k + 1]!.start, text: '' };
  return { start: items[k - 1]!.end, end: items[k]!.end, text: '' };
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
