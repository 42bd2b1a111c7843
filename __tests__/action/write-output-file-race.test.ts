// writeOutputFile when a symbolic link appears after the checks (between the lstat of the file and
// its open): O_NOFOLLOW makes the kernel refuse it. The race is made certain by an lstat that plants
// the link right after it looked.
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = mkdtempSync(join(tmpdir(), 'lp-manifest-race-'));
const ws = join(base, 'workspace');
const outside = join(base, 'outside');

jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  lstat: async (path: string) => {
    try {
      return await realFs.lstat(path);
    } finally {
      if (path === join(ws, 'race.sarif') && !existsSync(path)) symlinkSync(join(outside, 'planted.sarif'), path);
    }
  },
}));
const { OutputFileError, writeOutputFile } = await import('../../src/action/write-output-file.js');

beforeAll(() => {
  mkdirSync(ws);
  mkdirSync(outside);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

test('a link swapped in after the lstat is refused by O_NOFOLLOW; nothing is created outside', async () => {
  const error = await writeOutputFile('race.sarif', 'REPORT', { workspace: ws }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OutputFileError);
  expect((error as Error).message).toBe('"race.sarif" is a symbolic link: the action writes only through real folders and files, never through a link');
  expect(existsSync(join(outside, 'planted.sarif'))).toBe(false);
});
