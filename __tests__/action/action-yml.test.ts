// action.yml is the documented interface (inputs, defaults, outputs, runtime), it parses as YAML,
// and the README documents the same inputs and outputs. The e2e tests take their INPUT_* defaults
// from this same file.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace } from '../support/workspace.js';
import { inputEnv, readActionYml } from './harness.js';

// The documented inputs and defaults, copied: a change to either must be deliberate.
const SPEC_INPUTS: Record<string, string> = {
  files: '',
  exclude: '',
  profiles: '',
  'require-quick-launch': 'false',
  rules: '',
  config: '',
  'fail-on': 'error',
  'only-changed': 'false',
  'create-check': 'true',
  'check-name': 'LivePerson manifests',
  annotations: 'auto',
  suggestions: 'auto',
  'job-summary': 'true',
  'report-file': '',
  'sarif-file': '',
  'liveperson-account': '',
  'liveperson-username': '',
  'liveperson-password': '',
  'liveperson-app-key': '',
  'liveperson-app-secret': '',
  'compare-installed': 'false',
  'github-token': '${{ github.token }}',
};
const SPEC_OUTPUTS = ['valid', 'manifests', 'errors', 'warnings', 'report-file', 'quick-launch'];

// What the Marketplace page and the workflow editor show for each input and output, exactly: a
// description that is cut, emptied or no longer says the default's behaviour must fail here.
const INPUT_DESCRIPTIONS: Record<string, string> = {
  files: 'Globs of manifest files (newline or comma separated, workspace-relative). Empty for auto-discovery of every git-visible *.json file that looks like a manifest.',
  exclude: 'Globs to skip, on top of .gitignore and node_modules/.',
  profiles:
    'Profile ids (integers; comma, space or newline separated), or with liveperson-account also profile names (comma or newline separated). Reports which of them see each app in QuickLaunch and turns on the quick-launch-profile rule.',
  'require-quick-launch': 'Every manifest must be QuickLaunch-ready for at least one of the profiles.',
  rules: 'Severity overrides, e.g. "placeholder=off, insecure-url=error" (off, warning or error).',
  config:
    'The config file (YAML), workspace-relative. Empty for .lp-manifest.yaml or .lp-manifest.yml at the repository root, when there is one. An input that is given wins over the file; a broken file fails the step.',
  'fail-on': 'Which findings fail the step: error, warning or never.',
  'only-changed':
    'On pull_request events, check only the manifests added or modified in the pull request (listed with the GitHub API, paginated; needs pull-requests read permission). If the API fails, every manifest is checked.',
  'create-check':
    'Create a check run on the pull request head commit with the findings as annotations, up to 1,000 (needs checks write permission). Where the token may not (fork pull requests) or the API fails, the findings go to workflow-command annotations instead; the result is unchanged.',
  'check-name': "The check run's name.",
  annotations:
    'Workflow-command annotations (::error file=...,line=...): auto = only when no check run carries the findings (none asked for, or it failed: fork pull requests, API faults), so a finding never shows twice in the diff; true or false force. GitHub shows 10 errors and 10 warnings per step; the check run shows up to 1,000.',
  suggestions:
    'On pull request events, post the fixes and suggestions on lines of the pull request diff as one review of one-click suggested changes (needs pull-requests write permission; at most 30 a run, none posted twice). auto = on, a 403 (fork pull requests) is a notice; true = a 403 is a warning; false = no review. Never changes the result.',
  'job-summary': 'Write the job summary (counts, a table per file, QuickLaunch visibility with profiles).',
  'report-file': 'Where to write the JSON report (always written; to RUNNER_TEMP when empty).',
  'sarif-file': 'Where to write SARIF 2.1.0 (for github/codeql-action/upload-sarif). Empty for none.',
  'liveperson-account':
    'LivePerson account id: turns on the account checks (read only). The profiles are read (unknown-profile, profile names in QuickLaunch tables, names in the profiles input). Without credentials (a pull request from a fork gets no secrets) a notice, and every other check runs as without it.',
  'liveperson-username': 'The LivePerson user (or bot user) to log in as, for the account checks.',
  'liveperson-password': "The user's password (from a secret; masked, never printed). Or liveperson-app-key and liveperson-app-secret.",
  'liveperson-app-key': "Application login instead of a password, the key (client id) of the bot user's OAuth2 application.",
  'liveperson-app-secret': 'Application login: the secret of that application (from a secret; masked, never printed).',
  'compare-installed':
    'With liveperson-account: also compare every manifest with the app of the same client_name installed in the account (drift warnings), and list apps installed but not in the repository and manifests not yet installed. Reading installations needs an administrator.',
  'github-token': 'Token for the Checks and Pulls APIs (never printed).',
};
const OUTPUT_DESCRIPTIONS: Record<string, string> = {
  valid: '"true" when no finding is an error ("false" when files matched nothing).',
  manifests: 'Number of manifests checked.',
  errors: 'Number of error findings.',
  warnings: 'Number of warning findings.',
  'report-file': 'Path of the JSON report (empty when it could not be written).',
  'quick-launch': 'JSON: { "<path>": [profile ids that will see it in QuickLaunch] }: those of profiles that will; without profiles, the enabled_for_profiles of each QuickLaunch-ready manifest.',
};

const yml = readActionYml();

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('every input of the spec with its default, none required, each described', () => {
    expect(Object.keys(yml.inputs)).toEqual(Object.keys(SPEC_INPUTS));
    for (const [name, spec] of Object.entries(yml.inputs)) {
      expect([name, spec.default]).toEqual([name, SPEC_INPUTS[name]]);
      expect([name, spec.required]).toEqual([name, 'false']);
    }
    expect(Object.fromEntries(Object.entries(yml.inputs).map(([name, spec]) => [name, spec.description]))).toEqual(INPUT_DESCRIPTIONS);
  });

  test('every output of the spec, described', () => {
    expect(Object.keys(yml.outputs)).toEqual(SPEC_OUTPUTS);
    expect(Object.fromEntries(Object.entries(yml.outputs).map(([name, spec]) => [name, spec.description]))).toEqual(OUTPUT_DESCRIPTIONS);
  });

  test('name, description and branding for the Marketplace', () => {
    expect(yml.name).toBe('LivePerson manifest check');
    expect(yml.description).toBe('Validate LivePerson app manifests (Private apps JSON) to the exact line: annotations, check run, job summary and SARIF.');
    expect(yml.description.length).toBeLessThanOrEqual(125); // the Marketplace shows 125 characters
    expect(yml.branding).toEqual({ icon: 'check-square', color: 'orange' });
  });

  test('the reader is as strict as YAML about plain scalars (": " inside one is a syntax error)', () => {
    const dir = tempWorkspace();
    try {
      const bad = join(dir.root, 'action.yml');
      writeFileSync(bad, 'name: x\ninputs:\n  a:\n    description: Which findings fail the step: error or never.\n');
      expect(() => readActionYml(bad)).toThrow('must be quoted');
    } finally {
      dir.cleanup();
    }
  });

  test('the runner environment the e2e tests use: INPUT_<NAME> for every input, defaults applied', () => {
    const env = inputEnv({ 'fail-on': 'never' });
    expect(env['INPUT_FAIL-ON']).toBe('never');
    expect(env['INPUT_CHECK-NAME']).toBe('LivePerson manifests');
    expect(env['INPUT_GITHUB-TOKEN']).toMatch(/^ghs_FAKE/);
    expect(Object.keys(env)).toHaveLength(Object.keys(SPEC_INPUTS).length);
    expect(() => inputEnv({ 'no-such-input': 'x' })).toThrow('no input no-such-input');
  });
});

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = (heading: string) => {
    const start = readme.indexOf(`\n## ${heading}\n`);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end < 0 ? undefined : end);
  };

  test('"Inputs and outputs" documents exactly the inputs (with their defaults) and outputs of action.yml', () => {
    const rows = section('Inputs and outputs')
      .split('\n')
      .map((l) => /^\| `([a-z-]+)`(?:, `([a-z-]+)`)? \| (?:`(.*?)` \|)?/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    const inputs = Object.fromEntries(rows.filter((m) => m[3] !== undefined).map((m) => [m[1], m[3] === "''" ? '' : m[3]]));
    expect(inputs).toEqual(SPEC_INPUTS);
    const outputs = rows.filter((m) => m[3] === undefined).flatMap((m) => [m[1], m[2]].filter(Boolean));
    expect(outputs.sort()).toEqual([...SPEC_OUTPUTS].sort());
  });

  test('"Use it in a workflow": the examples use existing inputs and the permissions the features need', () => {
    const text = section('Use it in a workflow');
    // The `with:` keys of each step that uses this action.
    const used: string[] = [];
    for (const step of text.split(/uses: lp-manifest\/liveperson-manifest-action@v1\n/).slice(1)) {
      const lines = step.split('\n');
      if (!/^ +with:$/.test(lines[0]!)) continue;
      const indent = lines[0]!.indexOf('with:') + 2;
      for (const line of lines.slice(1)) {
        const m = new RegExp(`^ {${indent}}([a-z-]+):`).exec(line);
        if (!m) break;
        used.push(m[1]!);
      }
    }
    expect(used.length).toBeGreaterThan(5);
    for (const name of used) expect(Object.keys(SPEC_INPUTS)).toContain(name);
    expect(text).toContain('checks: write');
    expect(text).toContain('contents: read');
    expect(text).toContain('security-events: write');
    expect(text).toContain('pull-requests: read');
    // suggestions (on by default) post a review: the first example grants it, and the section says what it needs.
    expect(text).toMatch(/^permissions:\n(?: {2}[a-z-]+: [a-z]+(?: +#.*)?\n)*? {2}pull-requests: write +# fixes as one-click suggestions/m);
    expect(text).toContain('### Suggestions in the pull request');
    expect(text).toContain('`permissions: pull-requests: write`');
    expect(text).toContain('github/codeql-action/upload-sarif');
    expect(text).toMatch(/fork/i);
    expect(text).toContain('only-changed');
  });
});
