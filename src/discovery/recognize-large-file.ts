// Whether a candidate over the size limit is a manifest, judged by its own bytes without parsing or
// holding it: one streaming pass over the whole file, in chunks of a fixed size, that finds the keys
// of the top-level object (escapes decoded, as in a parsed file) and stops at the first manifest key.
// Linear in the file's size; memory: one chunk and at most one key's first characters. White space
// before the object, a long first string or a huge first value no longer hide a manifest key.
import { closeSync, openSync, readSync } from 'node:fs';
import { isManifestKey } from './recognize-manifest.js';
import { wideEncodingOf, type Wide } from '../text/unicode-encoding.js';

/** Bytes read at a time. */
const CHUNK = 64 * 1024;

/** Characters of a key kept (separators dropped): a longer key is no manifest key. */
const KEY_LIMIT = 64;

const enum Escape {
  None,
  /** After a backslash. */
  Start,
  /** Inside `\uXXXX`: hex digits still expected, counted down from 4. */
  Hex1,
  Hex2,
  Hex3,
  Hex4,
}

/**
 * The streaming scan: text in (any chunking), `found` once a top-level key of a top-level object is,
 * or nearly is, a manifest key (recognize-manifest.ts's isManifestKey). Tolerant of text that does
 * not parse: brackets are counted whatever they close, a string ends at its closing quote or at a
 * line break (JSON strings hold none), and U+0000 is ignored (a NUL byte cannot hide a key).
 */
export class TopLevelKeyScan {
  found = false;
  private depth = 0;
  private topIsObject = false;
  /** At the top level, after a `:`: the next string is a value; any other string there is a key. */
  private afterColon = false;
  private inString = false;
  private isKey = false;
  private escape = Escape.None;
  private hex = 0;
  /** The key's characters so far, separators (`_`, `-`, `.`, white space) dropped, up to a `#`. */
  private key = '';
  private keyDone = false;
  private keyBad = false;
  /** The key has more than KEY_LIMIT characters besides separators: no manifest key. */
  private overflow = false;

  /** Scans the next part of the text; returns `found`. */
  push(text: string): boolean {
    if (this.found) return true;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) continue;
      if (this.inString) {
        if (!this.isKey) {
          if (this.escape === Escape.Start) {
            // The chunk ended after a backslash: this character is escaped (a line break still ends the literal).
            this.escape = Escape.None;
            if (c === 0x0a || c === 0x0d) this.inString = false;
            continue;
          }
          // Skip to the next quote, backslash or line break.
          i = nextSpecial(text, i);
          if (i < 0) return false;
          if (text.charCodeAt(i) !== 0x5c) this.inString = false;
          else if (i + 1 === n) this.escape = Escape.Start;
          else if (text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d) i++;
          continue;
        }
        if (this.keyChar(c)) return true;
        continue;
      }
      switch (c) {
        case 0x22: // "
          this.inString = true;
          this.isKey = this.depth === 1 && this.topIsObject && !this.afterColon;
          if (this.depth === 1) this.afterColon = false;
          this.escape = Escape.None;
          if (this.isKey) {
            this.key = '';
            this.keyDone = false;
            this.keyBad = false;
            this.overflow = false;
          }
          break;
        case 0x7b: // {
        case 0x5b: // [
          if (this.depth === 0) this.topIsObject = c === 0x7b;
          this.afterColon = false;
          this.depth++;
          break;
        case 0x7d: // }
        case 0x5d: // ]
          if (this.depth > 0) this.depth--;
          break;
        case 0x3a: // :
          if (this.depth === 1) this.afterColon = true;
          break;
        default:
          // A number or a literal after a colon: the value (tolerant: a missing comma does not hide the next key).
          if (c > 0x20 && this.depth === 1) this.afterColon = false;
          break;
      }
    }
    return false;
  }

  /** One character of a top-level key; true when the key just ended as a manifest key. */
  private keyChar(c: number): boolean {
    if (this.escape === Escape.Start) {
      this.escape = Escape.None;
      switch (c) {
        case 0x22:
        case 0x5c:
        case 0x2f:
          this.add(c);
          return false;
        case 0x62: // \b \f: neither is a separator
        case 0x66:
          this.add(c === 0x62 ? 0x08 : 0x0c);
          return false;
        case 0x6e: // \n \r \t: white space, dropped
        case 0x72:
        case 0x74:
          return false;
        case 0x75:
          this.escape = Escape.Hex1;
          this.hex = 0;
          return false;
        case 0x0a:
        case 0x0d:
          this.inString = false;
          return false;
        default:
          this.keyBad = true; // a bad escape: JSON.parse refuses it, so no key
          return false;
      }
    }
    if (this.escape >= Escape.Hex1) {
      const digit = hexValue(c);
      if (digit < 0) {
        this.keyBad = true;
        this.escape = Escape.None;
        // This character is read again as a plain one.
        return this.keyChar(c);
      }
      this.hex = this.hex * 16 + digit;
      if (this.escape === Escape.Hex4) {
        this.escape = Escape.None;
        this.add(this.hex);
      } else this.escape++;
      return false;
    }
    switch (c) {
      case 0x22:
        this.inString = false;
        return (this.found = !this.keyBad && !this.overflow && isManifestKey(this.key));
      case 0x5c:
        this.escape = Escape.Start;
        return false;
      case 0x0a:
      case 0x0d:
        this.inString = false; // an unclosed literal: not a key
        return false;
      default:
        this.add(c);
        return false;
    }
  }

  private add(c: number): void {
    if (this.keyDone) return;
    if (c === 0x23) {
      this.keyDone = true; // `client_name#fr`: the tag is not part of the key
      return;
    }
    if (isSeparator(c)) return;
    if (this.key.length >= KEY_LIMIT) {
      this.overflow = true;
      this.keyDone = true;
      return;
    }
    this.key += String.fromCharCode(c);
  }
}

function nextSpecial(text: string, from: number): number {
  SPECIAL.lastIndex = from;
  return SPECIAL.exec(text)?.index ?? -1;
}

const SPECIAL = /["\\\n\r]/g;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

const WHITE_SPACE = /\s/;

/** recognize-manifest.ts's separators: `_`, `-`, `.` and white space (a UTF-16 code unit). */
function isSeparator(c: number): boolean {
  if (c === 0x5f || c === 0x2d || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0x80 && WHITE_SPACE.test(String.fromCharCode(c));
}

/** A decoder of chunks in the file's encoding (UTF-16/32 when its start says so, else UTF-8). */
function chunkDecoder(wide: Wide | undefined): (bytes: Uint8Array, last: boolean) => string {
  if (wide === undefined || wide.encoding === 'UTF-16LE' || wide.encoding === 'UTF-16BE') {
    const decoder = new TextDecoder(wide === undefined ? 'utf-8' : wide.encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be');
    return (bytes, last) => decoder.decode(bytes, { stream: !last });
  }
  const le = wide.encoding === 'UTF-32LE';
  let carry = new Uint8Array(0);
  return (chunk) => {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const whole = bytes.length - (bytes.length % 4);
    let out = '';
    for (let i = 0; i < whole; i += 4) {
      const cp = le
        ? (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0
        : ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
      out += cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
    }
    carry = bytes.slice(whole);
    return out;
  };
}

let chunkBuffer: Buffer | undefined;

/**
 * Whether the file at `absolutePath` (a regular file: opened with `flags`, O_NOFOLLOW for a path
 * that is not a resolved one) has a top-level manifest key, read to its end or to the first such
 * key. False when it cannot be read.
 */
export function hasTopLevelManifestKey(absolutePath: string | Buffer, flags: number): boolean {
  let fd: number;
  try {
    fd = openSync(absolutePath, flags);
  } catch {
    return false;
  }
  try {
    const buffer = (chunkBuffer ??= Buffer.allocUnsafeSlow(CHUNK));
    const scan = new TopLevelKeyScan();
    let decode: ((bytes: Uint8Array, last: boolean) => string) | undefined;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      const bytes = buffer.subarray(0, n);
      // The encoding is told by the first bytes (a BOM, or the NUL bytes of UTF-16/32 text).
      decode ??= chunkDecoder(wideEncodingOf(bytes));
      if (scan.push(decode(bytes, n === 0))) return true;
      if (n === 0) return false;
    }
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
