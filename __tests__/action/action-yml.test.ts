// action.yml is the contract of interface.md (inputs, defaults, outputs, runtime), it parses as YAML,
// and the README documents the same inputs and outputs. The e2e tests take their INPUT_* defaults
// from this same file.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspace } from '../support/workspace.js';
import { inputEnv, readActionYml } from './harness.js';

// interface.md, copied: a change to either must be deliberate.
const SPEC_INPUTS: Record<string, string> = {
  files: '',
  exclude: '',
  profiles: '',
  'require-quick-launch': 'false',
  rules: '',
  'fail-on': 'error',
  'only-changed': 'false',
  'create-check': 'true',
  'check-name': 'LivePerson manifests',
  annotations: 'auto',
  suggestions: 'auto',
  'job-summary': 'true',
  'report-file': '',
  'sarif-file': '',
  'github-token': '${{ github.token }}',
};
const SPEC_OUTPUTS = ['valid', 'manifests', 'errors', 'warnings', 'report-file', 'quick-launch'];

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
      expect(spec.description.length).toBeGreaterThan(10);
    }
  });

  test('every output of the spec, described', () => {
    expect(Object.keys(yml.outputs)).toEqual(SPEC_OUTPUTS);
    for (const spec of Object.values(yml.outputs)) expect(spec.description.length).toBeGreaterThan(5);
  });

  test('name, description and branding for the Marketplace', () => {
    expect(yml.name).toBe('LivePerson manifest check');
    expect(yml.description.length).toBeLessThanOrEqual(125);
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
