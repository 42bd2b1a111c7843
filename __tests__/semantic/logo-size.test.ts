// logo-size: a logo_uri that resolves to an image of the workspace must be exactly 70x70 pixels.
// The images are real files written by the test: a PNG and a GIF header built byte by byte, and SVGs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { validateManifests } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
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
