// --fix on real files (src/fixes/fix-files.ts): bytes kept outside the edits (BOM, CRLF), written
// in place only when it is safe: never through a symbolic link, never outside the workspace, never
// over a file that changed meanwhile, never JSON that stops parsing.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests, type ValidationOptions } from '../../src/engine/engine.js';
import type { FileResult, Finding } from '../../src/engine/findings.js';
import { checkWith, fixFiles, type FixFilesOptions } from '../../src/fixes/fix-files.js';
import { tempWorkspace, type TempWorkspace } from '../support/workspace.js';

let ws: TempWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function results(paths: string[]): Promise<FileResult[]> {
  return validateManifests(
    paths.map((path) => ({ path })),
    { workspaceRoot: ws.root },
  );
}

function options(overrides: Partial<FixFilesOptions> = {}): { options: FixFilesOptions; skipped: string[] } {
  const skipped: string[] = [];
  const validation: ValidationOptions = { workspaceRoot: ws.root };
  return { skipped, options: { workspaceRoot: ws.root, check: checkWith(validation), write: true, skipped: (path, reason) => skipped.push(`${path}: ${reason}`), ...overrides } };
}

describe('fixFiles', () => {
  test('a BOM, CRLF line endings and the indentation are kept; only the edits change bytes', async () => {
    const body = '{\r\n\t"clientName": "Acme",\r\n\t"grant_types": ["client_credential", "client_credential"]\r\n}\r\n';
    ws.write('app.json', Buffer.concat([BOM, Buffer.from(body)]));
    const { options: o, skipped } = options();
    const fixed = await fixFiles(await results(['app.json']), o);
    const expected = '{\r\n\t"client_name": "Acme",\r\n\t"grant_types": ["client_credentials"]\r\n}\r\n';
    expect(readFileSync(join(ws.root, 'app.json'))).toEqual(Buffer.concat([BOM, Buffer.from(expected)]));
    expect(fixed).toEqual([{ path: 'app.json', before: body, after: expected, applied: 4, bom: true }]);
    expect(skipped).toEqual([]);
    // Idempotent: nothing left to fix, nothing written.
    expect(await fixFiles(await results(['app.json']), o)).toEqual([]);
  });

  test('--fix-dry-run (write: false) computes the same and writes nothing', async () => {
    const file = ws.write('app.json', '{"clientName": "Acme"}');
    const fixed = await fixFiles(await results(['app.json']), options({ write: false }).options);
    expect(fixed).toEqual([{ path: 'app.json', before: '{"clientName": "Acme"}', after: '{"client_name": "Acme"}', applied: 1 }]);
    expect(readFileSync(file, 'utf8')).toBe('{"clientName": "Acme"}');
  });

  test('a symbolic link to a manifest is not written through (nor is its target changed)', async () => {
    const target = ws.write('real/app.json', '{"clientName": "Acme"}');
    symlinkSync(target, join(ws.root, 'link.json'));
    const { options: o, skipped } = options();
    const checked = await results(['link.json']);
    expect(checked[0]!.findings.map((f) => f.rule)).toEqual(['required', 'unknown-property']); // the engine follows it inside the workspace
    expect(await fixFiles(checked, o)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('{"clientName": "Acme"}');
    expect(skipped).toEqual(['link.json: a symbolic link (or a platform that cannot open a file without following one); fix the file it points to']);
  });

  test('a file outside the workspace is not fixed', async () => {
    const outside = tempWorkspace();
    try {
      const file = outside.write('app.json', '{"clientName": "Acme"}');
      const path = join('..', outside.root.split('/').pop()!, 'app.json');
      const findings = await checkWith({ workspaceRoot: outside.root })('app.json', '{"clientName": "Acme"}');
      const checked: FileResult[] = [{ path, valid: false, quickLaunch: null, findings }];
      const { options: o, skipped } = options();
      expect(await fixFiles(checked, o)).toEqual([]);
      expect(readFileSync(file, 'utf8')).toBe('{"clientName": "Acme"}');
      expect(skipped).toEqual([`${path}: it is outside the workspace`]);
    } finally {
      outside.cleanup();
    }
  });

  test('a file changed while it was being fixed is not overwritten', async () => {
    const file = ws.write('app.json', '{"clientName": "Acme"}');
    const engine = checkWith({ workspaceRoot: ws.root });
    const { options: o, skipped } = options({
      check: async (path, text) => {
        writeFileSync(file, '{"clientName": "Edited meanwhile"}');
        return engine(path, text);
      },
    });
    expect(await fixFiles(await results(['app.json']), o)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('{"clientName": "Edited meanwhile"}');
    expect(skipped).toEqual(['app.json: it changed while it was being fixed']);
  });

  test('a fix that would leave JSON that does not parse is not applied, and the file is not written', async () => {
    const text = '{"client_name": "Acme", "scope": "msg.consumer"}';
    const file = ws.write('app.json', text);
    // No rule makes such a fix: a checker stands in for a broken one (it drops the closing brace).
    const broken: Finding = {
      rule: 'duplicate-key',
      severity: 'error',
      message: 'm',
      pointer: '',
      line: 1,
      column: 48,
      endLine: 1,
      endColumn: 48,
      fix: { description: 'broken', edits: [{ line: 1, column: 48, endLine: 1, endColumn: 49, text: '' }] },
    };
    const checked: FileResult[] = [{ path: 'app.json', valid: false, quickLaunch: null, findings: [broken] }];
    const { options: o, skipped } = options({ check: () => Promise.resolve([broken]) });
    expect(await fixFiles(checked, o)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(skipped).toEqual(['app.json: the fixes of duplicate-key would leave JSON that does not parse, so they were not applied (a bug: please report it)']);
  });
});
