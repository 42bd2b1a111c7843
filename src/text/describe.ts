// Wording helpers shared by rules: how to name a place in a manifest and a JSON type for a person.
import { pointerSegments } from '../findings.js';

/** A short human name for the value at `pointer`: `max_retries`, `grant_types[1]`, `the manifest`. */
export function labelOf(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the manifest';
  let label = '';
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (/^(0|[1-9][0-9]*)$/.test(s) && i > 0) {
      label = `[${s}]` + label;
      continue;
    }
    return s + label;
  }
  return label;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file path for a line of text (the text report, a message): control characters, line breaks
 * above all, are shown as JSON escapes. A file name is chosen by whoever writes the pull request;
 * printed raw, "a\n::warning file=x::..." would start a workflow command in the action's log, and
 * any line break would split a `path:line:column:` line.
 */
export function displayPath(path: string): string {
  return path.replace(CONTROL_CHARACTERS, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quote a value taken from the manifest for a message, shortened so a log line stays readable. */
export function quote(value: string, max = 80): string {
  const shown = [...value].length > max ? [...value].slice(0, max).join('') + '…' : value;
  return JSON.stringify(shown);
}

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const s of pointerSegments(pointer)) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, s)) return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}
