// The config file in the action (src/action/config-input.ts through run()): its settings under the
// inputs given, per-path overrides, a broken file failing the step, and the note in the log, the
// check run and the job summary when the pull request changes the file.
import { afterEach, describe, expect, test } from '@jest/globals';
import { takeViolations, type Answer, type FetchCall } from './fake-fetch.js';
import { body, checkRunCreated, cleanUp, mockCore, PR_FILES, route, runAction as runWith, CHECK_RUNS, type Scenario } from './run-support.js';

mockCore();
const { run } = await import('../../src/main.js');
const runAction = (scenario: Scenario) => runWith(run, { ...scenario, inputs: { suggestions: 'false', ...scenario.inputs } });

afterEach(() => {
  cleanUp();
  expect(takeViolations()).toEqual([]);
});

// One insecure-url warning and one unknown-property error in each.
const MIXED = ['{', '  "client_name": "NAME",', '  "displayName": "M",', '  "entry_uri": "http://mixed.example.com/"', '}', ''].join('\n');
const files = (config: string) => ({ '.lp-manifest.yaml': config, 'apps/a.json': MIXED.replace('NAME', 'A'), 'apps/dev/b.json': MIXED.replace('NAME', 'B') });
const CONFIG = ['fail-on: never', 'rules:', '  unknown-property: warning', 'overrides:', '  - files: ["apps/dev/**"]', '    rules:', '      insecure-url: off', ''].join('\n');

const prFiles =
  (names: string[]) =>
  (call: FetchCall): Answer =>
    call.url.startsWith(PR_FILES)
      ? { status: 200, body: names.map((filename) => ({ sha: 'a'.repeat(40), filename, status: 'modified', additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '' })) }
      : checkRunCreated(call);

const NOTE_TEXT = 'This pull request changes .lp-manifest.yaml, which turns unknown-property down to warning; turns insecure-url off in "apps/dev/**"; sets fail-on to never.';
const NOTE_MARKDOWN = '**This pull request changes `.lp-manifest.yaml`**, which turns unknown-property down to warning; turns insecure-url off in `apps/dev/**`; sets fail-on to never.';

describe('the config file in the action', () => {
  test('its settings apply (per path), and a pull request that changes it is said in the log, the check run and the job summary', async () => {
    const o = await runAction({ files: files(CONFIG), answer: prFiles(['.lp-manifest.yaml', 'apps/a.json']) });
    expect(o.failed).toEqual([]);
    expect(o.outputs).toMatchObject({ valid: 'true', manifests: '2', errors: '0', warnings: '3' });
    expect(o.requests.map(route)).toEqual([`GET ${PR_FILES}?per_page=100&page=1`, `POST ${CHECK_RUNS}`]);
    expect(o.calls).toContainEqual(['warning', NOTE_TEXT, { title: 'Config file changed', file: '.lp-manifest.yaml' }]);
    expect(o.summary!.split('\n').slice(0, 4)).toEqual(['## ⚠️ LivePerson manifests: 3 warnings in 2 of 2 manifests', '', NOTE_MARKDOWN, '']);
    expect(body(o.requests[1]!).output.summary.split('\n')[2]).toBe(NOTE_MARKDOWN);
  });

  test('a pull request that leaves it alone gets no note', async () => {
    const o = await runAction({ files: files(CONFIG), answer: prFiles(['apps/a.json']) });
    expect(o.summary).not.toContain('This pull request changes');
    expect(o.calls.filter((c) => c[0] === 'warning')).toEqual([]);
  });

  test('an input that is given wins over the file (fail-on, rules)', async () => {
    const o = await runAction({ files: files(CONFIG), inputs: { 'fail-on': 'warning', rules: 'unknown-property=error' }, answer: prFiles(['.lp-manifest.yaml']) });
    expect(o.outputs).toMatchObject({ valid: 'false', errors: '2', warnings: '1' });
    expect(o.failed).toEqual(['LivePerson manifests: 2 errors and 1 warning in 2 of 2 manifests']);
    // What the inputs decide is not the file's doing.
    expect(o.calls).toContainEqual([
      'warning',
      'This pull request changes .lp-manifest.yaml, which turns insecure-url off in "apps/dev/**".',
      { title: 'Config file changed', file: '.lp-manifest.yaml' },
    ]);
  });

  test('a broken file fails the step with its position and the closest word, before any check', async () => {
    const o = await runAction({ files: files('fail-on: nevr\nrules:\n  placeholdr: off\n') });
    expect(o.failed).toEqual([
      '.lp-manifest.yaml:1:10: fail-on: "nevr" is not one of error, warning, never; did you mean "never"?\n.lp-manifest.yaml:3:3: unknown rule id "placeholdr" in rules; did you mean "placeholder"?',
    ]);
    expect(o.outputs).toEqual({});
    expect(o.requests).toEqual([]);
  });

  test('the config input names another file; a missing one fails the step', async () => {
    const o = await runAction({ files: { 'ci/lp.yml': 'fail-on: never\n', 'apps/a.json': MIXED }, inputs: { config: 'ci/lp.yml' }, eventName: 'push', answer: checkRunCreated });
    expect(o.failed).toEqual([]);
    expect(o.outputs).toMatchObject({ valid: 'false', errors: '1' });
    const missing = await runAction({ files: { 'apps/a.json': MIXED }, inputs: { config: 'ci/nope.yml' } });
    expect(missing.failed).toEqual(['config: cannot read "ci/nope.yml" (ENOENT)']);
  });
});

describe('exclude in the action', () => {
  test('.gitignore semantics; a pattern that matches no file is a warning', async () => {
    const o = await runAction({
      files: { 'apps/widgets/a.json': MIXED.replace('NAME', 'A'), 'apps/good.json': '{"client_name": "Good", "scope": "msg.consumer"}\n' },
      inputs: { exclude: 'widgets/, widgetz/', 'create-check': 'false' },
      eventName: 'push',
    });
    expect(o.outputs).toMatchObject({ valid: 'true', manifests: '1' });
    expect(o.messages).toEqual([
      [
        'warning',
        'exclude pattern "widgetz/" matches no file that would be checked (patterns follow .gitignore: "widgets/" is a folder at any depth, "apps/legacy/**" is relative to the repository root)',
      ],
    ]);
  });
});
