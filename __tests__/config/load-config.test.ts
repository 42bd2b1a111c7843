// The config file (.lp-manifest.yaml): parsed with positions, checked against its own schema, every
// problem a usage error at FILE:LINE:COLUMN with the closest valid word; hostile files refused.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadConfigParser, MAX_CONFIG_BYTES, parseConfig } from '../../src/config/load-config.js';
import { effectiveSeverities } from '../../src/config/severities.js';
import { UsageError } from '../../src/discovery/discovery.js';
import { RULE_IDS } from '../../src/rules/catalogue.js';
import { SCHEMA_URL } from '../../src/tool-info.js';
import { tempWorkspace } from '../support/workspace.js';

// parseConfig needs the parser that loadConfig loads on its first config file.
await loadConfigParser();

const parse = (text: string) => parseConfig(Buffer.from(text), '.lp-manifest.yaml');
function problem(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no usage error');
}

describe('parseConfig', () => {
  test('every key of the documented example', () => {
    const config = parse(
      [
        'files: ["apps/**/*.json"]',
        'exclude: ["apps/legacy/**"]',
        'profiles: [42, 43, 42]',
        'require-quick-launch: true',
        'fail-on: warning',
        'rules:',
        '  placeholder: error',
        'overrides:',
        '  - files: ["apps/dev/**"]',
        '    rules:',
        '      insecure-url: off',
        '      unreachable-endpoint: off',
        '',
      ].join('\n'),
    );
    expect(config).toEqual({
      path: '.lp-manifest.yaml',
      files: ['apps/**/*.json'],
      exclude: ['apps/legacy/**'],
      profiles: [42, 43],
      requireQuickLaunch: true,
      failOn: 'warning',
      rules: new Map([['placeholder', 'error']]),
      overrides: [
        {
          files: ['apps/dev/**'],
          rules: new Map([
            ['insecure-url', 'off'],
            ['unreachable-endpoint', 'off'],
          ]),
        },
      ],
    });
  });

  test('an empty file, a comment only, a BOM: no settings', () => {
    expect(parse('')).toEqual({ path: '.lp-manifest.yaml', overrides: [] });
    expect(parse('# nothing yet\n')).toEqual({ path: '.lp-manifest.yaml', overrides: [] });
    expect(parse('\ufefffail-on: never\n').failOn).toBe('never');
  });

  test('unknown keys, rule ids and values: line, column and the closest valid word, in file order', () => {
    expect(problem('rules:\n  placeholdr: off\n  insecure-url: of\nfail-on: eror\noverrides:\n  - files: ["a/**"]\n    rulez: {}\nprofile: [1]\n').split('\n')).toEqual([
      '.lp-manifest.yaml:2:3: unknown rule id "placeholdr" in rules; did you mean "placeholder"?',
      '.lp-manifest.yaml:3:17: rules.insecure-url: "of" is not one of off, warning, error; did you mean "off"?',
      '.lp-manifest.yaml:4:10: fail-on: "eror" is not one of error, warning, never; did you mean "error"?',
      '.lp-manifest.yaml:7:5: unknown key "rulez" in overrides[0]; did you mean "rules"?',
      '.lp-manifest.yaml:8:1: unknown key "profile"; did you mean "profiles"?',
    ]);
  });

  test('a word with no close match lists the valid ones', () => {
    expect(problem('colour: red\n')).toBe('.lp-manifest.yaml:1:1: unknown key "colour"; valid: files, exclude, profiles, require-quick-launch, fail-on, rules, overrides');
  });

  test('types, ranges and required keys', () => {
    expect(problem('profiles: 42\n')).toBe('.lp-manifest.yaml:1:11: profiles must be a list, not "42"');
    expect(problem('profiles: [0]\n')).toBe('.lp-manifest.yaml:1:12: profiles[0] must be >= 1');
    expect(problem('require-quick-launch: yes\n')).toBe('.lp-manifest.yaml:1:23: require-quick-launch must be true or false, not "yes"');
    expect(problem('overrides:\n  - rules: {placeholder: off}\n')).toBe('.lp-manifest.yaml:2:5: overrides[0] needs files');
    expect(problem('- a\n')).toBe('.lp-manifest.yaml:1:1: the config file must be a mapping, not "[\\"a\\"]"');
    expect(problem('require-quick-launch: true\n')).toBe('.lp-manifest.yaml:1:23: require-quick-launch needs profiles (the profiles that must see each app)');
  });

  test('internal-error cannot be turned off', () => {
    expect(problem('rules:\n  internal-error: off\n')).toBe('.lp-manifest.yaml:2:3: rules: internal-error cannot be changed; a validator failure always fails the run');
  });

  test('YAML syntax errors and duplicate keys have a position', () => {
    expect(problem('rules: [\n')).toBe('.lp-manifest.yaml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(problem('fail-on: error\nfail-on: never\n')).toBe('.lp-manifest.yaml:2:1: Map keys must be unique');
  });

  test('globs that leave the repository are refused where they are written', () => {
    expect(problem('overrides:\n  - files: ["../x"]\n')).toBe(
      '.lp-manifest.yaml:2:13: overrides[0].files[0]: "../x" points outside the repository; use a glob relative to the repository root such as "apps/**/*.json"',
    );
    expect(problem('files: [/etc/*.json]\n')).toBe('.lp-manifest.yaml:1:9: files[0]: "/etc/*.json" points outside the repository; use a glob relative to the repository root such as "apps/**/*.json"');
  });

  test('hostile: prototype keys are unknown keys, alias bombs and non-UTF-8 are refused', () => {
    expect(problem('__proto__: {fail-on: never}\n')).toBe('.lp-manifest.yaml:1:1: unknown key "__proto__"; valid: files, exclude, profiles, require-quick-launch, fail-on, rules, overrides');
    expect(problem('rules:\n  constructor: off\n')).toMatch(/^\.lp-manifest\.yaml:2:3: unknown rule id "constructor" in rules; /);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'];
    expect(problem(bomb.join('\n'))).toBe('.lp-manifest.yaml: Excessive alias count indicates a resource exhaustion attack');
    expect(() => parseConfig(Buffer.from([0x66, 0xff, 0x0a]), '.lp-manifest.yaml')).toThrow('.lp-manifest.yaml: not UTF-8 text');
    expect(problem(`rules:\n  x: ${'['.repeat(40)}`)).toBe('.lp-manifest.yaml:2:38: nests deeper than 32 levels; a config file needs at most 4');
    // Thousands of unknown or repeated keys: each worded in linear time, twenty listed.
    const many = problem(Array.from({ length: 3000 }, (_, i) => `k${i}: 1`).join('\n')).split('\n');
    expect(many.slice(-2)).toEqual(['.lp-manifest.yaml:20:1: unknown key "k19"; valid: files, exclude, profiles, require-quick-launch, fail-on, rules, overrides', 'and 2,980 more problems']);
    expect(problem('fail-on: error\nrules: {}\nfail-on: never\n')).toBe('.lp-manifest.yaml:3:1: Map keys must be unique');
    // Aliases within the bound are YAML as usual.
    expect(parse('profiles: &p [42]\noverrides:\n  - files: ["a/**"]\n    rules: {placeholder: off}\n').profiles).toEqual([42]);
  });

  test('its schema names every rule id that can be changed, as the catalogue does', () => {
    const schema = JSON.parse(readFileSync('schemas/lp-manifest-config.schema.json', 'utf8'));
    expect(Object.keys(schema.$defs.rules.properties)).toEqual(RULE_IDS.filter((id) => id !== 'internal-error'));
    // Served beside the manifest's schema (SCHEMA_URL of src/tool-info.ts, from the repository's one address).
    expect(schema.$id).toBe(SCHEMA_URL.replace('/liveperson-app-manifest.schema.json', '/lp-manifest-config.schema.json'));
  });
});

describe('loadConfig', () => {
  test('.lp-manifest.yaml or .yml at the root; none: undefined; both: a usage error', async () => {
    const ws = tempWorkspace();
    try {
      expect(await loadConfig({ workspaceRoot: ws.root })).toBeUndefined();
      ws.write('.lp-manifest.yml', 'fail-on: never\n');
      expect((await loadConfig({ workspaceRoot: ws.root }))?.path).toBe('.lp-manifest.yml');
      ws.write('.lp-manifest.yaml', 'fail-on: never\n');
      await expect(loadConfig({ workspaceRoot: ws.root })).rejects.toThrow('.lp-manifest.yaml and .lp-manifest.yml are both present; keep one (the settings of the other would be ignored)');
    } finally {
      ws.cleanup();
    }
  });

  test('--config FILE: must exist; shown relative to the workspace', async () => {
    const ws = tempWorkspace();
    try {
      await expect(loadConfig({ workspaceRoot: ws.root, explicit: 'ci/lp.yaml' })).rejects.toThrow('config: cannot read "ci/lp.yaml" (ENOENT)');
      ws.write('ci/lp.yaml', 'fail-on: nevr\n');
      await expect(loadConfig({ workspaceRoot: ws.root, explicit: 'ci/lp.yaml' })).rejects.toThrow('ci/lp.yaml:1:10: fail-on: "nevr" is not one of error, warning, never; did you mean "never"?');
    } finally {
      ws.cleanup();
    }
  });

  test('hostile: a symbolic link at the root is not followed; a huge file is not read', async () => {
    const ws = tempWorkspace();
    try {
      ws.write('elsewhere.yaml', 'fail-on: never\n');
      symlinkSync(join(ws.root, 'elsewhere.yaml'), join(ws.root, '.lp-manifest.yaml'));
      await expect(loadConfig({ workspaceRoot: ws.root })).rejects.toThrow('.lp-manifest.yaml is a symbolic link; a config file at the repository root must be a regular file');
      ws.write('big.yaml', `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
      await expect(loadConfig({ workspaceRoot: ws.root, explicit: 'big.yaml' })).rejects.toThrow(`big.yaml: ${MAX_CONFIG_BYTES + 3} bytes is too large for a config file (at most 65536)`);
    } finally {
      ws.cleanup();
    }
  });
});

describe('effectiveSeverities', () => {
  const config = parse(
    'rules:\n  placeholder: error\n  scope: off\noverrides:\n  - files: ["apps/dev/**"]\n    rules: {insecure-url: off, scope: warning}\n  - files: ["apps/dev/b.json"]\n    rules: {insecure-url: error}\n',
  );
  test('config rules, then matching overrides in order (later wins), then the given flag or input', () => {
    const { severities, severitiesFor } = effectiveSeverities(config, new Map([['placeholder', 'off']]));
    expect([...severities]).toEqual([
      ['placeholder', 'off'],
      ['scope', 'off'],
    ]);
    expect([...severitiesFor!('apps/a.json')]).toEqual([...severities]);
    expect([...severitiesFor!('apps/dev/a.json')]).toEqual([
      ['placeholder', 'off'],
      ['scope', 'warning'],
      ['insecure-url', 'off'],
    ]);
    expect(severitiesFor!('apps/dev/b.json').get('insecure-url')).toBe('error');
  });
  test('no overrides: one map for every file', () => {
    expect(effectiveSeverities(parse('rules: {scope: off}\n'), new Map())).toEqual({ severities: new Map([['scope', 'off']]) });
    expect(effectiveSeverities(undefined, new Map())).toEqual({ severities: new Map() });
  });
});

describe('the note on a changed config file', () => {
  test('what it turns off or down, sets or excludes; bounded however large the file', async () => {
    const { configChangeMarkdown, configChangeText, loweringsOf } = await import('../../src/config/config-change.js');
    const config = parse('fail-on: never\nexclude: ["a/", "b/", "c/", "d/"]\nrules: {range: warning, placeholder: warning, scope: off}\n');
    const change = { path: '.lp-manifest.yaml', lowered: loweringsOf(config, { rules: new Map(), failOn: false, files: false }) };
    // placeholder's default is warning: not lowered.
    expect(configChangeText(change)).toBe(
      'This pull request changes .lp-manifest.yaml, which turns range down to warning; turns scope off; sets fail-on to never; excludes "a/", "b/", "c/" and 1 more.',
    );
    expect(configChangeMarkdown(change)).toBe(
      '**This pull request changes `.lp-manifest.yaml`**, which turns range down to warning; turns scope off; sets fail-on to never; excludes `a/`, `b/`, `c/` and 1 more.',
    );
    const huge = parse(
      `overrides:\n${Array.from({ length: 100 }, (_, i) => `  - files: [${Array.from({ length: 100 }, (_, j) => `"${'x'.repeat(900)}${i}-${j}/**"`).join(', ')}]\n    rules: {range: off, type: off, enum: off}\n`).join('')}`,
    );
    const note = configChangeMarkdown({ path: '.lp-manifest.yaml', lowered: loweringsOf(huge, { rules: new Map(), failOn: false, files: false }) });
    expect(note.length).toBeLessThan(3000);
    expect(note.endsWith('; 290 more (see `.lp-manifest.yaml`).')).toBe(true);
  });
});
