// The slow path, taken only for files that have findings: a position-aware parse (momoa) that maps
// a JSON pointer to the exact characters of a key or value, and finds duplicate keys.
import { parse, type ValueNode, type ObjectNode, type MemberNode } from '@humanwhocodes/momoa';
import { pointerFrom, pointerSegments, type PendingFinding, type Span, type Target } from '../findings.js';
import { LineIndex, type Position } from './text-positions.js';

export class SourceMap {
  readonly lines: LineIndex;
  private root: ValueNode | null | undefined;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  private body(): ValueNode | null {
    if (this.root === undefined) {
      try {
        this.root = parse(this.text, { mode: 'json' }).body;
      } catch {
        this.root = null; // JSON.parse accepted it; without a tree, findings sit on the first character
      }
    }
    return this.root;
  }

  position(offset: number): Position {
    return this.lines.position(offset);
  }

  /** The characters a finding is about: the key or value at `pointer`, or the nearest existing parent. */
  locate(pointer: string, target: Target): Span {
    const root = this.body();
    if (!root) return { start: 0, end: Math.min(1, this.text.length) };
    let node: ValueNode = root;
    let member: MemberNode | undefined;
    for (const segment of pointerSegments(pointer)) {
      let next: ValueNode | undefined;
      member = undefined;
      if (node.type === 'Object') {
        member = lastMember(node, segment);
        next = member?.value;
      } else if (node.type === 'Array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
        next = node.elements[Number(segment)]?.value;
      }
      if (!next) {
        member = undefined;
        break;
      }
      node = next;
    }
    if (target === 'key' && member) return spanOf(member.name);
    if (target === 'open-brace') return { start: node.loc.start.offset, end: node.loc.start.offset + 1 };
    return spanOf(node);
  }

  /** Every repeated key, at the repeat (JSON.parse keeps the last one). */
  duplicateKeys(): PendingFinding[] {
    const root = this.body();
    if (!root) return [];
    const findings: PendingFinding[] = [];
    const stack: { node: ValueNode; path: string[] }[] = [{ node: root, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (node.type === 'Object') {
        const seen = new Map<string, MemberNode>();
        for (const m of node.members) {
          const first = seen.get(keyOf(m));
          if (first) {
            const firstLine = this.position(first.name.loc.start.offset).line;
            findings.push({
              rule: 'duplicate-key',
              severity: 'error',
              message: `duplicate key ${JSON.stringify(keyOf(m))} (first at line ${firstLine}); JSON.parse keeps only the last one`,
              pointer: pointerFrom([...path, keyOf(m)]),
              target: 'key',
              span: spanOf(m.name),
            });
          } else seen.set(keyOf(m), m);
          stack.push({ node: m.value, path: [...path, keyOf(m)] });
        }
      } else if (node.type === 'Array') {
        node.elements.forEach((e, i) => stack.push({ node: e.value, path: [...path, String(i)] }));
      }
    }
    return findings.sort((a, b) => a.span!.start - b.span!.start);
  }
}

function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

function lastMember(node: ObjectNode, name: string): MemberNode | undefined {
  for (let i = node.members.length - 1; i >= 0; i--) if (keyOf(node.members[i]!) === name) return node.members[i];
  return undefined;
}

function spanOf(node: { loc: { start: { offset: number }; end: { offset: number } } }): Span {
  return { start: node.loc.start.offset, end: node.loc.end.offset };
}
