// --exclude through the built command line (dist/cli.js): .gitignore semantics, and a warning for a
// pattern that matches no file.
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempWorkspace, type TempWorkspace } from './support/workspace.js';

const cli = join(process.cwd(), 'dist', 'cli.js');
let ws: TempWorkspace;
function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws.root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const BAD = '{"clientName": "Bad"}\n';
beforeAll(() => {
  ws = tempWorkspace();
  ws.write('apps/widgets/a.json', BAD);
  ws.write('widgets/b.json', BAD);
  ws.write('apps/good.json', '{"client_name": "Good", "scope": "msg.consumer"}\n');
});
afterAll(() => ws.cleanup());

describe('lp-manifest --exclude', () => {
  test('widgets/ is a folder at any depth', () => {
    expect(run(['--exclude', 'widgets/'])).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 manifest\n', stderr: '' });
  });

  test('a leading slash anchors at the root; a directory argument is searched with the same patterns', () => {
    const r = run(['--exclude', '/widgets/', '--format', 'json']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['apps/good.json', 'apps/widgets/a.json']);
    expect(run(['apps', '--exclude', 'widgets/']).stdout).toBe('0 errors, 0 warnings in 1 manifest\n');
  });

  test('a pattern that matches no file is a warning (the run goes on)', () => {
    const r = run(['--exclude', 'widgets/', '--exclude', 'widgetz/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'lp-manifest: warning: exclude pattern "widgetz/" matches no file that would be checked (patterns follow .gitignore: "widgets/" is a folder at any depth, "apps/legacy/**" is relative to the repository root)\n',
    );
  });

  test("the config file's exclude and --exclude add up", () => {
    ws.write('.lp-manifest.yaml', 'exclude: ["apps/widgets/"]\n');
    try {
      expect(run([]).stdout).toBe(
        'widgets/b.json:1:1: error required missing required property "client_name"\nwidgets/b.json:1:2: error unknown-property unknown property "clientName"; did you mean "client_name"? (client_name is required)\n2 errors, 0 warnings in 2 manifests\n',
      );
      expect(run(['--exclude', '/widgets']).stdout).toBe('0 errors, 0 warnings in 1 manifest\n');
    } finally {
      ws.write('.lp-manifest.yaml', '');
    }
  });
});
