// Text from bytes: UTF-8 validity, the UTF-16/32 encodings a JSON file may be saved in (with or
// without a byte order mark), and names that are not valid UTF-8 shown with escapes.

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Bytes as text, each byte outside a well-formed UTF-8 sequence shown as `\xHH` (lower-case hex):
 * how a file name that is not valid UTF-8 is displayed and reported. Valid UTF-8 is decoded as is.
 */
export function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let start = 0;
  for (let bad = firstInvalidUtf8Byte(bytes); bad >= 0; bad = firstInvalidUtf8Byte(bytes, start)) {
    out += bytes.toString('utf8', start, bad) + `\\x${bytes[bad]!.toString(16).padStart(2, '0')}`;
    start = bad + 1;
  }
  return out + bytes.toString('utf8', start);
}

/** git's C-style escapes (quote.c): these bytes have a letter, the other control bytes an octal escape. */
const C_ESCAPES: Readonly<Record<number, string>> = { 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x22: '"', 0x5c: '\\' };

/**
 * A file name quoted as git quotes one (`core.quotePath=false`): in double quotes, `"` and `\` and
 * control bytes escaped in C style (`\"`, `\\`, `\n`, `\t`, …), every other control byte and
 * every byte outside a well-formed UTF-8 sequence as a three-digit octal escape (`\351`); valid
 * UTF-8 as is. A Latin-1 `café.json` is `"caf\351.json"`, distinct from a file really named
 * `caf\351.json`, whose quoted form is `"caf\\351.json"`: one quoted form per name.
 */
export function quoteName(bytes: Uint8Array): string {
  let out = '"';
  let start = 0;
  const flush = (end: number) => {
    if (end > start) out += Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
  };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      const bad = firstInvalidUtf8Byte(bytes.subarray(i, Math.min(bytes.length, i + 4)));
      // A well-formed sequence at i (its length from its lead byte) is kept as is.
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (bad !== 0 && i + length <= bytes.length && (bad < 0 || bad >= length)) {
        i += length;
        continue;
      }
    } else if (b >= 0x20 && b !== 0x7f && b !== 0x22 && b !== 0x5c) {
      i++;
      continue;
    }
    flush(i);
    out += C_ESCAPES[b] !== undefined ? `\\${C_ESCAPES[b]}` : `\\${b.toString(8).padStart(3, '0')}`;
    start = ++i;
  }
  flush(bytes.length);
  return out + '"';
}

/** The name a quoted one (quoteName) stands for in globs and by its suffix: without its quotes, escapes kept. */
export function unquotedForm(path: string): string {
  return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}

export type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

export interface Wide {
  encoding: WideEncoding;
  /** Whether the text starts with a byte order mark. */
  bom: boolean;
}

/**
 * The UTF-16 or UTF-32 encoding of a JSON text, told by its byte order mark or, without one, by the
 * NUL bytes of its first two characters, which JSON requires to be ASCII (RFC 4627, section 3:
 * `00 00 00 xx` UTF-32BE, `00 xx` UTF-16BE, `xx 00 00 00` UTF-32LE, `xx 00` UTF-16LE). Undefined for
 * anything else (UTF-8). UTF-8 JSON never holds a NUL byte, so no valid UTF-8 JSON is mistaken.
 * Without a byte order mark, the guess must hold for the whole text, not its first bytes: at least
 * half of its characters must have the NUL bytes of an ASCII character in that encoding (a
 * manifest's keys and punctuation are ASCII). A NUL byte alone (`{\0"client_name": …}`, a stray NUL
 * at the start) is then no reason to read UTF-8 as UTF-16, which would hide every key.
 */
export function wideEncodingOf(bytes: Uint8Array): Wide | undefined {
  if (bytes.length < 2) return undefined;
  const [a, b, c, d] = bytes;
  const four = bytes.length >= 4;
  // UTF-32LE's byte order mark begins like UTF-16LE's: tested first.
  if (four && a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'UTF-32LE', bom: true };
  if (four && a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'UTF-32BE', bom: true };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16LE', bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', bom: true };
  let encoding: WideEncoding;
  if (a === 0) encoding = b === 0 ? 'UTF-32BE' : 'UTF-16BE';
  else if (b === 0) encoding = four && c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
  else return undefined;
  return mostlyAsciiIn(bytes, encoding) ? { encoding, bom: false } : undefined;
}

/** Whether at least half of the code units of `bytes`, read in `encoding`, are below U+0100: one pass. */
function mostlyAsciiIn(bytes: Uint8Array, encoding: WideEncoding): boolean {
  const size = encoding === 'UTF-16LE' || encoding === 'UTF-16BE' ? 2 : 4;
  const units = Math.floor(bytes.length / size);
  let narrow = 0;
  if (size === 2) {
    // The high byte of each unit: second in little endian, first in big endian.
    for (let i = encoding === 'UTF-16LE' ? 1 : 0; i < units * 2; i += 2) if (bytes[i] === 0) narrow++;
  } else if (encoding === 'UTF-32LE') {
    for (let i = 0; i < units * 4; i += 4) if (bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0) narrow++;
  } else {
    for (let i = 0; i < units * 4; i += 4) if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0) narrow++;
  }
  return units > 0 && narrow * 2 >= units;
}

/** Decodes UTF-16/32 text (its byte order mark dropped); ill-formed units become U+FFFD. */
export function decodeWide(bytes: Uint8Array, { encoding, bom }: Wide): string {
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes);
  const le = encoding === 'UTF-32LE';
  let out = '';
  let points: number[] = [];
  for (let i = bom ? 4 : 0; i + 3 < bytes.length; i += 4) {
    const cp = le ? (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0 : ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    // In chunks: String.fromCodePoint takes its code points as arguments.
    if (points.length === 4096) {
      out += String.fromCodePoint(...points);
      points = [];
    }
  }
  return out + String.fromCodePoint(...points);
}
