// Runs the build-time compiled validator (Ajv standalone code, no schema compiling at run time) and
// turns its errors into findings worded for a person, one per problem.
import type { ErrorObject } from 'ajv';
import validateManifest from './generated/validate-manifest.cjs';
import { manifestSchema } from './generated/manifest-schema.js';
import type { PendingFinding } from '../findings.js';
import { pointerFrom, pointerSegments } from '../findings.js';
import { byCloseness, closestMatch } from '../text/closest.js';
import { codePointLength, jsonTypeOf, labelOf, quote, valueAt } from '../text/describe.js';

/** Fields LivePerson sets itself; reported by the `server-field` rule, not as unknown properties. */
export const SERVER_FIELDS: readonly string[] = ['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];

export const WEBHOOKS_POINTER = '/capabilities/webhooks';
const MISSPELLED_EVENT = 'ms.MessagingEventNotification.ExConversationChangeNotification';
const RIGHT_EVENT = 'cqm.ExConversationChangeNotification';

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  /** A schema for the other properties (webhooks: an unknown event's value is still a webhook), or false. */
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
}

const root = manifestSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

/** The five webhook event keys (the webhooks object's properties, less "retry"). */
export const WEBHOOK_EVENTS: readonly string[] = Object.keys(root.$defs['webhooks']?.properties ?? {}).filter((k) => k !== 'retry');

/**
 * The value of an unknown webhooks key is checked as a webhook when the key has at most this many
 * code points (the schema's patternProperties under webhooks says the same). No event name is
 * longer, and every finding inside carries the key in its pointer: a longer key would make the
 * work and the report grow with the square of the file's size.
 */
export const EVENT_KEY_LIMIT = 200;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let guard = 0; n?.$ref && guard < 10; guard++) n = root.$defs[n.$ref.replace('#/$defs/', '')];
  return n;
}

const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) patterns.set(source, (re = new RegExp(source)));
  return re;
}

/** The schema that applies to the instance at `pointer`. */
export function schemaAt(pointer: string): SchemaNode | undefined {
  let node = resolve(root);
  for (const segment of pointerSegments(pointer)) {
    if (!node) return undefined;
    let next = node.properties?.[segment];
    if (!next && node.patternProperties) {
      for (const [pattern, s] of Object.entries(node.patternProperties)) if (patternOf(pattern).test(segment)) next = s;
    }
    if (!next && typeof node.additionalProperties === 'object') next = node.additionalProperties;
    if (!next && node.items && /^[0-9]+$/.test(segment)) next = node.items;
    node = resolve(next);
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'an object',
};

function joinQuoted(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

interface MappingContext {
  manifest: unknown;
  /** Pointers of missing required properties, e.g. "/client_name" (a typo's message says the guess is required). */
  missingRequired: Set<string>;
}

/** "between 0 and 5", "at least 1": the range of a number schema. */
function rangeOf(s: SchemaNode | undefined): string {
  if (s?.minimum !== undefined && s.maximum !== undefined) return `between ${s.minimum} and ${s.maximum}`;
  if (s?.minimum !== undefined) return `at least ${s.minimum}`;
  return `at most ${s?.maximum}`;
}

/** Why a range exists, when the number alone does not say. */
function rangeReason(pointer: string): string {
  return pointer.startsWith('/enabled_for_profiles/') ? ' (a profile id is a positive integer)' : '';
}

function unknownEvent(name: string): PendingFinding {
  const known = [...WEBHOOK_EVENTS, 'retry'];
  const events = WEBHOOK_EVENTS;
  let message: string;
  if (name === MISSPELLED_EVENT) {
    message = `unknown webhook event "${name}": the key is "${RIGHT_EVENT}" (the LivePerson page's table misspells it); this webhook never fires`;
  } else {
    const guess = closestMatch(name, known);
    message = guess
      ? `unknown webhook event ${quote(name)}; did you mean "${guess}"? This webhook never fires`
      : `unknown webhook event ${quote(name)}; this webhook never fires. Events: ${joinQuoted(events)} (and "retry")`;
    if (codePointLength(name) > EVENT_KEY_LIMIT) message += `. Its value is not checked: no event name is longer than ${EVENT_KEY_LIMIT} characters`;
  }
  return { rule: 'unknown-event', severity: 'error', pointer: pointerFrom([...pointerSegments(WEBHOOKS_POINTER), name]), target: 'key', message };
}

function mapError(error: ErrorObject, context: MappingContext): PendingFinding[] {
  const { manifest } = context;
  const pointer = error.instancePath;
  const value = valueAt(manifest, pointer);
  const label = labelOf(pointer);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const message = pointer === '' ? `missing required property "${missing}"` : `${label} is missing required property "${missing}"`;
      return [{ rule: 'required', severity: 'error', pointer, target: 'open-brace', message }];
    }
    case 'propertyNames':
      // Only webhooks constrains its keys (to the events and "retry"); the value of an unknown key is
      // still validated as a webhook (additionalProperties), so its errors come too.
      return [unknownEvent((error.params as { propertyName: string }).propertyName)];
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const at = pointerFrom([...pointerSegments(pointer), name]);
      const known = Object.keys(schemaAt(pointer)?.properties ?? {});
      if (pointer === '' && SERVER_FIELDS.includes(name)) return [];
      const guess = closestMatch(name, known);
      const guessPointer = guess === undefined ? '' : pointerFrom([...pointerSegments(pointer), guess]);
      const required = guess !== undefined && context.missingRequired.has(guessPointer);
      const message = guess
        ? `unknown property ${quote(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
        : `unknown property ${quote(name)}${pointer === '' ? '' : ` in ${label}`}; known properties: ${joinQuoted(known)}`;
      return [{ rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message }];
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const subject = pointer === '' ? 'the manifest' : label;
      return [{ rule: 'type', severity: 'error', pointer, target: 'value', message: `${subject} must be ${TYPE_NAMES[expected] ?? expected}, not ${jsonTypeOf(value)}` }];
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const ordered = typeof value === 'string' ? byCloseness(value, allowed) : allowed;
      const shown = typeof value === 'string' ? quote(value) : JSON.stringify(value);
      const parent = labelOf(pointerFrom(pointerSegments(pointer).slice(0, -1)));
      return [{ rule: 'enum', severity: 'error', pointer, target: 'value', message: `${shown} is not a supported value of ${parent}; supported: ${joinQuoted(ordered)}` }];
    }
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof value === 'string' ? codePointLength(value) : NaN;
      return [{ rule: 'max-length', severity: 'error', pointer, target: 'value', message: `${label} is ${length} characters long; the limit is ${limit}` }];
    }
    case 'minimum':
    case 'maximum':
      return [{ rule: 'range', severity: 'error', pointer, target: 'value', message: `${label} is ${String(value)}; it must be ${rangeOf(schemaAt(pointer))}${rangeReason(pointer)}` }];
    case 'pattern':
      return [{ rule: 'format', severity: 'error', pointer, target: 'value', message: `${label} must be an absolute https:// URL` }];
    case 'uniqueItems':
      return duplicateItems(pointer, value);
    default:
      return [{ rule: 'type', severity: 'error', pointer, target: 'value', message: `${label} is not valid (${error.keyword})` }];
  }
}

/** One finding per repeated item (Ajv reports only the first pair). */
function duplicateItems(pointer: string, value: unknown): PendingFinding[] {
  if (!Array.isArray(value)) return [];
  const first = new Map<string, number>();
  const findings: PendingFinding[] = [];
  const segments = pointerSegments(pointer);
  value.forEach((item, index) => {
    const key = JSON.stringify(item) ?? 'undefined';
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else {
      const shown = typeof item === 'string' ? quote(item) : typeof item === 'number' ? String(item) : 'this item';
      findings.push({
        rule: 'duplicate-item',
        severity: 'warning',
        pointer: pointerFrom([...segments, index]),
        target: 'value',
        message: `${shown} is repeated in ${labelOf(pointer)} (first at ${labelOf(pointer)}[${seen}])`,
      });
    }
  });
  return findings;
}

/** Appends one by one: a spread into push() passes every item as an argument, and overflows the stack on a huge array. */
function append(to: PendingFinding[], found: readonly PendingFinding[]): void {
  for (let i = 0; i < found.length; i++) to.push(found[i]!);
}

export function schemaFindings(manifest: unknown): PendingFinding[] {
  if (validateManifest(manifest)) return [];
  const errors = validateManifest.errors ?? [];
  // A value of the wrong type gets one finding (the type), not also enum/length/range ones.
  const wrongType = new Set<string>();
  const missingRequired = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'type') wrongType.add(e.instancePath);
    else if (e.keyword === 'required') missingRequired.add(pointerFrom([...pointerSegments(e.instancePath), (e.params as { missingProperty: string }).missingProperty]));
  }
  const context: MappingContext = { manifest, missingRequired };
  const findings: PendingFinding[] = [];
  for (const error of errors) {
    // propertyNames reports the key's own error (enum) too, marked with the key: the propertyNames error stands for both.
    if (error.propertyName !== undefined) continue;
    if (error.keyword !== 'type' && error.keyword !== 'additionalProperties' && error.keyword !== 'propertyNames' && wrongType.has(error.instancePath)) continue;
    // Every error is its own finding: a missing required property is reported even when a misspelled
    // key's message names it ("did you mean"), so turning unknown-property off never hides it.
    append(findings, mapError(error, context));
  }
  return findings;
}
