// `logo-size`: LivePerson requires the logo to be exactly 70x70 pixels. When logo_uri is not an
// absolute URL it is resolved to a file of the workspace: relative to the manifest's folder, or to
// the workspace root for a leading `/`. When that file is a PNG, JPEG, GIF, SVG or WebP image of
// another size, the finding (at the logo_uri value) gives the actual size. Silent: URLs, missing
// files, other file types, unreadable images, and any path (`..` or symbolic link) that leads
// outside the workspace. At most the first 1 MiB of the file is read.
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ListingBudget } from '../finding-budget.js';
import type { PendingFinding } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

export const LOGO_SIZE = 70;
const READ_LIMIT = 1024 * 1024;
const IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'PNG', jpg: 'JPEG', gif: 'GIF', svg: 'SVG', webp: 'WebP' };

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

async function readStart(path: string): Promise<Buffer | undefined> {
  if (!(await stat(path)).isFile()) return undefined; // before open(): opening a FIFO would block
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    const buffer = Buffer.alloc(Math.min(info.size, READ_LIMIT));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export const checkLogoSize: ManifestCheck = ({ manifest, path, workspaceRoot, budget }) => {
  const logo = own(manifest, 'logo_uri');
  if (typeof logo !== 'string') return NO_FINDINGS;
  const file = logoPath(logo, path, workspaceRoot);
  if (file === undefined) return NO_FINDINGS; // a URL (most logos): no file to read, no promise to wait for
  return measureLogo(file, workspaceRoot, budget);
};

async function measureLogo(file: string, workspaceRoot: string, budget: ListingBudget): Promise<readonly PendingFinding[]> {
  let size: { width: number; height: number; type: string };
  try {
    // Symbolic links: the real file must still be inside the (real) workspace.
    const [real, realRoot] = await Promise.all([realpath(file), realpath(workspaceRoot)]);
    if (!isInside(real, realRoot)) return NO_FINDINGS;
    const bytes = await readStart(real);
    if (!bytes || bytes.length === 0) return NO_FINDINGS;
    const { imageSize } = await import('image-size'); // loaded only when a logo file exists
    const result = imageSize(bytes);
    if (result.type === undefined || !(result.type in IMAGE_TYPES)) return NO_FINDINGS;
    const swap = result.type === 'jpg' && (result.orientation ?? 1) >= 5; // EXIF: rotated by 90°
    size = { width: swap ? result.height : result.width, height: swap ? result.width : result.height, type: result.type };
  } catch {
    return NO_FINDINGS; // missing, unreadable, or not an image we can measure
  }
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height)) return NO_FINDINGS;
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
