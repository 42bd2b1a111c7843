// Runs the build-time compiled validator (Ajv standalone code, no schema compiling at run time) and
// turns its errors into findings worded for a person, one per problem.
import type { ErrorObject } from 'ajv';
import validateManifest from './generated/validate-manifest.cjs';
import { manifestSchema } from './generated/manifest-schema.js';
import type { PendingFinding, PendingFix, RuleId } from '../engine/findings.js';
import { LIST_ALL, type ListingBudget } from '../engine/finding-budget.js';
import { nearMiss, removeMember, removeRepeatedItem, renameKey, replaceString, setNumber, useHttps, wrapInArray } from '../fixes/fix-ops.js';
import { decodedWholeUrl, percentEncodedMessage } from '../semantic/parsed-url.js';
import { placeholderIn } from '../semantic/placeholder-text.js';
import { SCHEMA_URL } from '../tool-info.js';
import { byCloseness, closestMatch, matchesOf } from '../text/closest.js';
import { codePointLength, jsonTypeOf, keyLabel, quote } from '../text/describe.js';
import { MAX_PROFILE_ID, profileIdOfToken } from '../engine/profile-id.js';

/**
 * Fields LivePerson sets itself; reported by the `server-field` rule, not as unknown properties. The
 * last two are in exported installations (the Applications API's response) too.
 */
export const SERVER_FIELDS: readonly string[] = ['id', 'client_id', 'client_secret', 'client_id_issued_at', 'client_secret_expires_at', 'deleted', 'installation_type', 'is_internal'];

export const WEBHOOKS_POINTER = '/capabilities/webhooks';
const MISSPELLED_EVENT = 'ms.MessagingEventNotification.ExConversationChangeNotification';
const RIGHT_EVENT = 'cqm.ExConversationChangeNotification';
/** Arrays once documented as a string: such a string is fixed by wrapping it in an array. */
const WRAPPED_IN_ARRAY = new Set(['/response_types', '/capabilities/engagement/target_audience', '/capabilities/engagement/goal']);

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
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

/**
 * The errors of the compiled validator: verbose (scripts/build-schema.mjs), so each carries the
 * value (`data`) and the schema object it failed (`parentSchema`). A file can have a million errors:
 * nothing here splits a pointer or walks the document or the schema again for each.
 */
type SchemaError = ErrorObject & { data?: unknown; parentSchema?: SchemaNode };

/**
 * Keywords Ajv applies only to a value of their type (maxLength to strings, minimum to numbers, ...)
 * or that are about an object's keys: never reported next to a type error at the same place.
 */
const TYPE_GUARDED: ReadonlySet<string> = new Set(['maxLength', 'minimum', 'maximum', 'pattern', 'uniqueItems', 'required', 'additionalProperties', 'propertyNames']);

/** One RFC 6901 segment, escaped. */
function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

function isIndex(pointer: string, from: number, to: number): boolean {
  if (from >= to || (to - from > 1 && pointer.charCodeAt(from) === 48)) return false; // "" or a leading 0
  for (let i = from; i < to; i++) {
    const c = pointer.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A short human name for the value at `pointer` (as labelOf in text/describe.ts: `max_retries`,
 * `headers[3]`, `"my key"`, `the manifest`), read from the end of the pointer without splitting it.
 * A key that is not a plain name is quoted and shortened (keyLabel): a key can be any length
 * (client_name#…, an unknown webhook event) and is printed in the message of every finding under it.
 */
export function labelAt(pointer: string): string {
  if (pointer === '') return 'the manifest';
  let suffix = '';
  let end = pointer.length;
  for (;;) {
    const slash = pointer.lastIndexOf('/', end - 1);
    if (slash > 0 && isIndex(pointer, slash + 1, end)) {
      suffix = `[${pointer.slice(slash + 1, end)}]${suffix}`;
      end = slash;
      continue;
    }
    const segment = pointer.slice(slash + 1, end);
    return keyLabel(segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment) + suffix;
  }
}

/**
 * labelAt, and for a value inside a webhook the webhook it is in: `endpoint of
 * ms.MessagingEventNotification.ContentEvent`, `header_name of headers[0] of cqm.…` (a manifest has
 * up to five endpoints; "endpoint" alone does not say which). An unknown event key is quoted and
 * shortened. (Never splits the whole pointer: only the segments after the event.)
 */
export function labelIn(pointer: string): string {
  const label = labelAt(pointer);
  if (!pointer.startsWith(`${WEBHOOKS_POINTER}/`)) return label;
  const from = WEBHOOKS_POINTER.length + 1;
  const slash = pointer.indexOf('/', from);
  if (slash < 0) return label; // the webhook itself: its label is its event key
  const segment = pointer.slice(from, slash);
  const event = segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
  if (event === 'retry') return `retry.${label}`;
  const webhook = WEBHOOK_EVENTS.includes(event) ? event : quote(event, 60);
  // Inside a header (…/headers/0/header_name): the header too.
  const header = /^\/headers\/(\d+)\/[^/]+$/.exec(pointer.slice(slash));
  return header ? `${label} of headers[${header[1]}] of ${webhook}` : `${label} of ${webhook}`;
}

/** The pointer of the parent of `pointer` ("" for a top-level value). */
function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
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

/** "between 0 and 5", "at least 1": the range of a number schema. */
function rangeOf(s: SchemaNode | undefined): string {
  if (s?.minimum !== undefined && s.maximum !== undefined) return `between ${s.minimum} and ${s.maximum}`;
  if (s?.minimum !== undefined) return `at least ${s.minimum}`;
  return `at most ${s?.maximum}`;
}

/** A number as the file writes it when known (a profile id: `-0`, not 0), else as JavaScript does. */
function numberText(pointer: string, value: unknown, profileTokens: readonly (string | undefined)[] | undefined): string {
  const prefix = '/enabled_for_profiles/';
  const token = profileTokens !== undefined && pointer.startsWith(prefix) ? profileTokens[Number(pointer.slice(prefix.length))] : undefined;
  return token !== undefined ? shownToken(token) : String(value);
}

/** Why a range exists, when the number alone does not say. */
function rangeReason(pointer: string): string {
  return pointer.startsWith('/enabled_for_profiles/') ? ' (a profile id is a positive integer)' : '';
}

/** What an unknown webhooks key may be instead, and the list a message gives. */
const WEBHOOK_KEYS: readonly string[] = [...WEBHOOK_EVENTS, 'retry'];
const EVENT_LIST = joinQuoted(WEBHOOK_EVENTS);

/** The known properties of a schema object, and their quoted list (made once per object, not per error). */
const knownOf = new WeakMap<SchemaNode, { names: readonly string[]; list: string }>();

function knownProperties(schema: SchemaNode | undefined): { names: readonly string[]; list: string } {
  if (schema === undefined) return { names: [], list: '' };
  let known = knownOf.get(schema);
  if (known === undefined) {
    const names = Object.keys(schema.properties ?? {});
    knownOf.set(schema, (known = { names, list: joinQuoted(names) }));
  }
  return known;
}

/** `webhooks`: the object that has the key (a rename is no fix when it already has the new name). */
function unknownEvent(name: string, webhooks: unknown): PendingFinding {
  const pointer = `${WEBHOOKS_POINTER}/${escapeSegment(name)}`;
  let message: string;
  let fix: PendingFix | undefined;
  if (name === MISSPELLED_EVENT) {
    message = `unknown webhook event "${name}": the key is "${RIGHT_EVENT}" (the LivePerson page's table misspells it); this webhook never fires`;
    fix = renameKey(webhooks, pointer, RIGHT_EVENT);
  } else {
    const guess = closestMatch(name, WEBHOOK_KEYS);
    message = guess
      ? `unknown webhook event ${quote(name)}; did you mean "${guess}"? This webhook never fires`
      : `unknown webhook event ${quote(name)}; this webhook never fires. Events: ${EVENT_LIST} (and "retry")`;
    if (codePointLength(name) > EVENT_KEY_LIMIT) message += `. Its value is not checked: no event name is longer than ${EVENT_KEY_LIMIT} characters`;
    // Certain only for a near miss (case, plural, one typo) of exactly one key.
    if (guess !== undefined && nearMiss(name, WEBHOOK_KEYS, true) === guess) fix = renameKey(webhooks, pointer, guess);
  }
  return { rule: 'unknown-event', severity: 'error', pointer, target: 'key', message, fix };
}

/**
 * Whether the schema's ^https:// error on a webhook endpoint is the `placeholder` rule's to report:
 * the value has a template placeholder, and what comes before it could still begin an https:// URL
 * (`<webhook URL>`, `https://{HOST}/hook`). `http://{HOST}/hook` is not: its scheme is wrong whatever
 * the placeholder stands for.
 */
function placeholderEndpoint(error: SchemaError): boolean {
  if (error.keyword !== 'pattern' || typeof error.data !== 'string') return false;
  const found = placeholderIn(error.data);
  if (found === undefined) return false;
  const before = error.data.slice(0, found.index);
  return before.startsWith('https://') || 'https://'.startsWith(before);
}

/** `$schema` at the top level: an editor habit; the message says how to get completion without it. */
const SCHEMA_KEYWORD_MESSAGE =
  `unknown property "$schema": a manifest has no such field (LivePerson's upload takes only the fields it defines). ` +
  `For completion and hover help without it, map your manifests to the schema in the editor: in VS Code, "json.schemas": [{ "fileMatch": ["**/liveperson/*.json"], "url": "${SCHEMA_URL}" }] in .vscode/settings.json; ` +
  `in JetBrains IDEs, Settings > Languages & Frameworks > Schemas and DTDs > JSON Schema Mappings`;

/** The rule of each keyword's finding (mapError's; any other keyword is reported as `type`). */
const RULE_OF_KEYWORD: Readonly<Record<string, RuleId>> = {
  required: 'required',
  propertyNames: 'unknown-event',
  additionalProperties: 'unknown-property',
  type: 'type',
  enum: 'enum',
  maxLength: 'max-length',
  minimum: 'range',
  maximum: 'range',
  pattern: 'format',
};

/** A server field at the top level: its own rule (server-field) reports it, not unknown-property. */
function isServerField(error: SchemaError): boolean {
  return error.keyword === 'additionalProperties' && error.instancePath === '' && SERVER_FIELDS.includes((error.params as { additionalProperty: string }).additionalProperty);
}

/**
 * The finding of one error (not a server field's). `missingRequired`: pointers of the missing
 * required properties, e.g. "/client_name" (a typo's message says the guess is required).
 */
function mapError(
  error: SchemaError,
  missingRequired: ReadonlySet<string>,
  enumMessages: Map<string, { message: string; near?: string }>,
  profileTokens: readonly (string | undefined)[] | undefined,
): PendingFinding {
  const pointer = error.instancePath;
  const value = error.data;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const message = pointer === '' ? `missing required property "${missing}"` : `${labelIn(pointer)} is missing required property "${missing}"`;
      return { rule: 'required', severity: 'error', pointer, target: 'open-brace', message };
    }
    case 'propertyNames':
      // Only webhooks constrains its keys (to the events and "retry"); the value of an unknown key is
      // still validated as a webhook (patternProperties), so its errors come too.
      return unknownEvent((error.params as { propertyName: string }).propertyName, value);
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      if (name === '$schema' && pointer === '')
        return { rule: 'unknown-property', severity: 'error', pointer: '/$schema', target: 'key', message: SCHEMA_KEYWORD_MESSAGE, suggestion: removeMember('/$schema') };
      const known = knownProperties(error.parentSchema);
      const { closest: guess, certain } = matchesOf(name, known.names);
      const required = guess !== undefined && missingRequired.has(`${pointer}/${guess}`);
      const message = guess
        ? `unknown property ${quote(name)}; did you mean "${guess}"?${required ? ` (${guess} is required)` : ''}`
        : `unknown property ${quote(name)}${pointer === '' ? '' : ` in ${labelIn(pointer)}`}; known properties: ${known.list}`;
      const at = `${pointer}/${escapeSegment(name)}`;
      // A fix only when the guess is certain (case and separators, one edit, a plural): `uri` for logo_uri stays a guess.
      const fix = certain !== undefined ? renameKey(value, at, certain) : undefined;
      return { rule: 'unknown-property', severity: 'error', pointer: at, target: 'key', message, fix };
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const fix = expected === 'array' && typeof value === 'string' && WRAPPED_IN_ARRAY.has(pointer) ? wrapInArray(pointer) : undefined;
      return { rule: 'type', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} must be ${TYPE_NAMES[expected] ?? expected}, not ${jsonTypeOf(value)}`, fix };
    }
    case 'enum': {
      // The message names the array, not the item: every item of one array with one value shares it.
      const parent = parentOf(pointer);
      const key = `${parent}\u0000${typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`}`;
      let known = enumMessages.get(key);
      if (known === undefined) {
        const shown = typeof value === 'string' ? quote(value) : JSON.stringify(value);
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const ordered = typeof value === 'string' ? byCloseness(value, allowed) : allowed;
        const message = `${shown} is not a supported value of ${labelIn(parent)}; supported: ${joinQuoted(ordered)}`;
        // A fix when the value is one edit from exactly one allowed value (client_credential).
        enumMessages.set(key, (known = { message, near: typeof value === 'string' ? nearMiss(value, allowed, false) : undefined }));
      }
      const fix = known.near === undefined ? undefined : replaceString(pointer, value as string, known.near);
      return { rule: 'enum', severity: 'error', pointer, target: 'value', message: known.message, fix };
    }
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof value === 'string' ? codePointLength(value) : NaN;
      return { rule: 'max-length', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} is ${length} characters long; the limit is ${limit}` };
    }
    case 'minimum':
    case 'maximum': {
      const maximum = error.parentSchema?.maximum;
      // A suggestion (a person decides): max_retries above 5 becomes 5.
      const suggestion = error.keyword === 'maximum' && maximum !== undefined && labelAt(pointer) === 'max_retries' ? setNumber(pointer, maximum) : undefined;
      return {
        rule: 'range',
        severity: 'error',
        pointer,
        target: 'value',
        message: `${labelIn(pointer)} is ${numberText(pointer, value, profileTokens)}; it must be ${rangeOf(error.parentSchema)}${rangeReason(pointer)}`,
        suggestion,
      };
    }
    case 'pattern': {
      // (Only a webhook endpoint has a pattern: ^https://.) A URL percent-encoded as a whole gets the decoded URL as a suggestion.
      const decoded = typeof value === 'string' ? decodedWholeUrl(value) : undefined;
      if (decoded !== undefined)
        return { rule: 'format', severity: 'error', pointer, target: 'value', message: percentEncodedMessage(labelIn(pointer)), suggestion: replaceString(pointer, value as string, decoded) };
      // A suggestion: http:// becomes https:// (the server must answer there).
      const suggestion = typeof value === 'string' ? useHttps(pointer, value) : undefined;
      return { rule: 'format', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} must be an absolute https:// URL`, suggestion };
    }
    default:
      return { rule: 'type', severity: 'error', pointer, target: 'value', message: `${labelIn(pointer)} is not valid (${error.keyword})` };
  }
}

/**
 * One finding per repeated item (Ajv reports only the first pair), appended to `findings` when the
 * budget lists it. Every repeat of a value shares one message string (an array may repeat one value
 * half a million times).
 */
function addDuplicateItems(findings: PendingFinding[], pointer: string, value: unknown, budget: ListingBudget, tokens?: readonly (string | undefined)[]): void {
  if (!Array.isArray(value)) return;
  /** By the item's JSON: the message of its repeats, once the first repeat is seen, else the first index. */
  const seen = new Map<string, number | string>();
  const label = labelAt(pointer);
  const place = labelIn(pointer);
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    // Profile ids by their text: 9007199254740993 and 9007199254740992 are two ids JSON.parse reads as one number.
    const token = tokens?.[index];
    const key = token !== undefined ? `#${profileIdOfToken(token) ?? token}` : (JSON.stringify(item) ?? 'undefined');
    let message = seen.get(key);
    if (message === undefined) {
      seen.set(key, index);
      continue;
    }
    if (!budget.admit('duplicate-item', 'warning')) continue;
    if (typeof message === 'number') {
      const shown = typeof item === 'string' ? quote(item) : token !== undefined ? shownToken(token) : typeof item === 'number' ? String(item) : 'this item';
      seen.set(key, (message = `${shown} is repeated in ${place} (first at ${label}[${message}])`));
    }
    const at = `${pointer}/${index}`;
    findings.push({ rule: 'duplicate-item', severity: 'warning', pointer: at, target: 'value', message, fix: removeRepeatedItem(at) });
  }
}

/** A number token as a message shows it (a token of digits may be a megabyte long). */
function shownToken(token: string): string {
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}

/**
 * The profile ids that JSON.parse reads as integers from 1 but whose text is no profile id (the
 * schema sees only the parsed number): `5.0`, `1e300`, `4.99999999999999999` (read as 5) are
 * `type` errors, `9223372036854775808` (past 2^63-1) a `range` error. `tokens`: the text of each
 * item (enabledProfileTokens).
 */
function profileIdFindings(findings: PendingFinding[], manifest: unknown, tokens: readonly (string | undefined)[], budget: ListingBudget): void {
  const items = (manifest as Record<string, unknown>)['enabled_for_profiles'] as unknown[];
  for (let i = 0; i < items.length; i++) {
    const token = tokens[i];
    const value = items[i];
    if (token === undefined || typeof value !== 'number' || !Number.isInteger(value) || value < 1 || profileIdOfToken(token) !== undefined) continue;
    const pointer = `/enabled_for_profiles/${i}`;
    const label = `enabled_for_profiles[${i}]`;
    if (/[.eE]/.test(token)) {
      // `5.0`, `5.000`: certainly 5 (a fix); `4.99999999999999999`, `1e2`: a person decides.
      const whole = /^([1-9][0-9]*)\.0+$/.exec(token)?.[1];
      const fix: PendingFix | undefined =
        whole !== undefined && profileIdOfToken(whole) !== undefined ? { description: `write ${labelAt(pointer)} as ${whole}`, ops: [{ op: 'replace-value', pointer, json: whole }] } : undefined;
      if (budget.admit('type', 'error'))
        findings.push({
          rule: 'type',
          severity: 'error',
          pointer,
          target: 'value',
          message: `${label} must be an integer written in digits only, not ${shownToken(token)}: a profile id has no fraction or exponent`,
          fix,
        });
    } else if (budget.admit('range', 'error')) {
      findings.push({
        rule: 'range',
        severity: 'error',
        pointer,
        target: 'value',
        message: `${label} is ${shownToken(token)}; it must be between 1 and ${MAX_PROFILE_ID} (a profile id is a positive 64-bit integer)`,
      });
    }
  }
}

/**
 * The findings of the schema's errors that `budget` lists (it counts the others). `profileTokens`:
 * the JSON text of each number in enabled_for_profiles (enabledProfileTokens), when known: profile
 * ids are judged by it.
 */
export function schemaFindings(manifest: unknown, budget: ListingBudget = LIST_ALL, profileTokens?: readonly (string | undefined)[]): PendingFinding[] {
  if (validateManifest(manifest)) {
    if (profileTokens === undefined) return [];
    const findings: PendingFinding[] = [];
    profileIdFindings(findings, manifest, profileTokens, budget);
    return findings;
  }
  const errors = (validateManifest.errors ?? []) as SchemaError[];
  validateManifest.errors = null; // not kept until the next manifest: there may be a million
  // A value of the wrong type gets one finding (the type), not also an enum one. (The other
  // keywords of the schema apply only to values of their type: see TYPE_GUARDED.)
  let unknownProperties = false;
  let unguarded = false;
  for (let i = 0; i < errors.length; i++) {
    const keyword = errors[i]!.keyword;
    if (keyword === 'additionalProperties') unknownProperties = true;
    else if (keyword !== 'type' && !TYPE_GUARDED.has(keyword)) unguarded = true;
  }
  // Both sets only when needed: a file may have half a million type or required errors.
  const wrongType = new Set<string>();
  const missingRequired = new Set<string>();
  for (let i = 0; (unguarded || unknownProperties) && i < errors.length; i++) {
    const e = errors[i]!;
    if (unguarded && e.keyword === 'type') wrongType.add(e.instancePath);
    // Only an unknown property's message needs them (its did-you-mean names a missing property).
    else if (unknownProperties && e.keyword === 'required') missingRequired.add(`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`);
  }
  const findings: PendingFinding[] = [];
  const enumMessages = new Map<string, { message: string; near?: string }>();
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    // propertyNames reports the key's own error (enum) too, marked with the key: the propertyNames error stands for both.
    if (error.propertyName !== undefined) continue;
    if (wrongType.size > 0 && error.keyword !== 'type' && !TYPE_GUARDED.has(error.keyword) && wrongType.has(error.instancePath)) continue;
    // Every error is its own finding: a missing required property is reported even when a misspelled
    // key's message names it ("did you mean"), so turning unknown-property off never hides it.
    // (Pushed one by one: a spread of a huge list into push() would overflow the stack.)
    if (error.keyword === 'uniqueItems') addDuplicateItems(findings, error.instancePath, error.data, budget, error.instancePath === '/enabled_for_profiles' ? profileTokens : undefined);
    else if (!isServerField(error) && !placeholderEndpoint(error) && budget.admit(RULE_OF_KEYWORD[error.keyword] ?? 'type', 'error'))
      findings.push(mapError(error, missingRequired, enumMessages, profileTokens));
  }
  if (profileTokens !== undefined) profileIdFindings(findings, manifest, profileTokens, budget);
  return findings;
}
