// writeOutputFile: report-file and sarif-file are written only inside the workspace or RUNNER_TEMP,
// through real folders to a real file, never through a symbolic link a pull request committed.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFileError, outputPath, writeOutputFile, type OutputRoots } from '../../src/action/write-output-file.js';

const LINK = 'is a symbolic link: the action writes only through real folders and files, never through a link';

let base: string;
let ws: string;
let temp: string;
let outside: string;
let roots: OutputRoots;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'lp-manifest-write-'));
  ws = join(base, 'workspace');
  temp = join(base, 'runner-temp');
  outside = join(base, 'outside');
  for (const d of [ws, temp, outside]) mkdirSync(d);
  writeFileSync(join(outside, 'victim.txt'), 'precious');
  roots = { workspace: ws, runnerTemp: temp };
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

/** Everything under `outside`, with contents: nothing may change there. */
function outsideState(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      const full = join(dir, name);
      if (lstatSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out[prefix + name] = readFileSync(full, 'utf8');
    }
  };
  walk(outside, '');
  return out;
}

async function refused(path: string, why: string): Promise<void> {
  const error = await writeOutputFile(path, 'REPORT', roots).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OutputFileError);
  expect((error as Error).message).toBe(why);
  expect(outsideState()).toEqual({ 'victim.txt': 'precious' });
}

describe('written', () => {
  test('a workspace-relative path, creating the missing folders', async () => {
    await writeOutputFile('reports/lp/out.sarif', 'REPORT', roots);
    expect(readFileSync(join(ws, 'reports/lp/out.sarif'), 'utf8')).toBe('REPORT');
  });

  test('an absolute path in RUNNER_TEMP (the default report) and in the workspace', async () => {
    await writeOutputFile(join(temp, 'lp-manifest-report.json'), 'A', roots);
    await writeOutputFile(join(ws, 'x', 'report.json'), 'B', roots);
    expect(readFileSync(join(temp, 'lp-manifest-report.json'), 'utf8')).toBe('A');
    expect(readFileSync(join(ws, 'x', 'report.json'), 'utf8')).toBe('B');
  });

  test('an existing file is replaced whole (a longer old content leaves nothing behind)', async () => {
    writeFileSync(join(ws, 'r.json'), 'an older and much longer report');
    await writeOutputFile('r.json', 'new', roots);
    expect(readFileSync(join(ws, 'r.json'), 'utf8')).toBe('new');
  });

  test('`..` that stays inside the workspace', async () => {
    mkdirSync(join(ws, 'a'));
    await writeOutputFile('a/../b/r.json', 'R', roots);
    expect(readFileSync(join(ws, 'b/r.json'), 'utf8')).toBe('R');
  });

  test('without RUNNER_TEMP, the workspace alone', async () => {
    await writeOutputFile('r.json', 'R', { workspace: ws });
    expect(readFileSync(join(ws, 'r.json'), 'utf8')).toBe('R');
    const error = await writeOutputFile(join(temp, 'r.json'), 'R', { workspace: ws }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('it is outside the workspace; the action writes only there');
  });

  test('outputPath: relative to the workspace, `..` resolved', () => {
    expect(outputPath('out/../lp.sarif', roots)).toBe(join(ws, 'lp.sarif'));
    expect(outputPath('/abs/x.json', roots)).toBe('/abs/x.json');
  });
});

describe('refused: nothing is created or changed outside', () => {
  test('the file is a link to a file outside (it would be overwritten)', async () => {
    symlinkSync(join(outside, 'victim.txt'), join(ws, 'lp-report.json'));
    await refused('lp-report.json', `"lp-report.json" ${LINK}`);
  });

  test('the file is a dangling link to outside (it would be created there)', async () => {
    symlinkSync(join(outside, 'created.sarif'), join(ws, 'lp.sarif'));
    await refused('lp.sarif', `"lp.sarif" ${LINK}`);
    expect(readlinkSync(join(ws, 'lp.sarif'))).toBe(join(outside, 'created.sarif'));
  });

  test('a dangling link to nowhere', async () => {
    symlinkSync('no/such/place', join(ws, 'lp.sarif'));
    await refused('lp.sarif', `"lp.sarif" ${LINK}`);
    expect(existsSync(join(ws, 'no'))).toBe(false);
  });

  test('a link to a file inside the workspace (no links at all)', async () => {
    writeFileSync(join(ws, 'real.sarif'), 'keep');
    symlinkSync('real.sarif', join(ws, 'lp.sarif'));
    await refused('lp.sarif', `"lp.sarif" ${LINK}`);
    expect(readFileSync(join(ws, 'real.sarif'), 'utf8')).toBe('keep');
  });

  test('a parent folder is a link to outside', async () => {
    symlinkSync(outside, join(ws, 'out'));
    await refused('out/lp.sarif', `"out" ${LINK}`);
  });

  test('a deeper parent folder is a link; the folders before it are created, none after', async () => {
    mkdirSync(join(ws, 'reports'));
    symlinkSync(outside, join(ws, 'reports/deep'));
    await refused('reports/deep/x/lp.sarif', `"reports/deep" ${LINK}`);
    expect(existsSync(join(outside, 'x'))).toBe(false);
  });

  test('a link in RUNNER_TEMP too', async () => {
    symlinkSync(outside, join(temp, 'out'));
    await refused(join(temp, 'out/r.json'), `"out" ${LINK}`);
  });

  test('`..` out of the workspace, and absolute paths outside both roots', async () => {
    await refused('../outside/escaped.sarif', 'it is outside the workspace and RUNNER_TEMP; the action writes only there');
    await refused(join(outside, 'abs.sarif'), 'it is outside the workspace and RUNNER_TEMP; the action writes only there');
    await refused(join(outside, 'victim.txt'), 'it is outside the workspace and RUNNER_TEMP; the action writes only there');
    await refused(ws, 'it is outside the workspace and RUNNER_TEMP; the action writes only there');
  });

  test('a file where a folder must be, a folder where the file must be', async () => {
    writeFileSync(join(ws, 'blocked'), 'a file');
    await refused('blocked/lp.sarif', '"blocked" is not a folder');
    mkdirSync(join(ws, 'dir.sarif'));
    await refused('dir.sarif', '"dir.sarif" is not a regular file');
  });

  test('a FIFO is refused, not waited on', async () => {
    execFileSync('mkfifo', [join(ws, 'pipe.sarif')]);
    await refused('pipe.sarif', '"pipe.sarif" is not a regular file');
  });

  test('a hard link to a file outside is not written through', async () => {
    linkSync(join(outside, 'victim.txt'), join(ws, 'hard.json'));
    await refused('hard.json', '"hard.json" has 2 names (hard links); the action writes only to a file of its own');
  });
});
