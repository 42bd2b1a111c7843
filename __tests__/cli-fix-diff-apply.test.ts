// --fix-dry-run's diff applies with real `git apply` (through the built dist/cli.js, as a user pipes
// it): a file with a byte order mark (line 1 carries it), CRLF lines, no final line break; and
// applying it gives the bytes --fix writes.
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFixDiff } from '../src/reporters/fix-diff.js';
import { tempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
const BOM = '\ufeff';

const CASES: Record<string, string> = {
  'bom.json': `${BOM}{"clientName": "Bom", "scope": "msg.consumer"}\n`,
  'bom-later-line.json': `${BOM}{\n  "client_name": "BomLater",\n  "scope": "msg.consumer",\n  "a": 1,\n  "b": 2,\n  "response_types": "code"\n}\n`,
  'crlf.json': '{\r\n  "clientName": "Crlf",\r\n  "scope": "msg.consumer"\r\n}\r\n',
  'bom-crlf.json': `${BOM}{\r\n  "clientName": "BomCrlf",\r\n  "scope": "msg.consumer"\r\n}\r\n`,
  'no-final-newline.json': '{\n  "clientName": "NoNewline",\n  "scope": "msg.consumer"\n}',
};

describe('--fix-dry-run | git apply', () => {
  test.each(Object.keys(CASES))('%s: git apply --check takes the diff; applied, it gives what --fix writes', (name) => {
    const ws = tempWorkspace();
    try {
      execFileSync('git', ['init', '-q'], { cwd: ws.root });
      ws.write(`apps/${name}`, CASES[name]!);
      const dry = spawnSync(process.execPath, [cli, '--fix-dry-run', `apps/${name}`], { cwd: ws.root, encoding: 'utf8' });
      expect(dry.stderr).toBe('');
      expect(dry.stdout).toMatch(/^--- a\/apps\//);
      writeFileSync(join(ws.root, 'fix.patch'), dry.stdout);
      const check = spawnSync('git', ['apply', '--check', 'fix.patch'], { cwd: ws.root, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      execFileSync('git', ['apply', 'fix.patch'], { cwd: ws.root });
      const applied = readFileSync(join(ws.root, 'apps', name));
      ws.write(`apps/${name}`, CASES[name]!);
      const fix = spawnSync(process.execPath, [cli, '--fix', `apps/${name}`], { cwd: ws.root, encoding: 'utf8' });
      expect(fix.stderr).toMatch(/^lp-manifest: fixed apps\//);
      expect(applied.equals(readFileSync(join(ws.root, 'apps', name)))).toBe(true);
      expect(applied.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(name.startsWith('bom'));
    } finally {
      ws.cleanup();
    }
  });
});

describe('formatFixDiff with a byte order mark', () => {
  test('line 1 carries it in the old and the new text; no stop-commands marker for it', () => {
    const patch = formatFixDiff([{ path: 'a.json', before: '{"clientName": 1}\n', after: '{"client_name": 1}\n', applied: 1, bom: true }]);
    expect(patch).toBe(`--- a/a.json\n+++ b/a.json\n@@ -1,1 +1,1 @@\n-${BOM}{"clientName": 1}\n+${BOM}{"client_name": 1}\n`);
  });
  test('a context line 1 carries it once; a hunk further down has none', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3,', '  "d": 4,', '  "e": 5,', '  "clientName": 1', '}', ''].join('\n');
    const patch = formatFixDiff([
      { path: 'near.json', before: '{\n  "clientName": 1\n}\n', after: '{\n  "client_name": 1\n}\n', applied: 1, bom: true },
      { path: 'far.json', before, after: before.replace('clientName', 'client_name'), applied: 1, bom: true },
    ]);
    expect(patch.split('\n').filter((l) => l.includes(BOM))).toEqual([` ${BOM}{`]);
  });
});
