// The conventions of a published GitHub Action, checked with a real YAML parser: every workflow pins
// its third-party actions to a full commit SHA (with the version in a comment) and states its
// permissions; the self-test expects what the command line reports on the examples today; Dependabot
// keeps the pins and the npm packages current; and the repository's address is the one of
// src/tool-info.ts everywhere it is written (package.json, action.yml, README.md, SECURITY.md,
// CHANGELOG.md, the schema's $id).
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { manifestSchema } from '../src/schema/generated/manifest-schema.js';
import { README_URL, REPOSITORY_URL, SCHEMA_URL } from '../src/tool-info.js';

const ROOT = process.cwd();
const [OWNER, REPO] = new URL(REPOSITORY_URL).pathname.slice(1).split('/') as [string, string];

// ---------------------------------------------------------------------------------------------
// YAML

/** Parses YAML strictly (duplicate keys are errors); any error or warning fails, with its position. */
function parseYaml(name: string, text: string): { data: any; lineCounter: LineCounter; doc: ReturnType<typeof parseDocument> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => `${name}: ${e.message}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { data: doc.toJS(), lineCounter, doc };
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir)).sort()) {
    const path = `${dir}/${entry}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(entry)) out.push(path);
  }
  return out;
}

const WORKFLOWS = yamlFilesUnder('.github/workflows');
const readYaml = (path: string) => parseYaml(path, readFileSync(join(ROOT, path), 'utf8'));
const workflow = (name: string) => readYaml(`.github/workflows/${name}`).data;

// ---------------------------------------------------------------------------------------------
// The pin checker

interface UsesRef {
  where: string;
  value: string;
  comment: string | undefined;
}

/** Every `uses:` value in a YAML document (steps and reusable-workflow jobs alike, in any layout). */
function usesRefs(name: string, text: string): UsesRef[] {
  const { doc, lineCounter } = parseYaml(name, text);
  const refs: UsesRef[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses') return;
      const node = pair.value;
      const line = isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line : 0;
      refs.push({ where: `${name}:${line}`, value: isScalar(node) && typeof node.value === 'string' ? node.value : String(node), comment: isScalar(node) ? (node.comment ?? undefined) : undefined });
    },
  });
  return refs;
}

const PINNED = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^\s*v\d+(?:\.\d+){0,2}(?:\s|$)/;

/** What is wrong with each `uses:`: only `./` (this repository's action) may be unpinned. */
function pinProblems(refs: UsesRef[]): string[] {
  const problems: string[] = [];
  for (const ref of refs) {
    if (ref.value === './') continue;
    if (!PINNED.test(ref.value)) problems.push(`${ref.where}: uses ${ref.value} is not owner/repo(/path)@<full commit SHA>`);
    else if (!VERSION_COMMENT.test(ref.comment ?? '')) problems.push(`${ref.where}: uses ${ref.value} has no version comment (# v1.2.3)`);
  }
  return problems;
}

const action = (value: string) => value.replace(/@.*$/, '').split('/').slice(0, 2).join('/');

describe('workflows and Dependabot', () => {
  test('there are the four workflows, and every YAML file under .github/ parses without an error or warning', () => {
    expect(WORKFLOWS).toEqual(['.github/workflows/ci.yml', '.github/workflows/codeql.yml', '.github/workflows/release.yml', '.github/workflows/self-test.yml']);
    const all = yamlFilesUnder('.github');
    expect(all).toEqual(expect.arrayContaining([...WORKFLOWS, '.github/dependabot.yml', '.github/codeql/codeql-config.yml']));
    for (const path of all) expect(() => readYaml(path)).not.toThrow();
  });

  test('every uses: is ./ or owner/repo(/path)@<40 hex> with its version in a comment', () => {
    const refs = yamlFilesUnder('.github').flatMap((path) => usesRefs(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(refs.map((r) => action(r.value)).sort()).toEqual(['./', './', ...Array<string>(6).fill('actions/checkout'), 'actions/setup-node', 'github/codeql-action', 'github/codeql-action']);
    expect(pinProblems(refs)).toEqual([]);
  });

  test('the pin checker refuses tags, branches, short SHAs, other local paths, docker images and a SHA without its version', () => {
    const sample = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v6',
      '      - uses: actions/checkout@main',
      '      - uses: actions/checkout@df4cb1c',
      '      - uses: actions/checkout@DF4CB1C069E1874EDD31B4311F1884172CEC0E10 # v6.0.3',
      '      - uses: actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10',
      '      - uses: actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 # the latest',
      '      - { uses: github/codeql-action/init@v4 }',
      '      - uses: ./.github/actions/setup',
      '      - uses: docker://alpine:3.22',
      '      - uses: ./',
      '      - uses: github/codeql-action/init@8aad20d150bbac5944a9f9d289da16a4b0d87c1e # v4.36.2',
      '  b:',
      '    uses: octo-org/workflows/.github/workflows/ci.yml@v1',
    ].join('\n');
    expect(pinProblems(usesRefs('bad.yml', sample))).toEqual([
      'bad.yml:4: uses actions/checkout@v6 is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:5: uses actions/checkout@main is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:6: uses actions/checkout@df4cb1c is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:7: uses actions/checkout@DF4CB1C069E1874EDD31B4311F1884172CEC0E10 is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:8: uses actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 has no version comment (# v1.2.3)',
      'bad.yml:9: uses actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 has no version comment (# v1.2.3)',
      'bad.yml:10: uses github/codeql-action/init@v4 is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:11: uses ./.github/actions/setup is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:12: uses docker://alpine:3.22 is not owner/repo(/path)@<full commit SHA>',
      'bad.yml:16: uses octo-org/workflows/.github/workflows/ci.yml@v1 is not owner/repo(/path)@<full commit SHA>',
    ]);
  });

  test('one action repository, one commit: every use of an action (codeql-action init and analyze) pins the same SHA and version', () => {
    const pins = new Map<string, Set<string>>();
    for (const path of WORKFLOWS) {
      for (const ref of usesRefs(path, readFileSync(join(ROOT, path), 'utf8'))) {
        if (ref.value === './') continue;
        const set = pins.get(action(ref.value)) ?? new Set<string>();
        set.add(`${ref.value.replace(/^.*@/, '')} #${ref.comment ?? ''}`);
        pins.set(action(ref.value), set);
      }
    }
    for (const [name, set] of pins) expect([name, set.size]).toEqual([name, 1]);
  });

  test('every workflow states its permissions at the top, each read, write or none (never write-all)', () => {
    const expected: Record<string, Record<string, string>> = {
      '.github/workflows/ci.yml': { contents: 'read' },
      '.github/workflows/codeql.yml': { 'security-events': 'write', contents: 'read', actions: 'read' },
      '.github/workflows/release.yml': {},
      '.github/workflows/self-test.yml': { contents: 'read', checks: 'write' },
    };
    for (const path of WORKFLOWS) {
      const data = readYaml(path).data;
      expect([path, data.permissions]).toEqual([path, expected[path]]);
      for (const job of Object.values<any>(data.jobs)) if (job.permissions !== undefined) expect(typeof job.permissions).toBe('object');
    }
  });

  test('ci.yml runs .ci/run on pushes to main and on pull requests', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.on.push.branches).toEqual(['main']);
    expect(ci.jobs.ci.steps.map((s: any) => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
  });

  test('codeql.yml initialises and analyses javascript-typescript on push, pull_request and a schedule', () => {
    const codeql = workflow('codeql.yml');
    expect(Object.keys(codeql.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
    const steps = codeql.jobs.analyze.steps;
    const init = steps.find((s: any) => /^github\/codeql-action\/init@/.test(s.uses));
    expect(init.with.languages.split(/\s*,\s*/)).toContain('javascript-typescript');
    expect(steps.map((s: any) => s.uses.replace(/@.*$/, ''))).toEqual(['actions/checkout', 'github/codeql-action/init', 'github/codeql-action/analyze']);
    expect(readYaml(init.with['config-file'].replace(/^\.\//, '')).data['paths-ignore']).toEqual(['dist', 'node_modules']);
  });

  test('release.yml: on v*.*.* tags; verify (read) runs .ci/run, then the GitHub release (contents: write) and npm (id-token: write) each with only its own permissions', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    const jobs = release.jobs;
    expect(Object.keys(jobs)).toEqual(['verify', 'github-release', 'npm']);
    expect(jobs.verify.permissions).toEqual({ contents: 'read' });
    expect(jobs['github-release'].permissions).toEqual({ contents: 'write' });
    expect(jobs.npm.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect([jobs['github-release'].needs, jobs.npm.needs]).toEqual(['verify', 'verify']);
    const runs = (job: any) => job.steps.map((s: any) => s.run ?? '').join('\n');
    expect(runs(jobs.verify)).toContain('bash .ci/run');
    expect(runs(jobs.verify)).toContain('node scripts/changelog-section.mjs "$version"');
    expect(runs(jobs['github-release'])).toContain('node scripts/changelog-section.mjs "$TAG" >"$RUNNER_TEMP/notes.md"');
    expect(runs(jobs['github-release'])).toContain('gh release create "$TAG" --verify-tag');
    expect(runs(jobs['github-release'])).toContain('refs/tags/$major');
    expect(runs(jobs.npm)).toContain('npm publish --provenance --access public');
    // The tag reaches the shell through env, never as ${{ }} inside a script.
    for (const job of Object.values<any>(jobs)) for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
    for (const job of Object.values<any>(jobs)) for (const step of job.steps) if (/^actions\/checkout@/.test(step.uses ?? '')) expect(step.with['persist-credentials']).toBe(false);
  });

  test("release.yml's first check, run as the runner runs it: the tag must be v + the package version, with its CHANGELOG section", () => {
    const step = workflow('release.yml').jobs.verify.steps.find((s: any) => s.env?.TAG === '${{ github.ref_name }}');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    const run = (tag: string) => spawnSync('bash', ['-e', '-c', step.run], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', TAG: tag } });
    expect(run(`v${version}`)).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(run('v9.9.9')).toMatchObject({ status: 1, stdout: `The tag v9.9.9 is not v${version}, the version in package.json\n` });
    expect(run(version)).toMatchObject({ status: 1 });
  });

  test('dependabot.yml: npm and github-actions weekly; npm minor and patch updates grouped; all action updates in one group', () => {
    const dependabot = readYaml('.github/dependabot.yml').data;
    expect(dependabot.version).toBe(2);
    expect(dependabot.updates).toEqual([
      { 'package-ecosystem': 'npm', directory: '/', schedule: { interval: 'weekly' }, groups: { 'npm-minor-and-patch': { patterns: ['*'], 'update-types': ['minor', 'patch'] } } },
      { 'package-ecosystem': 'github-actions', directory: '/', schedule: { interval: 'weekly' }, groups: { 'github-actions': { patterns: ['*'] } } },
    ]);
  });

  test('action.yml (read with a YAML parser) runs dist/index.js on node24', () => {
    const yml = readYaml('action.yml').data;
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(statSync(join(ROOT, 'dist/index.js')).isFile()).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The self-test

const OUTPUTS = ['outcome', 'valid', 'manifests', 'errors', 'warnings'] as const;

/** The `uses: ./` step with this id and the step that checks its outcome and outputs. */
function selfTestCase(id: string): { files: string; expected: Record<(typeof OUTPUTS)[number], string>; step: any } {
  const steps: any[] = workflow('self-test.yml').jobs['test-action'].steps;
  const step = steps.find((s) => s.id === id);
  expect(step.uses).toBe('./');
  const check = steps.find((s) => s.env?.OUTCOME === `\${{ steps.${id}.outcome }}`);
  const expected = {} as Record<(typeof OUTPUTS)[number], string>;
  for (const name of OUTPUTS) {
    const upper = name.toUpperCase();
    if (name !== 'outcome') expect([upper, check.env[upper]]).toEqual([upper, `\${{ steps.${id}.outputs.${name} }}`]);
    expect(check.run).toContain(`"$${upper}" "$EXPECTED_${upper}"`);
    expected[name] = check.env[`EXPECTED_${upper}`];
  }
  expect(check.env.REPORT).toBe(`\${{ steps.${id}.outputs.report-file }}`);
  return { files: step.with.files, expected, step };
}

/** What the command line reports, as the self-test's expectations read (strings, as outputs are). */
function cliSummary(...args: string[]): Record<(typeof OUTPUTS)[number], string> {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { summary } = JSON.parse(run.stdout);
  expect(run.status).toBe(summary.valid ? 0 : 1);
  return { outcome: summary.valid ? 'success' : 'failure', valid: String(summary.valid), manifests: String(summary.manifests), errors: String(summary.errors), warnings: String(summary.warnings) };
}

describe('self-test.yml', () => {
  test('examples/valid: the step passes with the counts the command line reports', () => {
    const { files, expected } = selfTestCase('valid');
    expect(files).toBe('examples/valid/*.json');
    expect(expected).toEqual({ outcome: 'success', valid: 'true', manifests: '2', errors: '0', warnings: '0' });
    expect(cliSummary(files)).toEqual(expected);
    expect(cliSummary('examples/valid')).toEqual(expected);
  });

  test('examples/broken: the step fails (continue-on-error) with the counts `node dist/cli.js examples/broken` reports today', () => {
    const { files, expected, step } = selfTestCase('broken');
    expect(files).toBe('examples/broken/*.json');
    expect(step['continue-on-error']).toBe(true);
    expect(expected.outcome).toBe('failure');
    expect(expected.valid).toBe('false');
    expect(cliSummary('examples/broken')).toEqual(expected);
    expect(cliSummary(files)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// One identity

const ADDRESS = /https?:\/\/(?:www\.)?(github\.com|raw\.githubusercontent\.com)\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?=[/#?\s)"'`>\]]|$)/g;

/**
 * Other projects the documents cite on purpose, by name: tools ours works with. Any other address
 * that is not this repository's is a stale or mistyped identity.
 */
const CITED_PROJECTS = new Set(['reviewdog/reviewdog', 'reviewdog/action-setup']);

/** Every GitHub repository address in a text that is neither this repository's nor a cited project's. */
function foreignAddresses(text: string): string[] {
  return [...text.matchAll(ADDRESS)].filter((m) => (m[2] !== OWNER || m[3] !== REPO) && !CITED_PROJECTS.has(`${m[2]}/${m[3]}`)).map((m) => m[0]);
}

/** Every `uses:` in a text (the README's examples) whose action is neither GitHub's own nor this one. */
function foreignUses(text: string): string[] {
  return [...text.matchAll(/uses:\s*([^\s@]+)@/g)].map((m) => m[1]!).filter((name) => !/^(actions|github)\//.test(name) && name !== `${OWNER}/${REPO}` && !CITED_PROJECTS.has(name));
}

const IDENTITY_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  'action.yml',
  'package.json',
  'SECURITY.md',
  'CHANGELOG.md',
  'schemas/liveperson-app-manifest.schema.json',
];

describe('one identity: REPOSITORY_URL of src/tool-info.ts', () => {
  test('the address checker flags another repository, not GitHub pages or this one', () => {
    const text = `[a](${REPOSITORY_URL}/issues) https://github.com/lp-manifest/liveperson-manifest-action.git
      https://raw.githubusercontent.com/lp-manifest/liveperson-manifest-action/v1/x.json https://docs.github.com/en/actions
      https://github.com/someone/liveperson-manifest-action/blob/main/README.md "https://github.com/lp-manifest/other"
      https://raw.githubusercontent.com/fork/liveperson-manifest-action/v1/schemas/s.json https://github.com/lp-manifest/liveperson-manifest-action-fork`;
    expect(foreignAddresses(text)).toEqual([
      'https://github.com/someone/liveperson-manifest-action',
      'https://github.com/lp-manifest/other',
      'https://raw.githubusercontent.com/fork/liveperson-manifest-action',
      'https://github.com/lp-manifest/liveperson-manifest-action-fork',
    ]);
    expect(foreignUses('- uses: actions/checkout@v6\n- uses: lp-manifest/liveperson-manifest-action@v1\n- uses: someone/liveperson-manifest-action@v1')).toEqual([
      'someone/liveperson-manifest-action',
    ]);
  });

  test('every GitHub address in package.json, action.yml, README.md, SECURITY.md, CHANGELOG.md and the schema is this repository', () => {
    for (const file of IDENTITY_FILES) expect([file, foreignAddresses(readFileSync(join(ROOT, file), 'utf8'))]).toEqual([file, []]);
    expect(foreignUses(readFileSync(join(ROOT, 'README.md'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`uses: ${OWNER}/${REPO}@v1`);
  });

  test('package.json: name, repository, homepage, bugs and license', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.name).toBe(REPO);
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 lp-manifest contributors\n\nPermission is hereby granted, free of charge/);
  });

  test("action.yml's author is the repository's owner; the help links are the README at this address", () => {
    expect(readYaml('action.yml').data.author).toBe(OWNER);
    expect(README_URL).toBe(`${REPOSITORY_URL}/blob/v1.0.0/README.md`);
  });

  test("the schema's $id is SCHEMA_URL (the raw file at the major tag), in the committed schema and in the generated code", () => {
    expect(SCHEMA_URL).toBe(`https://raw.githubusercontent.com/${OWNER}/${REPO}/v1/schemas/liveperson-app-manifest.schema.json`);
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas/liveperson-app-manifest.schema.json'), 'utf8')).$id).toBe(SCHEMA_URL);
    expect(manifestSchema.$id).toBe(SCHEMA_URL);
    expect(readFileSync(join(ROOT, 'src/schema/generated/validate-manifest.cjs'), 'utf8')).toContain(`"$id":${JSON.stringify(SCHEMA_URL)}`);
  });

  test('the build sets a stale $id of the committed schema to SCHEMA_URL and changes nothing else in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-schema-id-'));
    try {
      for (const file of ['scripts/build-schema.mjs', 'src/tool-info.ts', 'schemas/liveperson-app-manifest.schema.json', 'schemas/lp-manifest-config.schema.json']) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        copyFileSync(join(ROOT, file), join(dir, file));
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const committed = readFileSync(join(ROOT, 'schemas/liveperson-app-manifest.schema.json'), 'utf8');
      const stale = committed.replace(`"$id": "${SCHEMA_URL}"`, '"$id": "https://github.com/someone/elsewhere/schema.json"');
      expect(stale).not.toBe(committed);
      writeFileSync(join(dir, 'schemas/liveperson-app-manifest.schema.json'), stale);
      // As npm run build:schema runs it: tsx loads src/tool-info.ts on every supported Node (22.0 strips no types).
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-schema.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(join(dir, 'schemas/liveperson-app-manifest.schema.json'), 'utf8')).toBe(committed);
      expect(readFileSync(join(dir, 'src/schema/generated/validate-manifest.cjs'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/schema/generated/validate-manifest.cjs'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the editor settings (docs/editor.md, linked from the README's Editor support) point VS Code at SCHEMA_URL", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const brief = readme.slice(readme.indexOf('\n## Editor support\n'), readme.indexOf('\n## ', readme.indexOf('\n## Editor support\n') + 1));
    expect(brief).toContain(SCHEMA_URL);
    expect(brief).toContain('(docs/editor.md)');
    const section = readFileSync(join(ROOT, 'docs/editor.md'), 'utf8');
    const snippet = /```json\n([\s\S]*?)\n```/.exec(section);
    const settings = JSON.parse(snippet![1]!);
    expect(settings['json.schemas']).toEqual([{ fileMatch: expect.arrayContaining([expect.any(String)]), url: SCHEMA_URL }]);
  });

  test('SECURITY.md sends reports to private vulnerability reporting; CHANGELOG.md has Unreleased and the package version', () => {
    expect(readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')).toContain(`${REPOSITORY_URL}/security/advisories/new`);
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelog).toContain(`[${version}]: ${REPOSITORY_URL}/releases/tag/v${version}`);
  });
});

test('parseYaml refuses a duplicate key (a second "permissions:" would silently win otherwise)', () => {
  expect(() => parseYaml('dup.yml', 'permissions:\n  contents: read\npermissions: write-all\n')).toThrow(/dup\.yml: Map keys must be unique/);
});

describe('.pre-commit-hooks.yaml', () => {
  test('one hook that runs the committed dist/cli.js --only-manifests with the node on the PATH, on the staged .json files', () => {
    const hooks = parseDocument(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toJS() as Record<string, unknown>[];
    expect(hooks).toEqual([
      {
        id: 'lp-manifest',
        name: 'LivePerson manifests',
        description: expect.stringMatching(/^Validate the staged LivePerson application manifests/),
        entry: 'dist/cli.js --only-manifests',
        language: 'script',
        pass_filenames: true,
        files: '\\.[jJ][sS][oO][nN]$',
        require_serial: true,
      },
    ]);
    // pre-commit runs a script hook's entry directly: it must be executable, with a node shebang.
    expect(statSync(join(ROOT, 'dist/cli.js')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    for (const name of ['APP.JSON', 'apps/a.json', 'x.Json']) expect(new RegExp(hooks[0]!.files as string).test(name)).toBe(true);
    expect(new RegExp(hooks[0]!.files as string).test('a.jsonc')).toBe(false);
    // The README's example names this hook.
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('      - id: lp-manifest\n');
  });
});

describe('user-facing text names public pages, not internal notes', () => {
  // Users have LivePerson's public pages ("Installing LivePerson Applications", the webhooks pages)
  // and this repository's files, nothing else. dist/ and src/schema/generated/ are built from the
  // files checked here. The pattern is put together from parts so that this file does not match it.
  const S = 'se' + 'ed';
  const NOTES = ['rules', 'interface', 'fixes', 'account'].map((name) => `${name}\\.md`);
  const INTERNAL = [`the ${S}`, `${S} page`, `${S}'s`, ...NOTES, '`' + 'spec/`'].join('|');
  test('git grep finds no internal document in the tracked files', () => {
    const run = spawnSync('git', ['grep', '-n', '-I', '-i', '-E', INTERNAL, '--', '.', ':!dist', ':!src/schema/generated'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1); // git grep: 1 is "no match"
  });
  test('the pattern finds each name', () => {
    const names = [`The ${S}'s table`, `the ${S}`, `a ${S} page`, 'rules' + '.md', 'INTERFACE' + '.md', 'fixes' + '.md', 'account' + '.md', '`spec' + '/`'];
    for (const name of names) expect([name, new RegExp(INTERNAL, 'i').test(name)]).toEqual([name, true]);
    expect(new RegExp(INTERNAL, 'i').test('rules' + 'xmd')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The README and docs/

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchors of a Markdown text (outside code fences). */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  let fence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = fence ? null : /^#{1,6} (.*)$/.exec(line);
    if (m)
      anchors.add(
        m[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      );
  }
  return anchors;
}

describe('README.md and docs/', () => {
  test('every relative link leads to a file of the repository, and every #anchor to a heading of it', () => {
    const problems: string[] = [];
    for (const doc of DOCS) {
      const text = readFileSync(join(ROOT, doc), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const file = path === '' ? doc : join(dirname(doc), path);
        let exists = true;
        try {
          statSync(join(ROOT, file));
        } catch {
          exists = false;
        }
        if (!exists) problems.push(`${doc}: ${target} (no such file)`);
        else if (anchor !== undefined && !headingAnchors(readFileSync(join(ROOT, file), 'utf8')).has(anchor)) problems.push(`${doc}: ${target} (no such heading)`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the README leads with what it catches (its two pictures exist), a workflow, then the inputs; protocol details are in docs/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const order = [
      '## What it catches',
      '](docs/images/job-summary.png)',
      '](docs/images/suggestion.png)',
      '## Use it in a workflow',
      '## Versions and pinning',
      '## Inputs and outputs',
      '## Command line',
      '## Rules',
    ].map((s) => readme.indexOf(s));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    for (const image of ['docs/images/job-summary.png', 'docs/images/suggestion.png']) expect(readFileSync(join(ROOT, image)).subarray(1, 4).toString()).toBe('PNG');
    expect(readme).toContain('[docs/action.md](docs/action.md)');
    expect(readme.split('\n').length).toBeLessThan(700);
  });

  test("the examples use the majors of GitHub's actions that this repository's workflows pin (Dependabot keeps those current)", () => {
    const pinned = new Map<string, string>();
    for (const path of WORKFLOWS)
      for (const ref of usesRefs(path, readFileSync(join(ROOT, path), 'utf8'))) if (ref.value !== './') pinned.set(ref.value.replace(/@.*$/, ''), /^\s*(v\d+)/.exec(ref.comment ?? '')![1]!);
    const examples = DOCS.flatMap((doc) => [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/uses: ((?:actions|github)\/[^@\s]+)@(\S+)/g)].map((m): [string, string, string] => [doc, m[1]!, m[2]!]));
    expect(examples.map(([, name]) => name)).toEqual(expect.arrayContaining(['actions/checkout', 'github/codeql-action/upload-sarif']));
    for (const [doc, name, ref] of examples) {
      const major = pinned.get(name) ?? pinned.get(name.split('/').slice(0, 2).join('/') + '/init');
      expect([doc, name, ref]).toEqual([doc, name, major]);
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/Dependabot[\s\S]{0,200}keeps them/);
  });

  test('the README says how to pin a release by its full commit SHA with the version in a comment', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`      - uses: ${OWNER}/${REPO}@<40-character commit SHA> # v1.2.3\n`);
    expect(readme).toContain('security-hardening-for-github-actions#using-third-party-actions');
  });
});
