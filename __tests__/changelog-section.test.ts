// scripts/changelog-section.mjs, as the release workflow runs it: the notes of the GitHub release are
// the CHANGELOG's section of the tagged version, exactly; no section, or an empty one, stops the release.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace } from './support/workspace.js';

const SCRIPT = join(process.cwd(), 'scripts/changelog-section.mjs');

function section(args: string[], changelog?: string): { status: number | null; stdout: string; stderr: string } {
  const ws = tempWorkspace();
  try {
    if (changelog !== undefined) writeFileSync(join(ws.root, 'CHANGELOG.md'), changelog);
    const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ws.root, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    ws.cleanup();
  }
}

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '- Not yet.',
  '',
  '## [1.2.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- `--quiet`.',
  '- [A link](https://example.com) stays.',
  '',
  '## [1.1.10] - 2026-11-30',
  '',
  '- Ten.',
  '',
  '## [1.1.1] - 2026-11-29',
  '',
  '- One.',
  '',
  '## [1.0.0] - 2026-11-25',
  '',
  '## [0.9.0] - 2026-11-01',
  '',
  '- Old.',
  '',
  '[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD',
  '[1.2.0]: https://github.com/o/r/releases/tag/v1.2.0',
  '',
].join('\n');

describe('changelog-section', () => {
  test('prints the section of the version, without its heading, up to the next one', () => {
    expect(section(['1.2.0'], CHANGELOG)).toEqual({ status: 0, stdout: '### Added\n\n- `--quiet`.\n- [A link](https://example.com) stays.\n', stderr: '' });
  });

  test('takes the tag as GitHub gives it (v1.1.1), and 1.1.1 is not 1.1.10', () => {
    expect(section(['v1.1.1'], CHANGELOG)).toEqual({ status: 0, stdout: '- One.\n', stderr: '' });
    expect(section(['1.1.10'], CHANGELOG).stdout).toBe('- Ten.\n');
  });

  test('the last section stops before the link definitions', () => {
    expect(section(['0.9.0'], CHANGELOG).stdout).toBe('- Old.\n');
  });

  test('CRLF line ends and a byte order mark give the same notes', () => {
    expect(section(['1.1.1'], `\uFEFF${CHANGELOG.replace(/\n/g, '\r\n')}`).stdout).toBe('- One.\n');
  });

  test('a version with no section, an empty section, or no version fail with a message', () => {
    expect(section(['1.3.0'], CHANGELOG)).toEqual({ status: 1, stdout: '', stderr: 'changelog-section: CHANGELOG has no "## [1.3.0] - YYYY-MM-DD" section\n' });
    expect(section(['1.0.0'], CHANGELOG)).toEqual({ status: 1, stdout: '', stderr: 'changelog-section: the CHANGELOG\'s "## [1.0.0]" section is empty\n' });
    expect(section([], CHANGELOG)).toEqual({ status: 1, stdout: '', stderr: 'changelog-section: not a version: "" (expected X.Y.Z, without the v)\n' });
    expect(section(['Unreleased'], CHANGELOG).status).toBe(1);
  });

  test("the repository's CHANGELOG.md has the section of the package version", () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    const run = spawnSync(process.execPath, [SCRIPT, `v${version}`, join(process.cwd(), 'CHANGELOG.md')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/^## /m);
  });
});
