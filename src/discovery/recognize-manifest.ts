// Whether a JSON file is a LivePerson manifest, for auto-discovery (README, "Which files are checked"):
// its top-level object, as parsed, has a key that is, or nearly is, one only a manifest uses. A
// misspelled name key is the commonest mistake: it must never make a manifest invisible, so near
// misses count. A text that does not parse is a manifest when one of its string literals spells such
// a key, or it has such a key as a JavaScript object literal writes it (single-quoted, or unquoted
// before a colon: `client_name: 'My app'`), or when the file is named like a manifest.
import { editDistance } from '../text/closest.js';

/** The keys only a manifest uses. */
const MANIFEST_KEYS = ['client_name', 'capabilities', 'entry_uri', 'quick_launch_enabled', 'enabled_for_profiles'] as const;

/** Edit distance (after normalisation) within which a key counts as one of MANIFEST_KEYS. */
const NEAR = 2;

const SEPARATORS = /[\s_\-.]/g;

/** Lower case, without `_`, `-`, dots and white space: `Client-Name` and `client name` are `clientname`. */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(SEPARATORS, '');
}

const NORMALIZED = MANIFEST_KEYS.map(normalizeKey);
const EXACT: ReadonlySet<string> = new Set(NORMALIZED);
/** A normalised key shorter or longer is more than NEAR edits from every manifest key: no distance to compute. */
const SHORTEST = Math.min(...NORMALIZED.map((k) => k.length)) - NEAR;
const LONGEST = Math.max(...NORMALIZED.map((k) => k.length)) + NEAR;

/**
 * Whether `key` is, or nearly is, a manifest key: equal after normalisation, or within edit
 * distance 2 of one (`clinet_name`, `capabilites`). A language tag (`client_name#fr`) is ignored.
 * Linear in the key: a distance is computed for keys of about the right length only, and given up
 * past 2.
 */
export function isManifestKey(key: string): boolean {
  // (Normalising never lengthens a key: one too short is not normalised.)
  if (key.length < SHORTEST) return false;
  const tag = key.indexOf('#');
  const n = normalizeKey(tag >= 0 ? key.slice(0, tag) : key);
  if (n.length < SHORTEST || n.length > LONGEST) return false;
  if (EXACT.has(n)) return true; // the common case: no distance to compute
  for (const k of NORMALIZED) if (Math.abs(n.length - k.length) <= NEAR && editDistance(n, k, NEAR) <= NEAR) return true;
  return false;
}

/** Whether a parsed JSON value is an object with a manifest key of its own. */
export function hasManifestKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) if (isManifestKey(keys[i]!)) return true;
  return false;
}

/**
 * Whether a text that does not parse holds a manifest key in quotes, escapes decoded
 * (`"client\u005fname"`). One pass over the string literals; a literal ends at its closing quote or
 * at the end of its line (JSON strings hold no line break: an unclosed quote must not swallow the
 * rest of the file).
 */
export function hasQuotedManifestKey(text: string): boolean {
  let open = text.indexOf('"');
  while (open >= 0) {
    let i = open + 1;
    let escaped = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22 || c === 0x0a || c === 0x0d) break;
      if (c === 0x5c) {
        escaped = true;
        const next = text.charCodeAt(i + 1);
        if (next !== 0x0a && next !== 0x0d) i++;
      }
    }
    if (i >= text.length) return false;
    if (text.charCodeAt(i) === 0x22) {
      const key = escaped ? decodeLiteral(text.slice(open, i + 1)) : text.slice(open + 1, i);
      if (key !== undefined && isManifestKey(key)) return true;
    }
    open = text.indexOf('"', i + 1);
  }
  return false;
}

function decodeLiteral(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined; // a bad escape: not a key
  }
}

/** Whether a path's file name looks like a manifest's: `*manifest*.json`, `*app-install*.json`, `*liveperson*.json`, any case. */
export function namedLikeManifest(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (!name.endsWith('.json')) return false;
  const stem = name.slice(0, -'.json'.length);
  return stem.includes('manifest') || stem.includes('app-install') || stem.includes('liveperson');
}

export interface Recognition {
  manifest: boolean;
  /** JSON.parse's value, when the text parses (never undefined then): the engine need not parse it again. */
  value?: unknown;
}

const NOT_A_MANIFEST: Recognition = { manifest: false };
const A_BROKEN_MANIFEST: Recognition = { manifest: true };

/** The verdict on a file's text (UTF-8, or UTF-16/32 decoded; no byte order mark). */
export function recognizeManifest(text: string, path: string): Recognition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return isBrokenManifestText(text, path) ? A_BROKEN_MANIFEST : NOT_A_MANIFEST;
  }
  return hasManifestKey(value) ? { manifest: true, value } : NOT_A_MANIFEST;
}

/** The verdict on a text that does not parse (or the first part of a file over the size limit). */
export function isBrokenManifestText(text: string, path: string): boolean {
  return hasQuotedManifestKey(text) || hasObjectLiteralManifestKey(text) || namedLikeManifest(path);
}

/** A letter, digit, "_" or "$": a character of a JavaScript identifier (ASCII). */
function isIdentifierPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/**
 * Whether a text that does not parse has a manifest key written as a JavaScript or TypeScript object
 * literal writes one: a single-quoted string (`'client_name'`) or an identifier followed by a colon
 * (`client_name:`), outside double-quoted strings and comments. One pass; a string or comment ends at
 * the end of its line at the latest (an unclosed quote must not swallow the rest of the file).
 */
export function hasObjectLiteralManifestKey(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // A string, to its closing quote or the end of its line.
      let j = i + 1;
      let escaped = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === c || d === 0x0a || d === 0x0d) break;
        if (d === 0x5c) {
          escaped = true;
          j++;
        }
      }
      if (c === 0x27 && j < n && text.charCodeAt(j) === 0x27 && !escaped && isManifestKey(text.slice(i + 1, j))) return true;
      i = j + 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
    } else if (isIdentifierPart(c)) {
      const start = i;
      while (i < n && isIdentifierPart(text.charCodeAt(i))) i++;
      let j = i;
      while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
      if (text.charCodeAt(j) === 0x3a && isManifestKey(text.slice(start, i))) return true;
    } else i++;
  }
  return false;
}
