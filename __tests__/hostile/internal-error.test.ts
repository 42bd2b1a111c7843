// An internal failure on one file becomes an `internal-error` finding on that file; the run goes on.
// A permission error becomes `unreadable-file`. Both need a fault that a real file cannot produce
// as root, so the faulting module is replaced with jest.unstable_mockModule.
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/engine/findings.js';
// (no static import of the engine or of support/workspace.ts: that would load the real modules first)

const where = (f: Finding) => `${f.rule} ${f.severity} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;

// The engine's fast read (synchronous open without following links) meets the fault first; it
// leaves any open error to the careful path (fs/promises), which reports it.
const actualSyncFs = await import('node:fs');
jest.unstable_mockModule('node:fs', () => ({
  ...actualSyncFs,
  default: actualSyncFs,
  openSync: (...args: Parameters<typeof actualSyncFs.openSync>) => {
    if (String(args[0]).endsWith('locked.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return actualSyncFs.openSync(...args);
  },
}));
const actualFs = await import('node:fs/promises');
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actualFs,
  default: actualFs,
  readFile: async (path: Parameters<typeof actualFs.readFile>[0], options?: Parameters<typeof actualFs.readFile>[1]) => {
    if (typeof path === 'string' && path.endsWith('locked.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return actualFs.readFile(path, options ?? null);
  },
}));
jest.unstable_mockModule('../../src/semantic/index.js', () => ({
  MANIFEST_CHECKS: [
    (context: { path: string }) => {
      if (context.path === 'explodes.json') throw new TypeError('boom in a rule');
      return [];
    },
  ],
}));

const { validateManifests } = await import('../../src/engine/engine.js');
const { isFailing } = await import('../../src/engine/options.js');

const ws = { root: '' };
beforeAll(() => {
  ws.root = mkdtempSync(join(tmpdir(), 'lp-internal-'));
  writeFileSync(join(ws.root, 'explodes.json'), '{"client_name": "X"}');
  writeFileSync(join(ws.root, 'locked.json'), '{"client_name": "L"}');
  writeFileSync(join(ws.root, 'fine.json'), '{"client_name": "F"}');
  writeFileSync(join(ws.root, 'bad.json'), '{"client_name": 5}');
});
afterAll(() => rmSync(ws.root, { recursive: true, force: true }));

test('a failing rule on one file: internal-error there, the other files are still checked', async () => {
  const files = await validateManifests(
    ['explodes.json', 'locked.json', 'fine.json', 'bad.json'].map((path) => ({ path })),
    { workspaceRoot: ws.root },
  );
  const byPath = Object.fromEntries(files.map((f) => [f.path, f.findings.map((x) => `${where(x)} ${x.message}`)]));
  expect(byPath).toEqual({
    'explodes.json': ['internal-error error 1:1-1:1 the validator failed on this file (TypeError: boom in a rule); the other files were still checked'],
    'locked.json': ['unreadable-file error 1:1-1:1 permission denied: the file cannot be read'],
    'fine.json': [],
    'bad.json': ['type error 1:17-1:18 client_name must be a string, not an integer'],
  });
  // the run fails (non-zero exit) even with fail-on error and no other error
  expect(
    isFailing(
      files.filter((f) => f.path !== 'bad.json'),
      'error',
    ),
  ).toBe(true);
  expect(
    isFailing(
      files.filter((f) => f.path === 'explodes.json'),
      'never',
    ),
  ).toBe(true);
  expect(
    isFailing(
      files.filter((f) => f.path === 'fine.json'),
      'error',
    ),
  ).toBe(false);
});
