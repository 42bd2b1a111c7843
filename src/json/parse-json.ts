// The fast path: V8's JSON.parse (called by the engine) decides what is valid RFC 8259 JSON. Only
// when it refuses do we look at the text ourselves, to name the problem at the offending character
// (V8's position when its message has one, else firstSyntaxError's).
// Messages never echo the file's text (it may hold a secret). Also here: the checks on text that
// JSON.parse accepted (nesting depth, duplicate keys), fast ones first.
import type { PendingFinding, PendingFix } from '../engine/findings.js';

/** The invalid-json finding for what JSON.parse threw on `text`. */
export function syntaxErrorFinding(text: string, error: unknown): PendingFinding {
  const v8Message = error instanceof Error ? error.message : String(error);
  if (/at position (\d+)/.test(v8Message) || /end of JSON input/.test(v8Message) || text.trim() === '') return describeSyntaxError(text, v8Message);
  // A bad token (NaN, a stray word) or valid tokens in a wrong order: V8 gives no position.
  return describeSyntaxError(text, v8Message, firstSyntaxError(text));
}

const WHITESPACE = /[ \t\n\r]/;

function previousSignificant(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (!WHITESPACE.test(c)) return c;
  }
  return undefined;
}

/** Is `offset` inside a string literal? (scans from the start; only used on the error path) */
function insideString(text: string, offset: number): boolean {
  let inString = false;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
  }
  return inString;
}

function describeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** A character that continues a word or number token: a letter, a digit, "_", "$" or ".". */
function isWordPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
}

type Expect = 'value' | 'value-or-]' | 'key' | 'key-or-}' | ':' | ',-or-close' | 'end';

/**
 * The offset of the first token of `text` that is not JSON (NaN, a word, a comment, a single
 * quote) or that JSON's grammar does not allow where it stands (a comma before `]`, a missing
 * value), or text.length when the text ends too soon. For text JSON.parse refused without a
 * position. One pass over the characters, nothing allocated per token (a tokenizer's list of a
 * million tokens took 300 MB), and no recursion (safe on deep nesting).
 */
export function firstSyntaxError(text: string): number {
  /** The open containers: true for an object, false for an array. */
  const open: boolean[] = [];
  let expect: Expect = 'value';
  const afterValue = (): Expect => (open.length > 0 ? ',-or-close' : 'end');
  const n = text.length;
  let i = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++i);
    if (i >= n) return n;
    const start = i;
    // The token at i: a scalar (a value), or one punctuation character.
    let scalar = true;
    if (c === 34) {
      const close = closingQuote(text, i);
      if (close === -1) return i;
      i = close + 1;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
      if (isWordPart(text.charCodeAt(i))) return start; // "01", "1x": one malformed token
    } else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44) {
      scalar = false;
      i++;
    } else {
      while (isWordPart(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      if (word !== 'true' && word !== 'false' && word !== 'null') return start; // not a JSON token: NaN, a word, a quote, a comment
    }
    switch (expect) {
      case 'value':
      case 'value-or-]':
        if (c === 93 && expect === 'value-or-]') {
          open.pop();
          expect = afterValue();
        } else if (c === 123) {
          open.push(true);
          expect = 'key-or-}';
        } else if (c === 91) {
          open.push(false);
          expect = 'value-or-]';
        } else if (scalar) expect = afterValue();
        else return start;
        break;
      case 'key':
      case 'key-or-}':
        if (c === 125 && expect === 'key-or-}') {
          open.pop();
          expect = afterValue();
        } else if (c === 34) expect = ':';
        else return start;
        break;
      case ':':
        if (c !== 58) return start;
        expect = 'value';
        break;
      case ',-or-close': {
        const inObject = open[open.length - 1]!;
        if (c === 44 && !scalar) expect = inObject ? 'key' : 'value';
        else if (!scalar && ((c === 125 && inObject) || (c === 93 && !inObject))) {
          open.pop();
          expect = afterValue();
        } else return start;
        break;
      }
      case 'end':
        return start;
    }
  }
}

/** `located`: where firstSyntaxError puts the error, when V8's message has no position. */
export function describeSyntaxError(text: string, v8Message: string, located = text.length): PendingFinding {
  const match = /at position (\d+)/.exec(v8Message);
  let offset = match ? Number(match[1]) : /end of JSON input/.test(v8Message) ? text.length : located;
  if (offset > text.length) offset = text.length;
  let message: string;
  let end: number | undefined;
  let fix: PendingFix | undefined;
  const named = text.trim() === '' ? undefined : namedByV8(text, v8Message, offset);
  if (text.trim() === '') {
    message = 'the file is empty; a manifest is a JSON object';
    offset = 0;
  } else if (named !== undefined) {
    ({ message, start: offset, end } = named);
  } else if (offset >= text.length) {
    message = 'unexpected end of file: a value, a comma or a closing bracket is missing';
  } else {
    const c = String.fromCodePoint(text.codePointAt(offset)!); // a whole character, emoji included
    const rest = text.slice(offset, offset + 9);
    if (c === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
      message = 'comments are not allowed in JSON';
    } else if (c === "'") {
      message = 'strings and property names must use double quotes, not single quotes';
    } else if ((c === '}' || c === ']') && previousSignificant(text, offset) === ',') {
      message = `trailing comma before '${c}' is not allowed in JSON`;
      offset = text.lastIndexOf(',', offset);
      fix = { description: 'remove the trailing comma', ops: [{ op: 'delete', span: { start: offset, end: offset + 1 } }] };
    } else if (/^-?(NaN|Infinity)/.test(rest)) {
      message = 'NaN and Infinity are not JSON numbers';
      if (text[offset - 1] === '-' && c !== '-') offset--;
    } else if (insideString(text, offset)) {
      const code = c.charCodeAt(0);
      if (code < 0x20) message = `unescaped ${describeChar(c)} in a string; write it as an escape such as \\n`;
      else if (c === '\\') message = 'invalid escape sequence in a string';
      else message = `unexpected ${describeChar(c)} in a string`;
    } else if (rest.startsWith('...') || c === '\u2026') {
      // Docs examples elide members with an ellipsis ("...", "…"): copied as is, it is the first error.
      message = `an ellipsis (${c === '.' ? '"..."' : '"…"'}) stands where part of an example was left out; JSON has no such token: remove it, and write the members it stands for`;
      end = offset + (c === '.' ? 3 : 1);
    } else if (/Unexpected non-whitespace character after JSON/.test(v8Message)) {
      message = `unexpected ${describeChar(c)} after the end of the JSON value`;
    } else if (/Expected property name|Expected double-quoted property name/.test(v8Message)) {
      message = `expected a double-quoted property name, found ${describeChar(c)}`;
    } else if (/[A-Za-z]/.test(c)) {
      message = 'unexpected word: JSON values are "strings" in double quotes, numbers, true, false, null, objects or arrays';
    } else if (previousSignificant(text, offset) === ':') {
      message = `a value is missing after ':' (found ${describeChar(c)})`;
    } else if (/Expected ',' or '}'/.test(v8Message)) {
      message = `expected ',' or '}' after a property value, found ${describeChar(c)}`;
    } else if (/Expected ',' or ']'/.test(v8Message)) {
      message = `expected ',' or ']' after an array element, found ${describeChar(c)}`;
    } else if (/Expected ':'/.test(v8Message)) {
      message = `expected ':' after a property name, found ${describeChar(c)}`;
    } else {
      message = `unexpected ${describeChar(c)}`;
    }
  }
  end ??= Math.min(text.length, offset + (offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!).length : 1));
  // Still one finding, at the first offending character: what the whole file is, then that character's problem.
  if (text.trim() !== '' && looksLikeObjectLiteral(text))
    message = `this looks like a JavaScript object literal, not JSON: ${message}. A manifest is JSON: every property name and string in double quotes, no comments, no trailing commas`;
  return {
    rule: 'invalid-json',
    severity: 'error',
    message: `invalid JSON: ${message}`,
    pointer: '',
    target: 'value',
    span: { start: offset, end: Math.max(end, offset) },
    fix,
  };
}

/** Words that start a JavaScript or TypeScript module around the object (`export default {`, `module.exports = {`). */
const MODULE_WORDS: ReadonlySet<string> = new Set(['export', 'module', 'const', 'let', 'var']);

/**
 * Whether text JSON.parse refused is written as a JavaScript or TypeScript object literal: outside
 * double-quoted strings and comments it has a single-quoted string, an unquoted property name
 * (`client_name:`), or starts with a module word (`export default {`). Comments alone are not enough
 * (JSON with comments is its own habit, and its own message). One pass, on the error path only.
 */
export function looksLikeObjectLiteral(text: string): boolean {
  const n = text.length;
  let first = true;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const close = closingQuote(text, i);
      if (close === -1) return false;
      i = close + 1;
    } else if (c === 39) {
      return true; // a single-quoted string
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
      continue;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
      continue;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) {
      const start = i;
      while (i < n && isWordPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 46) i++;
      if (first && MODULE_WORDS.has(text.slice(start, i))) return true;
      let j = i;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.charCodeAt(j) === 58) return true; // an unquoted property name
    } else i++;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) first = false;
  }
  return false;
}

/**
 * The errors V8 names precisely (a string or number cut short, a bad escape): its words, placed at
 * the token that starts the mistake (the opening quote, the backslash, the minus sign, the '.' or
 * the exponent) rather than where V8 noticed it. Undefined for the rest (the caller's heuristics).
 */
function namedByV8(text: string, v8Message: string, at: number): { message: string; start: number; end: number } | undefined {
  if (/^Unterminated string/.test(v8Message)) {
    const open = unclosedQuote(text);
    if (open >= 0) return { message: `a string is not closed: the closing '"' is missing`, start: open, end: open + 1 };
  } else if (/^Bad Unicode escape/.test(v8Message)) {
    const slash = text.lastIndexOf('\\u', at);
    if (slash >= 0) return { message: 'invalid \\u escape in a string: \\u needs four hexadecimal digits', start: slash, end: Math.max(at, slash + 2) };
  } else if (/^Bad escaped character/.test(v8Message) && text[at - 1] === '\\' && at < text.length) {
    const c = String.fromCodePoint(text.codePointAt(at)!);
    const shown = describeChar(c).startsWith('control') ? `'\\' followed by ${describeChar(c)}` : `'\\${c}'`;
    return { message: `invalid escape ${shown} in a string; JSON's escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits`, start: at - 1, end: at + c.length };
  } else if (/^No number after minus sign/.test(v8Message)) {
    const minus = text.lastIndexOf('-', at);
    if (minus >= 0 && !/^-(NaN|Infinity)/.test(text.slice(minus, minus + 9))) return { message: "a number is cut short: '-' must be followed by digits", start: minus, end: minus + 1 };
  } else if (/^Unterminated fractional number/.test(v8Message)) {
    const dot = text.lastIndexOf('.', at);
    if (dot >= 0) return { message: "a number is cut short: '.' must be followed by digits", start: dot, end: dot + 1 };
  } else if (/^Exponent part is missing a number/.test(v8Message)) {
    const e = Math.max(text.lastIndexOf('e', at), text.lastIndexOf('E', at));
    if (e >= 0) return { message: `a number is cut short: the exponent '${text[e]}' must be followed by digits`, start: e, end: e + 1 };
  }
  return undefined;
}

/** The opening quote of the first string that is never closed, or -1. */
function unclosedQuote(text: string): number {
  for (let open = text.indexOf('"'); open !== -1;) {
    const close = closingQuote(text, open);
    if (close === -1) return open;
    open = text.indexOf('"', close + 1);
  }
  return -1;
}

/** The index of the quote that closes the string opened at `open`, or -1 (an odd run of backslashes escapes a quote). */
export function closingQuote(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j !== -1) {
    let k = j - 1;
    while (text.charCodeAt(k) === 92) k--;
    if (((j - 1 - k) & 1) === 0) return j;
    j = text.indexOf('"', j + 1);
  }
  return -1;
}

export interface StructureScan {
  /** Number of object members in the text (keys, duplicates included). */
  keys: number;
  /** Offset of the first bracket deeper than the limit, or -1. */
  overDepthAt: number;
}

/**
 * One pass over text that JSON.parse accepted: counts object members and checks nesting depth.
 * Comparing the member count with the parsed value's key count reveals duplicate keys without a
 * full position-aware parse.
 */
export function scanStructure(text: string, depthLimit: number): StructureScan {
  const n = text.length;
  let depth = 0;
  let keys = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const j = closingQuote(text, i);
      if (j === -1) break; // unterminated string (only in text JSON.parse refused)
      i = j + 1;
      let d = text.charCodeAt(i);
      while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++i);
      if (d === 58) keys++;
      continue;
    }
    if (c === 123 || c === 91) {
      if (++depth > depthLimit) return { keys, overDepthAt: i };
    } else if (c === 125 || c === 93) depth--;
    i++;
  }
  return { keys, overDepthAt: -1 };
}

/**
 * Object members in text JSON.parse accepted, counted fast: when the text has no `\"`, every `"`
 * opens or closes a string, and a string is a key exactly when the next non-whitespace character
 * is `:`. Returns -1 for text with `\"` (scanStructure then counts).
 */
export function countMembersFast(text: string): number {
  if (text.includes('\\"')) return -1;
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    const close = text.indexOf('"', open + 1);
    if (close === -1) return -1; // not text JSON.parse accepted
    let i = close + 1;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
    if (c === 58) keys++;
    open = text.indexOf('"', i);
  }
  return keys;
}

/**
 * Own keys of all objects of a parsed value, or -1 when it nests deeper than `depthLimit` (an
 * object or array is one level, as a bracket is in scanStructure). Recursion stops at the limit.
 */
export function countKeysWithin(value: unknown, depthLimit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  return keysWithin(value, 1, depthLimit);
}

/** countKeysWithin of an object or array at `depth`. */
function keysWithin(v: object, depth: number, depthLimit: number): number {
  if (depth > depthLimit) return -1;
  let keys = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (item !== null && typeof item === 'object') {
        const inner = keysWithin(item, depth + 1, depthLimit);
        if (inner < 0) return -1;
        keys += inner;
      }
    }
  } else {
    for (const key in v) {
      keys++;
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        const inner = keysWithin(item, depth + 1, depthLimit);
        if (inner < 0) return -1;
        keys += inner;
      }
    }
  }
  return keys;
}
