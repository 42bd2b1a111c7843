// The schema node that applies to the value at a JSON pointer (following $ref, properties,
// patternProperties and items): tests use it to generate manifests that fit the schema.
import { pointerSegments } from '../../src/engine/findings.js';
import { manifestSchema } from '../../src/schema/generated/manifest-schema.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: readonly unknown[];
  uniqueItems?: boolean;
}

const root = manifestSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let guard = 0; n?.$ref && guard < 10; guard++) n = root.$defs[n.$ref.replace('#/$defs/', '')];
  return n;
}

export function schemaAt(pointer: string): SchemaNode | undefined {
  let node = resolve(root);
  for (const segment of pointerSegments(pointer)) {
    if (!node) return undefined;
    let next = node.properties?.[segment];
    if (!next && node.patternProperties) {
      for (const [pattern, s] of Object.entries(node.patternProperties)) if (new RegExp(pattern).test(segment)) next = s;
    }
    if (!next && node.items && /^[0-9]+$/.test(segment)) next = node.items;
    node = resolve(next);
  }
  return node;
}
