// The README's commands for GitHub's local runner (@github/local-action), run as written: the first
// ```sh block that runs `npx local-action`, in a shell, in a checkout. RUNNER_TEMP must be set before
// GITHUB_STEP_SUMMARY is built from it (an `export A=$(…) B=$A/…` expands $A before export sets it:
// the summary went to /summary.md). The env file's usage comment says the same commands.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ENV_FILE = '.github/local-action/examples-valid.env';

/** The lines of the README's sh block that runs local-action. */
function readmeBlock(): string[] {
  const block = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((b) => /^npx local-action run /m.test(b));
  expect(block).toBeDefined();
  return block!.trimEnd().split('\n');
}

describe("the README's local-action commands", () => {
  test('the env file the README names exists, and its usage comment is the same commands', () => {
    const lines = readmeBlock();
    expect(lines[1]).toBe(`npx local-action run . src/main.ts ${ENV_FILE}`);
    const usage = readFileSync(join(ROOT, ENV_FILE), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#   '))
      .map((l) => l.slice(4));
    expect(usage).toEqual(lines.slice(0, 2));
  });

  test('run as written, they write the job summary and the JSON report under the new RUNNER_TEMP', () => {
    const lines = readmeBlock();
    // As a user's shell runs them, then where the two variables point.
    const script = ['set -e', ...lines, 'echo "RUNNER_TEMP=$RUNNER_TEMP"', 'echo "GITHUB_STEP_SUMMARY=$GITHUB_STEP_SUMMARY"'].join('\n');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '/tmp' };
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const temp = /^RUNNER_TEMP=(.*)$/m.exec(run.stdout)?.[1] ?? '';
    try {
      expect([run.status, run.stderr.split('\n').filter((l) => /error/i.test(l) && !/ExperimentalWarning/.test(l))]).toEqual([0, []]);
      expect(temp).toMatch(/^\/.+/);
      expect(run.stdout).toContain(`GITHUB_STEP_SUMMARY=${temp}/summary.md\n`);
      expect(readFileSync(join(temp, 'summary.md'), 'utf8')).toContain('LivePerson manifests: 2 manifests checked, no problems');
      expect(JSON.parse(readFileSync(join(temp, 'lp-manifest-report.json'), 'utf8')).summary).toEqual({ manifests: 2, errors: 0, warnings: 0, valid: true });
      expect(run.stdout).toContain('::set-output name=valid::true');
    } finally {
      if (temp.startsWith('/') && temp !== '/' && existsSync(temp)) rmSync(temp, { recursive: true, force: true });
    }
  });
});
