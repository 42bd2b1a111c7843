// src/action/runner.ts speaks the runner's protocol exactly as @actions/core 3 does (kept as a dev
// dependency for this comparison): same stdout bytes, same GITHUB_OUTPUT and summary file content.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '../../src/action/runner.js';

const MESSAGES = ['plain', 'a%b\r\nc:d,e', 'multi\nline\n', 'emoji 😀 and ::error:: inside', ''];

let dir: string;
let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-runner-'));
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return out;
}

describe('same bytes as @actions/core', () => {
  test.each(MESSAGES)('info, notice, warning, error, setSecret: %j', (message) => {
    for (const name of ['info', 'notice', 'warning', 'error', 'setSecret'] as const) {
      expect(stdoutOf(() => runner[name](message))).toBe(stdoutOf(() => core[name](message)));
    }
  });

  test('setFailed: the same command and exit code', () => {
    const ours = stdoutOf(() => runner.setFailed('bad: input, 100%'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed('bad: input, 100%')));
    expect(process.exitCode).toBe(1);
  });

  test('getInput: INPUT_<NAME>, trimmed, empty when unset', () => {
    process.env['INPUT_FAIL-ON'] = '  warning \n';
    process.env['INPUT_CHECK_NAME'] = 'x';
    for (const name of ['fail-on', 'check name', 'missing']) expect(runner.getInput(name)).toBe(core.getInput(name));
    expect(runner.getInput('fail-on')).toBe('warning');
  });

  test('setOutput: the GITHUB_OUTPUT heredoc format (delimiters are random: compared without them)', () => {
    const ours = join(dir, 'ours');
    const theirs = join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    for (const value of MESSAGES) {
      process.env['GITHUB_OUTPUT'] = ours;
      runner.setOutput('quick-launch', value);
      process.env['GITHUB_OUTPUT'] = theirs;
      core.setOutput('quick-launch', value);
    }
    const normalize = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    expect(normalize(readFileSync(ours, 'utf8'))).toBe(normalize(readFileSync(theirs, 'utf8')));
    expect(readFileSync(ours, 'utf8')).toMatch(/^quick-launch<<ghadelimiter_[0-9a-f-]{36}\nplain\nghadelimiter_/);
  });

  test('setOutput without GITHUB_OUTPUT: the old ::set-output command', () => {
    delete process.env['GITHUB_OUTPUT'];
    expect(stdoutOf(() => runner.setOutput('a,b', 'x\ny'))).toBe(stdoutOf(() => core.setOutput('a,b', 'x\ny')));
  });

  test('appendSummary: the same file content as summary.addRaw().write()', async () => {
    const ours = join(dir, 'ours.md');
    const theirs = join(dir, 'theirs.md');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    process.env['GITHUB_STEP_SUMMARY'] = ours;
    runner.appendSummary('## title\n| a | b |\n');
    process.env['GITHUB_STEP_SUMMARY'] = theirs;
    await core.summary.addRaw('## title\n| a | b |\n').write();
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
  });

  test('appendSummary without GITHUB_STEP_SUMMARY throws @actions/core\'s message', () => {
    // (@actions/core caches the summary path after its first write, so it is not called again here)
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(() => runner.appendSummary('x')).toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  });
});
