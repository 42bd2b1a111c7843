// Wording helpers shared by rules: how to name a place in a manifest and a JSON type for a person.
import { pointerSegments } from '../engine/findings.js';
import { redact } from './redact.js';
import { quoteName } from './unicode-encoding.js';

/**
 * A key as a message names it: bare when it is a plain name (letters, digits and `_ . # -`, at most
 * 80: `max_retries`, `client_name#fr`, `cqm.ExConversationChangeNotification`), otherwise quoted as
 * a JSON string (shortened), so a key with spaces, line breaks or markup is always visibly data.
 */
export function keyLabel(key: string): string {
  return /^[A-Za-z0-9_.#-]{1,80}$/.test(key) ? key : quote(key);
}

/** A short human name for the value at `pointer`: `max_retries`, `grant_types[1]`, `"my key"[0]`, `the manifest`. */
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
    return keyLabel(s) + label;
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

/**
 * Characters nobody should have to see to read a line: controls (the line breaks \r and U+0085
 * among them), format characters (zero-width, bidi overrides, soft hyphen, BOM), U+2028 / U+2029,
 * lone surrogates and everything Unicode calls default-ignorable (variation selectors, tags, fillers).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** The JSON escape of one character (a surrogate pair as two \u escapes, as JSON writes them). */
function jsonEscape(c: string): string {
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return short;
  let out = '';
  for (let i = 0; i < c.length; i++) out += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

export interface InvisibleOptions {
  /** Escape \n and \t too (text that must stay on one line: a path in a report line, a table cell). */
  oneLine?: boolean;
}

/**
 * Every invisible character written as its JSON escape (`\r`, `\u200b`, `\u0085`, `\ud800`), so
 * none is left and no line ends but at \n. Inside a JSON string the escape means the same
 * character: JSON text stays valid JSON with the same values.
 */
export function escapeInvisible(text: string, options: InvisibleOptions = {}): string {
  const oneLine = options.oneLine === true;
  return text.replace(INVISIBLE, (c) => (!oneLine && (c === '\n' || c === '\t') ? c : jsonEscape(c)));
}

/**
 * A file path for a line of text (the text report, a message): invisible characters, line breaks
 * above all, are shown as JSON escapes. A file name is chosen by whoever writes the pull request;
 * printed raw, "a\n::warning file=x::..." would start a workflow command in the action's log, any
 * line break would split a `path:line:column:` line, and a zero-width character would hide why two
 * names differ.
 */
export function displayPath(path: string): string {
  // A backslash is shown only inside a quoted name (as git shows one: `"caf\\xe9.json"`), so no
  // name is shown as another's escapes: a Latin-1 café.json is `"caf\351.json"` (discovery quotes
  // it), a file named `caf\351.json` is `"caf\\351.json"`, one with a line break `a\n.json`.
  const shown = path.includes('\\') && !path.startsWith('"') ? quoteName(Buffer.from(path, 'utf8')) : path;
  return escapeInvisible(shown, { oneLine: true });
}

/** Code units of a value read past what quote() shows, to see where a URL's user-info ends (redact.ts). */
const REDACT_LOOKAHEAD = 1024;

/** The offset after the first `max` code points of `value` (a pair of surrogates is one), found without looking further. */
function codePointsEnd(value: string, max: number, from = 0): number {
  let end = from;
  for (let count = 0; end < value.length && count < max; count++) {
    end += (value.charCodeAt(end) & 0xfc00) === 0xd800 && (value.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return end;
}

/**
 * Quote a value taken from the manifest for a message, shortened so a log line stays readable: a
 * JSON string whose invisible characters are escaped too (JSON.stringify leaves U+200B, U+2028 and
 * the like as they are), so the message shows what the value really holds. Credentials are shown
 * as `***` (redact.ts): a URL's password (`https://deploy:***@app.acme.com/cb`), what follows
 * `Bearer `, a random-looking token. Every message and fix description quotes through here.
 */
export function quote(value: string, max = 80): string {
  // A value may be a megabyte long, and a message may quote it for each of many findings: only
  // what is shown and a bounded look-ahead are read.
  const shownEnd = codePointsEnd(value, max);
  let windowEnd = Math.min(value.length, shownEnd + REDACT_LOOKAHEAD);
  if (windowEnd < value.length && (value.charCodeAt(windowEnd - 1) & 0xfc00) === 0xd800) windowEnd--; // a pair stays whole
  const complete = windowEnd === value.length;
  const redacted = redact(complete ? value : value.slice(0, windowEnd), complete);
  const end = codePointsEnd(redacted, max);
  const shown = end < redacted.length || !complete ? redacted.slice(0, end) + '…' : redacted;
  return escapeInvisible(JSON.stringify(shown));
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
