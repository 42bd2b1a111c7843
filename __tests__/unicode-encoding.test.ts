// Encodings of JSON files (UTF-16/32, with or without a byte order mark) and names that are not UTF-8.
import { describe, expect, test } from '@jest/globals';
import { decodeWide, escapeInvalidUtf8, firstInvalidUtf8Byte, quoteName, unquotedForm, wideEncodingOf } from '../src/text/unicode-encoding.js';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tempWorkspace } from './support/workspace.js';
import { encode } from './support/encodings.js';

const TEXT = ' {"client_name": "Café 😀"}';

describe('wideEncodingOf and decodeWide', () => {
  test.each(['UTF-16LE', 'UTF-16BE', 'UTF-32LE', 'UTF-32BE'] as const)('%s: told with or without a byte order mark, decoded without it', (encoding) => {
    for (const bom of [false, true]) {
      const bytes = encode(TEXT, encoding, bom);
      const wide = wideEncodingOf(bytes);
      expect(wide).toEqual({ encoding, bom });
      expect(decodeWide(bytes, wide!)).toBe(TEXT);
    }
  });

  test('UTF-8 (with or without its byte order mark) is not wide; nor is anything without a NUL among the first bytes', () => {
    expect(wideEncodingOf(Buffer.from(TEXT))).toBeUndefined();
    expect(wideEncodingOf(Buffer.from('\ufeff' + TEXT))).toBeUndefined();
    expect(wideEncodingOf(Buffer.from('{'))).toBeUndefined();
    expect(wideEncodingOf(Buffer.from(''))).toBeUndefined();
    expect(wideEncodingOf(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toBeUndefined(); // gzip
  });

  test('without a byte order mark, the NUL bytes must be those of wide text throughout, not of the first characters only (issue 19)', () => {
    for (const text of ['{\0"client_name": "A"}', '\0{"client_name": "A"}', '{\0\0\0"client_name": "A"}', '\0\0\0{"client_name": "A"}', '\0\0', '{\0"a": 1, "b": "\0"}']) {
      expect([text, wideEncodingOf(Buffer.from(text))]).toEqual([text, undefined]);
    }
    // Half of the characters ASCII (the other half CJK) is still UTF-16.
    expect(wideEncodingOf(encode('{"a":"' + '漢'.repeat(8) + '"}', 'UTF-16LE'))).toEqual({ encoding: 'UTF-16LE', bom: false });
    expect(wideEncodingOf(encode('{"a":"' + '漢'.repeat(9) + '"}', 'UTF-16LE'))).toBeUndefined();
  });

  test('short texts', () => {
    expect(wideEncodingOf(Buffer.from('{\0'))).toEqual({ encoding: 'UTF-16LE', bom: false });
    expect(wideEncodingOf(Buffer.from('\0{'))).toEqual({ encoding: 'UTF-16BE', bom: false });
  });

  test('ill-formed units become U+FFFD; UTF-32 longer than one chunk of code points', () => {
    expect(decodeWide(Buffer.from([0x7b, 0, 0, 0, 0, 0, 0x11, 0, 0x00, 0xd8, 0, 0]), { encoding: 'UTF-32LE', bom: false })).toBe('{\ufffd\ufffd');
    const long = '{"a": "' + 'é😀'.repeat(5000) + '"}';
    expect(decodeWide(encode(long, 'UTF-32BE'), { encoding: 'UTF-32BE', bom: false })).toBe(long);
  });
});

describe('escapeInvalidUtf8', () => {
  test('valid UTF-8 as is; each byte outside a well-formed sequence as \\xHH', () => {
    expect(escapeInvalidUtf8(Buffer.from('apps/café.json'))).toBe('apps/café.json');
    expect(escapeInvalidUtf8(Buffer.from([0x61, 0xff, 0x2e, 0x6a]))).toBe('a\\xff.j');
    // A truncated sequence (e9 alone is Latin-1 é) and an overlong encoding of "/".
    expect(escapeInvalidUtf8(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('/x'), Buffer.from([0xc0, 0xaf])]))).toBe('caf\\xe9/x\\xc0\\xaf');
    expect(escapeInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80'); // a surrogate
  });

  test('firstInvalidUtf8Byte from an offset', () => {
    const bytes = Buffer.from([0xff, 0x61, 0xfe]);
    expect(firstInvalidUtf8Byte(bytes)).toBe(0);
    expect(firstInvalidUtf8Byte(bytes, 1)).toBe(2);
    expect(firstInvalidUtf8Byte(Buffer.from('ok'))).toBe(-1);
  });
});

describe('quoteName: file names quoted as git quotes them (issue 19, item 6)', () => {
  test('escapes: quote, backslash, C escapes, octal for other controls and for bytes that are not UTF-8', () => {
    expect(quoteName(Buffer.from('caf\xe9.json', 'latin1'))).toBe('"caf\\351.json"');
    expect(quoteName(Buffer.from('caf\\xe9.json'))).toBe('"caf\\\\xe9.json"');
    expect(quoteName(Buffer.from('café 😀.json'))).toBe('"café 😀.json"');
    expect(quoteName(Buffer.from('a"b\u0007\b\t\n\v\f\r\u0001\u001b\u007f.json'))).toBe('"a\\"b\\a\\b\\t\\n\\v\\f\\r\\001\\033\\177.json"');
    // A surrogate, a truncated sequence, an overlong "/", a lone continuation byte.
    expect(quoteName(Buffer.from([0xed, 0xa0, 0x80, 0x2f, 0xe2, 0x82, 0x2f, 0xc0, 0xaf, 0x80]))).toBe('"\\355\\240\\200/\\342\\202/\\300\\257\\200"');
    expect(quoteName(Buffer.from([0xf0, 0x9f, 0x98]))).toBe('"\\360\\237\\230"');
    expect(unquotedForm('"caf\\351.json"')).toBe('caf\\351.json');
    expect(unquotedForm('apps/a.json')).toBe('apps/a.json');
  });

  test("the same as git's own quoting (git ls-files) for names git quotes", () => {
    const ws = tempWorkspace();
    try {
      // (ASCII apart from the byte that is not UTF-8: git escapes valid UTF-8 too unless core.quotePath is off.)
      const names = [Buffer.from('caf\xe9.json', 'latin1'), Buffer.from('b\\x.json'), Buffer.from('c"q.json'), Buffer.from('d\ttab\u0001\u007f.json'), Buffer.from('e\nline.json')];
      for (const name of names) writeFileSync(Buffer.concat([Buffer.from(ws.root + '/'), name]), '');
      execFileSync('git', ['init', '-q'], { cwd: ws.root });
      const listed = execFileSync('git', ['ls-files', '--others'], { cwd: ws.root, encoding: 'utf8' }).trimEnd().split('\n');
      expect(names.map(quoteName).sort()).toEqual(listed.sort());
    } finally {
      ws.cleanup();
    }
  });
});
