// logo-size: a logo_uri that resolves to an image of the workspace must be exactly 70x70 pixels.
// The images are real files written by the test: a PNG and a GIF header built byte by byte, and SVGs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { validateManifests } from '../../src/engine/engine.js';
import { LOGO_MAX_BYTES, LogoMeasurements } from '../../src/semantic/logo-size.js';
import type { Finding } from '../../src/engine/findings.js';
import { lines, where } from '../support/workspace.js';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG signature and IHDR (8-bit RGBA) for the given size, then IEND. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IEND', Buffer.alloc(0))]);
}

/** A GIF89a logical screen descriptor for the given size, then the trailer. */
function gif(width: number, height: number): Buffer {
  const head = Buffer.alloc(13);
  head.write('GIF89a', 0, 'latin1');
  head.writeUInt16LE(width, 6);
  head.writeUInt16LE(height, 8);
  return Buffer.concat([head, Buffer.from([0x3b])]);
}

const svg = (width: number, height: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="10" height="10"/></svg>\n`;

let parent: string;
let root: string;

function write(path: string, content: string | Buffer): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
}

async function check(name: string, logoUri: string): Promise<Finding[]> {
  const path = `apps/${name}.json`;
  write(path, lines('{', `  "client_name": "${name}",`, `  "logo_uri": "${logoUri}"`, '}'));
  const [result] = await validateManifests([{ path }], { workspaceRoot: root });
  return result!.findings;
}

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'lp-logo-'));
  root = join(parent, 'ws');
  mkdirSync(root);
  writeFileSync(join(parent, 'outside.png'), png(300, 300));
  write('apps/logo.png', png(64, 64));
  write('apps/logo copy.png', png(71, 70));
  write('apps/ok.png', png(70, 70));
  write('assets/logo.gif', gif(100, 50));
  write('apps/icons/ok.svg', svg(70, 70));
  write('apps/wide.svg', svg(140, 70));
  write('apps/notes.txt', 'not an image\n');
  symlinkSync(join(parent, 'outside.png'), join(root, 'apps/link.png'));
  symlinkSync(join(root, 'apps/logo.png'), join(root, 'apps/inside-link.png'));
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('logo-size', () => {
  test('a 64x64 PNG beside the manifest: error at the logo_uri value, giving the size', async () => {
    const findings = await check('a', 'logo.png');
    expect(findings.map(where)).toEqual(['logo-size error 3:15-3:25']);
    expect(findings[0]!.pointer).toBe('/logo_uri');
    expect(findings[0]!.message).toBe('the logo is 64×64 pixels (PNG); LivePerson requires exactly 70×70');
  });

  test('a leading / is relative to the workspace root (a 100x50 GIF)', async () => {
    const findings = await check('b', '/assets/logo.gif');
    expect(findings.map(where)).toEqual(['logo-size error 3:15-3:33']);
    expect(findings[0]!.message).toContain('100×50 pixels (GIF)');
  });

  test('an SVG is measured from its width and height', async () => {
    const findings = await check('m', 'wide.svg');
    expect(findings.map(where)).toEqual(['logo-size error 3:15-3:25']);
    expect(findings[0]!.message).toContain('140×70 pixels (SVG)');
  });

  test('a query string is not part of the path; %20 is a space; a symbolic link inside the workspace is followed', async () => {
    expect((await check('k', 'logo.png?v=2')).map(where)).toEqual(['logo-size error 3:15-3:29']);
    const spaced = await check('n', 'logo%20copy.png');
    expect(spaced.map(where)).toEqual(['logo-size error 3:15-3:32']);
    expect(spaced[0]!.message).toContain('71×70');
    expect((await check('f', 'inside-link.png')).map(where)).toEqual(['logo-size error 3:15-3:32']);
  });

  test('near misses: 70x70 PNG and SVG', async () => {
    expect(await check('l', 'ok.png')).toEqual([]);
    expect(await check('c', 'icons/ok.svg')).toEqual([]);
  });

  test('silent: a URL, a missing file, a file that is not an image', async () => {
    expect(await check('g', 'https://cdn.example.com/logo.png')).toEqual([]);
    expect(await check('h', 'missing.png')).toEqual([]);
    expect(await check('i', 'notes.txt')).toEqual([]);
  });

  test('never outside the workspace: ../, /../ and a symbolic link out are silent', async () => {
    expect(await check('d', '../../outside.png')).toEqual([]);
    expect(await check('j', '/../outside.png')).toEqual([]);
    expect(await check('e', 'link.png')).toEqual([]);
  });
});

/** A JPEG: SOI, `appBytes` of APP2 segments (each at most 65,535 bytes), an EXIF orientation when given, a frame header, EOI. */
function jpeg(width: number, height: number, options: { appBytes?: number; orientation?: number } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  if (options.orientation !== undefined) {
    // APP1: "Exif\0\0", a big-endian TIFF header, IFD0 with one entry: tag 274, SHORT, count 1.
    const tiff = Buffer.alloc(8 + 2 + 12 + 4);
    tiff.write('MM', 0, 'latin1');
    tiff.writeUInt16BE(42, 2);
    tiff.writeUInt32BE(8, 4);
    tiff.writeUInt16BE(1, 8);
    tiff.writeUInt16BE(274, 10);
    tiff.writeUInt16BE(3, 12);
    tiff.writeUInt32BE(1, 14);
    tiff.writeUInt16BE(options.orientation, 18);
    const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    parts.push(Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body);
  }
  for (let left = options.appBytes ?? 0; left > 0;) {
    const n = Math.min(65_535 - 2, left);
    parts.push(Buffer.from([0xff, 0xe2, (n + 2) >> 8, (n + 2) & 0xff]), Buffer.alloc(n, 0x41));
    left -= n;
  }
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  parts.push(sof, Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

describe('logo-size: each logo measured once per run, reading only what its format needs (issue 19)', () => {
  test('300 manifests naming one logo (by two names, one a symbolic link): one file read, 300 findings', async () => {
    write('once/logo.png', png(64, 64));
    symlinkSync(join(root, 'once/logo.png'), join(root, 'once/alias.png'));
    const inputs = [];
    for (let i = 0; i < 300; i++) {
      const path = `once/m${i}.json`;
      write(path, lines('{', `  "client_name": "m${i}",`, `  "logo_uri": "${i % 2 === 0 ? 'logo.png' : 'alias.png'}"`, '}'));
      inputs.push({ path });
    }
    const results = await validateManifests(inputs, { workspaceRoot: root });
    expect(results.every((r) => r.findings.length === 1 && r.findings[0]!.message === 'the logo is 64×64 pixels (PNG); LivePerson requires exactly 70×70')).toBe(true);

    const logos = new LogoMeasurements();
    const sizes = await Promise.all(Array.from({ length: 300 }, (_, i) => logos.measure(join(root, i % 2 === 0 ? 'once/logo.png' : 'once/alias.png'), root)));
    expect(sizes.every((s) => JSON.stringify(s) === '{"width":64,"height":64,"type":"png"}')).toBe(true);
    expect(logos.reads).toEqual({ files: 1, bytes: png(64, 64).length });
  });

  test('a 1 MiB file that starts FF D8 and holds no JPEG structure: 4 KiB read, silent', async () => {
    write('jpeg/fake.jpg', Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(1024 * 1024 - 2, 0x00)]));
    const logos = new LogoMeasurements();
    expect(await logos.measure(join(root, 'jpeg/fake.jpg'), root)).toBeUndefined();
    expect(logos.reads).toEqual({ files: 1, bytes: 4096 });
    expect(await check('fake', 'jpeg/../../jpeg/fake.jpg')).toEqual([]);
  });

  test('a JPEG: its segments walked by their lengths up to the frame header, read doubling from 4 KiB', async () => {
    const big = jpeg(64, 48, { appBytes: 300_000 });
    write('jpeg/big.jpg', Buffer.concat([big, Buffer.alloc(600_000, 0x55)])); // data after the image is never read
    const logos = new LogoMeasurements();
    expect(await logos.measure(join(root, 'jpeg/big.jpg'), root)).toEqual({ width: 64, height: 48, type: 'jpg' });
    expect(logos.reads.bytes).toBe(4096 * 2 ** 7); // 524,288: the first power of two past the frame header at ~300 KB
    expect((await check('big', '../jpeg/big.jpg')).map((f) => f.message)).toEqual(['the logo is 64×48 pixels (JPEG); LivePerson requires exactly 70×70']);
  });

  test('a JPEG turned a quarter by its EXIF orientation is measured as shown; a 70×70 one passes', async () => {
    write('jpeg/turned.jpg', jpeg(100, 50, { orientation: 6 }));
    write('jpeg/upright.jpg', jpeg(100, 50, { orientation: 3 }));
    write('jpeg/ok.jpg', jpeg(70, 70, { appBytes: 10 }));
    expect((await check('turned', '../jpeg/turned.jpg')).map((f) => f.message)).toEqual(['the logo is 50×100 pixels (JPEG); LivePerson requires exactly 70×70']);
    expect((await check('upright', '../jpeg/upright.jpg')).map((f) => f.message)).toEqual(['the logo is 100×50 pixels (JPEG); LivePerson requires exactly 70×70']);
    expect(await check('okjpeg', '../jpeg/ok.jpg')).toEqual([]);
  });

  test('an SVG whose root tag comes after 20 KB of comment, with a ">" inside an attribute: read up to its root tag', async () => {
    write('svg/late.svg', `<?xml version="1.0"?>\n<!-- ${'x'.repeat(20_000)} -->\n<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b" width="90" height="70">${'<rect/>'.repeat(10_000)}</svg>\n`);
    const logos = new LogoMeasurements();
    expect(await logos.measure(join(root, 'svg/late.svg'), root)).toEqual({ width: 90, height: 70, type: 'svg' });
    expect(logos.reads.bytes).toBe(32_768); // doubling from 4 KiB past the root tag, not the 90 KB file
  });

  test('an image file over 1 MiB: an error, the file not read past its first 4 KiB; a large file that is no image stays silent', async () => {
    write('large/logo.png', Buffer.concat([png(70, 70), Buffer.alloc(LOGO_MAX_BYTES, 0)]));
    write('large/notes.txt', 'x'.repeat(LOGO_MAX_BYTES + 1));
    const findings = await check('large', '../large/logo.png');
    expect(findings.map(where)).toEqual(['logo-size error 3:15-3:34']);
    expect(findings[0]!.message).toBe(
      `the logo file is ${(png(70, 70).length + LOGO_MAX_BYTES).toLocaleString('en')} bytes, over the 1 MiB this tool measures (it is not read); a 70×70 logo takes a few kilobytes: make the file smaller`,
    );
    const logos = new LogoMeasurements();
    expect(await logos.measure(join(root, 'large/logo.png'), root)).toEqual({ tooLarge: png(70, 70).length + LOGO_MAX_BYTES });
    expect(logos.reads.bytes).toBe(4096);
    expect(await check('largetext', '../large/notes.txt')).toEqual([]);
  });
});
