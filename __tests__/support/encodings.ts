// Test support: a text in the encodings a JSON file may be saved in, with or without a byte order mark.
export type Encoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

export function encode(text: string, encoding: Encoding, bom = false): Buffer {
  const body = (bom ? '\ufeff' : '') + text;
  if (encoding === 'UTF-16LE') return Buffer.from(body, 'utf16le');
  if (encoding === 'UTF-16BE') return Buffer.from(body, 'utf16le').swap16();
  const out = Buffer.alloc(4 * [...body].length);
  let i = 0;
  for (const c of body) {
    if (encoding === 'UTF-32LE') out.writeUInt32LE(c.codePointAt(0)!, i);
    else out.writeUInt32BE(c.codePointAt(0)!, i);
    i += 4;
  }
  return out;
}
