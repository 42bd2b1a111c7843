// Runs the build-time compiled validator (Ajv standalone code, no schema compiling at run time) and
// turns its errors into findings worded for a person, one per problem.
import type { ErrorObject } from 'ajv';
import validateManifest from './generated/validate-manifest.cjs';
import { manifestSchema } from './generated/manifest-schema.js';
import type { PendingFinding, PendingFix } from '../findings.js';
import { pointerFrom, pointerSegments } from '../findings.js';
import { nearMiss, removeRepeatedItem, renameKey, replaceString, setNumber, useHttps, wrapInArray } from '../fixes/fix-ops.js';
import { byCloseness, certainMatch, closestMatch } from '../text/closest.js';
import { codePointLength, jsonTypeOf, labelOf, quote, valueAt } from '../text/describe.js';

/** Fields LivePerson sets itself; reported by the `server-field` rule, not as unknown properties. */
export const SERVER_FIELDS: readonly string[] = ['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted'];

export const WEBHOOKS_POINTER = '/capabilities/webhooks';
const MISSPELLED_EVENT = 'ms.MessagingEventNotification.ExConversationChangeNotification';
const RIGHT_EVENT = 'cqm.ExConversationChangeNotification';
/** Arrays once documented as a string: such a string is fixed by wrapping it in an array. */
const WRAPPED_IN_ARRAY = new Set(['/response_types', '/capabilities/engagement/target_audience', '/capabilities/engagement/goal']);

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
}

const root = manifestSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

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
  /** Pointers of missing required properties, e.g. "/client_name". */
  missingRequired: Set<string>;
  /** Missing required properties explained by a misspelled key (reported once, as the typo). */
  explainedByTypo: Set<string>;
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
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const at = pointerFrom([...pointerSegments(pointer), name]);
      const known = Object.keys(schemaAt(pointer)?.properties ?? {});
      if (pointer === '' && SERVER_FIELDS.includes(name)) return [];
      if (pointer === WEBHOOKS_POINTER) {
        const events = known.filter((k) => k !== 'retry');
        let message: string;
        let fix: PendingFix | undefined;
        if (name === MISSPELLED_EVENT) {
          message = `unknown webhook event "${name}": the key is "${RIGHT_EVENT}" (the LivePerson page's table misspells it); this webhook never fires`;
          fix = renameKey(value, at, RIGHT_EVENT);
        } else {
          const guess = closestMatch(name, known);
          message = guess
            ? `unknown webhook event ${quote(name)}; did you mean "${guess}"? This webhook never fires`
            : `unknown webhook event ${quote(name)}; this webhook never fires. Events: ${joinQuoted(events)} (and "retry")`;
          // Certain only for a near miss (case, plural, one typo) of exactly one key.
          if (guess !== undefined && nearMiss(name, known, true) === guess) fix = renameKey(value, at, guess);
        }
        return [{ rule: 'unknown-event', severity: 'error', pointer: at, target: 'key', message, fix }];
      }
      const guess = closestMatch(name, known);
      const guessPointer = guess === undefined ? '' : pointerFrom([...pointerSegments(pointer), guess]);
      const required = guess !== undefined && context.missingRequired.has(guessPointer);
      if (required) context.explainedByTypo.add(guessPointer);
      const message = guess
        ? `unknown property ${quote(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
        : `unknown property ${quote(name)}${pointer === '' ? '' : ` in ${label}`}; known properties: ${joinQuoted(known)}`;
      const fix = guess !== undefined && certainMatch(name, known) === guess ? renameKey(value, at, guess) : undefined;
      return [{ rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message, fix }];
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const subject = pointer === '' ? 'the manifest' : label;
      const fix = expected === 'array' && typeof value === 'string' && WRAPPED_IN_ARRAY.has(pointer) ? wrapInArray(pointer) : undefined;
      return [{ rule: 'type', severity: 'error', pointer, target: 'value', message: `${subject} must be ${TYPE_NAMES[expected] ?? expected}, not ${jsonTypeOf(value)}`, fix }];
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const ordered = typeof value === 'string' ? byCloseness(value, allowed) : allowed;
      const shown = typeof value === 'string' ? quote(value) : JSON.stringify(value);
      const parent = labelOf(pointerFrom(pointerSegments(pointer).slice(0, -1)));
      const near = typeof value === 'string' ? nearMiss(value, allowed, false) : undefined;
      const fix = near === undefined ? undefined : replaceString(pointer, value as string, near);
      return [{ rule: 'enum', severity: 'error', pointer, target: 'value', message: `${shown} is not a supported value of ${parent}; supported: ${joinQuoted(ordered)}`, fix }];
    }
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof value === 'string' ? codePointLength(value) : NaN;
      return [{ rule: 'max-length', severity: 'error', pointer, target: 'value', message: `${label} is ${length} characters long; the limit is ${limit}` }];
    }
    case 'minimum':
    case 'maximum': {
      const s = schemaAt(pointer);
      const suggestion = error.keyword === 'maximum' && label === 'max_retries' && s?.maximum !== undefined ? setNumber(pointer, s.maximum) : undefined;
      return [{ rule: 'range', severity: 'error', pointer, target: 'value', message: `${label} is ${String(value)}; it must be between ${s?.minimum} and ${s?.maximum}`, suggestion }];
    }
    case 'pattern': {
      const suggestion = typeof value === 'string' ? useHttps(pointer, value) : undefined;
      return [{ rule: 'format', severity: 'error', pointer, target: 'value', message: `${label} must be an absolute https:// URL`, suggestion }];
    }
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
  value.forEach((item, index) => {
    const key = JSON.stringify(item) ?? 'undefined';
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else {
      const shown = typeof item === 'string' ? quote(item) : typeof item === 'number' ? String(item) : 'this item';
      findings.push({
        rule: 'duplicate-item',
        severity: 'warning',
        pointer: pointerFrom([...pointerSegments(pointer), index]),
        target: 'value',
        message: `${shown} is repeated in ${labelOf(pointer)} (first at ${labelOf(pointer)}[${seen}])`,
        fix: removeRepeatedItem(pointerFrom([...pointerSegments(pointer), index])),
      });
    }
  });
  return findings;
}

export function schemaFindings(manifest: unknown): PendingFinding[] {
  if (validateManifest(manifest)) return [];
  const errors = validateManifest.errors ?? [];
  // A value of the wrong type gets one finding (the type), not also enum/length/range ones.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const missing = (e: ErrorObject) => pointerFrom([...pointerSegments(e.instancePath), (e.params as { missingProperty: string }).missingProperty]);
  const context: MappingContext = {
    manifest,
    missingRequired: new Set(errors.filter((e) => e.keyword === 'required').map(missing)),
    explainedByTypo: new Set(),
  };
  const findings: PendingFinding[] = [];
  for (const error of errors) {
    if (error.keyword === 'required') continue;
    if (error.keyword !== 'type' && error.keyword !== 'additionalProperties' && wrongType.has(error.instancePath)) continue;
    findings.push(...mapError(error, context));
  }
  // `"clientName"` where `"client_name"` is required is one problem (the typo), not two.
  for (const error of errors) {
    if (error.keyword === 'required' && !context.explainedByTypo.has(missing(error))) findings.push(...mapError(error, context));
  }
  return findings;
}
