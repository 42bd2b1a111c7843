// `logo-size`: LivePerson requires the logo to be exactly 70x70 pixels. When logo_uri is not an
// absolute URL it is resolved to a file of the workspace: relative to the manifest's folder, or to
// the workspace root for a leading `/`. When that file is a PNG, JPEG, GIF, SVG or WebP image of
// another size, the finding (at the logo_uri value) gives the actual size; an image file over
// LOGO_MAX_BYTES is refused with a finding, unread. Silent: URLs, missing files, other file types,
// unreadable images, and any path (`..` or symbolic link) that leads outside the workspace.
// Each logo file is measured once per run (LogoMeasurements: many manifests may name one logo), and
// only as much of it is read as its format needs: the header of a PNG, GIF or WebP; a JPEG's
// segments up to its frame header, walked by their lengths; an SVG up to the end of its root tag.
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ListingBudget } from '../engine/finding-budget.js';
import type { PendingFinding } from '../engine/findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

export const LOGO_SIZE = 70;
/** The largest logo file measured (a 70×70 logo takes a few kilobytes): larger ones are a finding, unread. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** What is read first: every header a PNG, GIF or WebP needs. A JPEG or an SVG may need more (read doubling, up to the file's size). */
const FIRST_READ = 4096;
const IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'PNG', jpg: 'JPEG', gif: 'GIF', svg: 'SVG', webp: 'WebP' };
const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp)$/i;

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** The workspace file logo_uri names, or undefined for a URL or a path that leaves the workspace. */
export function logoPath(logoUri: string, manifestPath: string, workspaceRoot: string): string | undefined {
  if (logoUri === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(logoUri) || logoUri.startsWith('//') || logoUri.includes('\\')) return undefined;
  let path = logoUri.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (path === '' || path.includes('\0')) return undefined;
  const root = resolve(workspaceRoot);
  // (No string literal joined to the path: ncc's asset relocator would rewrite such a resolve().)
  const base = path.startsWith('/') ? root : resolve(root, dirname(manifestPath));
  const full = resolve(base, path.replace(/^\/+/, ''));
  return isInside(full, root) ? full : undefined;
}

/** What a logo file is: its size in pixels, too large to read, or nothing we measure. */
export type LogoMeasurement = { width: number; height: number; type: string } | { tooLarge: number } | undefined;

/**
 * The logo files of one run, each measured once (by its path, then by its real path: two names of
 * one file are one measurement). Concurrent checks of manifests naming one logo share one promise.
 */
export class LogoMeasurements {
  private readonly byPath = new Map<string, Promise<LogoMeasurement>>();
  private readonly byRealPath = new Map<string, Promise<LogoMeasurement>>();
  private realRoot: Promise<string> | undefined;
  /** Files opened and bytes read so far (one file per logo, only the bytes its format needs). */
  readonly reads = { files: 0, bytes: 0 };

  constructor(private readonly maxBytes = LOGO_MAX_BYTES) {}

  measure(file: string, workspaceRoot: string): Promise<LogoMeasurement> {
    let found = this.byPath.get(file);
    if (found === undefined) this.byPath.set(file, (found = this.measurePath(file, workspaceRoot)));
    return found;
  }

  private async measurePath(file: string, workspaceRoot: string): Promise<LogoMeasurement> {
    try {
      // Symbolic links: the real file must still be inside the (real) workspace.
      const [real, realRoot] = await Promise.all([realpath(file), (this.realRoot ??= realpath(workspaceRoot))]);
      if (!isInside(real, realRoot)) return undefined;
      let found = this.byRealPath.get(real);
      if (found === undefined) this.byRealPath.set(real, (found = this.measureFile(real)));
      return await found;
    } catch {
      return undefined; // missing, unreadable
    }
  }

  private async measureFile(path: string): Promise<LogoMeasurement> {
    try {
      if (!(await stat(path)).isFile()) return undefined; // before open(): opening a FIFO would block
      const handle = await open(path, 'r');
      try {
        const info = await handle.stat();
        if (!info.isFile() || info.size === 0) return undefined;
        this.reads.files++;
        let bytes = await this.readAt(handle, 0, Math.min(info.size, FIRST_READ));
        if (info.size > this.maxBytes) return looksLikeImage(bytes, path) ? { tooLarge: info.size } : undefined;
        for (;;) {
          const size = await sizeOf(bytes);
          if (size !== 'more') return size;
          if (bytes.length >= info.size) return undefined;
          const more = await this.readAt(handle, bytes.length, Math.min(info.size, bytes.length * 2) - bytes.length);
          if (more.length === 0) return undefined;
          bytes = Buffer.concat([bytes, more]);
        }
      } finally {
        await handle.close();
      }
    } catch {
      return undefined; // unreadable, or not an image we can measure
    }
  }

  private async readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    this.reads.bytes += bytesRead;
    return buffer.subarray(0, bytesRead);
  }
}

function startsWith(bytes: Buffer, ...prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The start of the text, without a byte order mark and white space. */
function textStart(bytes: Buffer): string {
  return bytes
    .subarray(0, 512)
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf)?\s*/, '');
}

/** Whether a file too large to read is an image: by its first bytes or its name. */
function looksLikeImage(bytes: Buffer, path: string): boolean {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return true;
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return true;
  return textStart(bytes).startsWith('<') ? /<svg[\s>]/i.test(bytes.toString('latin1')) || IMAGE_EXTENSION.test(path) : IMAGE_EXTENSION.test(path);
}

/** SOFn markers (frame headers): C0–CF but C4 (DHT), C8 (JPG), CC (DAC). */
function isFrameHeader(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * A JPEG's size, walking its segments by their lengths (never byte by byte), or 'more' when the
 * frame header lies past `bytes`. Undefined: not a JPEG's structure. EXIF orientation 5–8 (a
 * quarter turn) swaps width and height, as a viewer shows it.
 */
function jpegSize(bytes: Buffer): LogoMeasurement | 'more' {
  let orientation = 1;
  let i = 2;
  for (;;) {
    if (i + 4 > bytes.length) return 'more';
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      if (marker === 0xd9) return undefined; // the end, no frame
      i += 2;
      continue;
    }
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2) return undefined;
    const end = i + 2 + length;
    if (isFrameHeader(marker)) {
      if (i + 9 > bytes.length) return 'more';
      const height = bytes.readUInt16BE(i + 5);
      const width = bytes.readUInt16BE(i + 7);
      const swap = orientation >= 5 && orientation <= 8;
      return { width: swap ? height : width, height: swap ? width : height, type: 'jpg' };
    }
    if (marker === 0xe1) {
      if (end > bytes.length) return 'more';
      orientation = exifOrientation(bytes.subarray(i + 4, end)) ?? orientation;
    }
    i = end;
  }
}

/** The orientation tag (274) of IFD0 of an APP1 segment's EXIF data, if any. */
function exifOrientation(app1: Buffer): number | undefined {
  if (app1.length < 14 || app1.subarray(0, 6).toString('latin1') !== 'Exif\0\0') return undefined;
  const tiff = app1.subarray(6);
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return undefined;
  const big = order === 'MM';
  const u16 = (at: number) => (at + 2 <= tiff.length ? (big ? tiff.readUInt16BE(at) : tiff.readUInt16LE(at)) : -1);
  const u32 = (at: number) => (at + 4 <= tiff.length ? (big ? tiff.readUInt32BE(at) : tiff.readUInt32LE(at)) : -1);
  const ifd = u32(4);
  const count = ifd < 0 ? -1 : u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 274) return u16(entry + 2) === 3 && u32(entry + 4) === 1 ? u16(entry + 8) : undefined;
  }
  return undefined;
}

/**
 * An SVG's root tag (`<svg …>`, quotes honoured), or undefined when it does not end within `text`,
 * found in one pass (image-size's own search is a regular expression over the whole file).
 */
function svgRoot(text: string): string | undefined {
  const start = text.search(/<svg\s/i);
  if (start < 0) return undefined;
  let quote = 0;
  for (let i = start + 5; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return text.slice(start, i + 1);
  }
  return undefined;
}

async function sizeOf(bytes: Buffer): Promise<LogoMeasurement | 'more'> {
  if (startsWith(bytes, 0xff, 0xd8)) return jpegSize(bytes);
  let head = bytes;
  if (textStart(bytes).startsWith('<')) {
    const root = svgRoot(bytes.toString('utf8'));
    if (root === undefined) return 'more'; // (nothing, once the whole file is read)
    head = Buffer.from(root, 'utf8');
  }
  const { imageSize } = await import('image-size'); // loaded only when a logo file exists
  const result = imageSize(head);
  if (result.type === undefined || !(result.type in IMAGE_TYPES)) return undefined;
  if (!Number.isFinite(result.width) || !Number.isFinite(result.height)) return undefined;
  return { width: result.width, height: result.height, type: result.type };
}

export const checkLogoSize: ManifestCheck = ({ manifest, path, workspaceRoot, budget, options }) => {
  const logo = own(manifest, 'logo_uri');
  if (typeof logo !== 'string') return NO_FINDINGS;
  const file = logoPath(logo, path, workspaceRoot);
  if (file === undefined) return NO_FINDINGS; // a URL (most logos): no file to read, no promise to wait for
  return (options.logos ??= new LogoMeasurements()).measure(file, workspaceRoot).then((size) => logoFindings(size, budget));
};

function logoFindings(size: LogoMeasurement, budget: ListingBudget): readonly PendingFinding[] {
  if (size === undefined) return NO_FINDINGS;
  if ('tooLarge' in size) {
    if (!budget.admit('logo-size', 'error')) return NO_FINDINGS;
    const mib = LOGO_MAX_BYTES / (1024 * 1024);
    return [
      {
        rule: 'logo-size',
        severity: 'error',
        pointer: '/logo_uri',
        target: 'value',
        message: `the logo file is ${size.tooLarge.toLocaleString('en')} bytes, over the ${mib} MiB this tool measures (it is not read); a ${LOGO_SIZE}×${LOGO_SIZE} logo takes a few kilobytes: make the file smaller`,
      },
    ];
  }
  if ((size.width === LOGO_SIZE && size.height === LOGO_SIZE) || !budget.admit('logo-size', 'error')) return NO_FINDINGS;
  return [
    {
      rule: 'logo-size',
      severity: 'error',
      pointer: '/logo_uri',
      target: 'value',
      message: `the logo is ${size.width}×${size.height} pixels (${IMAGE_TYPES[size.type]}); LivePerson requires exactly ${LOGO_SIZE}×${LOGO_SIZE}`,
    },
  ];
}
