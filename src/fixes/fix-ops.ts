// The fixes and suggestions rules attach to their findings, as data (operations by JSON pointer;
// src/json/edit-ops.ts makes the edits). Each builder returns undefined when the correction would
// not be certain, or would change what the manifest means (a rename onto a key that is already there).
import { pointerSegments, type PendingFix } from '../engine/findings.js';
import { editDistance } from '../text/closest.js';
import { labelOf, quote } from '../text/describe.js';
import { redact } from '../text/redact.js';

function hasOwn(object: unknown, key: string): boolean {
  return object !== null && typeof object === 'object' && !Array.isArray(object) && Object.prototype.hasOwnProperty.call(object, key);
}

/** Rename the key at `pointer` (in the object `parent`) to `to`, unless `parent` already has `to`. */
export function renameKey(parent: unknown, pointer: string, to: string): PendingFix | undefined {
  if (hasOwn(parent, to)) return undefined; // two members of one name: JSON.parse would drop one
  const from = pointerSegments(pointer).at(-1) ?? '';
  return { description: `rename ${quote(from)} to ${JSON.stringify(to)}`, ops: [{ op: 'rename-key', pointer, to }] };
}

/**
 * The one candidate `value` is a near miss of: equal but for letter case, or one edit away (a
 * letter added, left out, replaced, or two swapped; a plural is one letter added), letter case
 * aside when `ignoreCase`. Undefined when no candidate, or more than one, is that close.
 */
export function nearMiss(value: string, candidates: readonly string[], ignoreCase: boolean): string | undefined {
  if (value.length > 200) return undefined;
  const v = ignoreCase ? value.toLowerCase() : value;
  let found: string | undefined;
  for (const c of candidates) {
    if (Math.abs(c.length - value.length) > 1) continue;
    if (editDistance(v, ignoreCase ? c.toLowerCase() : c) > 1) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
}

/** Replace the string at `pointer` with `to`. */
export function replaceString(pointer: string, from: string, to: string): PendingFix {
  return { description: `replace ${quote(from)} with ${JSON.stringify(to)}`, ops: [{ op: 'replace-value', pointer, json: JSON.stringify(to) }] };
}

export function wrapInArray(pointer: string): PendingFix {
  return { description: `make ${labelOf(pointer)} an array`, ops: [{ op: 'wrap-in-array', pointer }] };
}

/** Remove the array item at `pointer` (a repeat of an earlier item). */
export function removeRepeatedItem(pointer: string): PendingFix {
  return { description: `remove the repeated item ${labelOf(pointer)}`, ops: [{ op: 'remove-item', pointer }] };
}

/** A suggestion: the number at `pointer` becomes `n` (a limit it is above). */
export function setNumber(pointer: string, n: number): PendingFix {
  return { description: `set ${labelOf(pointer)} to ${n}`, ops: [{ op: 'replace-value', pointer, json: String(n) }] };
}

/** A suggestion: an http:// URL at `pointer` becomes https:// (the same server must answer there). */
export function useHttps(pointer: string, url: string): PendingFix | undefined {
  const match = /^http:\/\//i.exec(url);
  // Not when the URL holds a credential: the edit's text would print it (report, SARIF, review).
  if (match === null || redact(url) !== url) return undefined;
  return { description: 'use https://', ops: [{ op: 'replace-value', pointer, json: JSON.stringify('https://' + url.slice(match[0].length)) }] };
}

/** Remove the member at `pointer`; `why` ends the description. */
export function removeMember(pointer: string, why = ''): PendingFix {
  const key = pointerSegments(pointer).at(-1) ?? '';
  return { description: `remove ${quote(key)}${why}`, ops: [{ op: 'remove-member', pointer }] };
}
