#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --check] [-- --keep] [-- --only=cold,discovery,throughput,ajv]`
// `npm run bench -- worst-case [--quick] [--check] [--keep] [--case=NAME,...]`
// `npm run bench -- --only=suggestions`: the action's review suggestions on files of long lines
// `npm run bench -- --only=only-changed`: only-changed's look at every manifest's links and logo
// `npm run bench -- run-budget [--quick] [--keep]`
//
// Measures the built action and command line (dist/): the targets are the side-by-side with ajv-cli
// on the same 2,000 and 10,000 manifests (at most 0.7x its time), peak memory, linearity, and (with
// `worst-case`) under 1 s on the worst file of each rule. Cold start, discovery and throughput are
// measured against floors (node itself, git's listing, reading + JSON.parse) for context. Every
// measurement is interleaved with its comparison in the same run (floor, subject, floor, subject,
// ...), median of several runs. Corpora are generated (seeded, identical every run) in a temporary
// folder that is removed at the end. Not a test: nothing here runs under `npm test`. See BENCHMARKS.md.
//
//   --quick   smaller corpora and fewer runs, for a quick check (about 30 s)
//   --check   exit 1 when a target is missed (default: always 0 unless the bench itself fails)
//   --keep    keep the temporary folder (its path is printed)
//   --only=   run only some benchmarks: cold, startup, discovery, throughput, ajv, links (and worst-case, suggestions, only-changed)
//   startup   (issue 23) the action's whole process as the runner starts it at 1, 50, 1,000 and 10,000
//             manifests (--quick: up to 1,000), interleaved with an empty node action (process.exit(0))
//             and ajv-cli on the same files. The side-by-side with GrantBirki/json-yaml-validate waits
//             for its dist/ to be vendored at a pinned commit (it is not on npm).
//   worst-case  instead: the command line on the worst input of each rule (scripts/bench-worst-case.mjs),
//             one file just under the 1 MiB limit each; target under 1 s each. --case= runs some.
//   run-budget  instead: the action and the command line on 100, 300 and 3,000 manifests each at
//             the per-rule listing limit of three rules (issue 19 item 9): time, peak RSS, and whether
//             the JSON report and SARIF were written and parse. No target: before/after figures.
//             --files=100,300 picks the numbers of files (a build without the budget needs ~10 GB at 1,000).
//   --action=FILE, --cli=FILE   measure another build (default: dist/index.js, dist/cli.js)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeLargeCandidate, writeLinkCorpus, writeManifestCorpus, writeMonorepo, writeSingleManifestRepo } from './bench-corpus.mjs';
import { LIMIT, NOT_MEASURED, worstCases } from './bench-worst-case.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const args = new Set(process.argv.slice(2).filter((a) => !/^--(only|action|cli|case|files)=/.test(a)));
const only = option('only')?.split(',');
const QUICK = args.has('--quick');
// The worst cases run only when asked for (about 2 minutes, and they measure something else); so do
// the suggestions (--only=suggestions: the action against a loopback fake of the GitHub API).
const WORST = args.has('worst-case') || (only?.includes('worst-case') ?? false);
// run-budget, like worst-case, runs only when asked for; suggestions and only-changed only with --only.
const BUDGET = args.has('run-budget') || (only?.includes('run-budget') ?? false);
const want = (name) =>
  name === 'run-budget'
    ? BUDGET
    : (args.has('worst-case') || args.has('run-budget')) && !only
      ? name === 'worst-case' && WORST
      : name === 'worst-case'
        ? WORST
        : name === 'suggestions' || name === 'only-changed'
          ? (only?.includes(name) ?? false)
          : !only || only.includes(name);
const cases = option('case')?.split(',');

const SIZES = QUICK
  ? { monorepo: 20_000, manifests: 2_000, small: 200, coldRuns: 7, discoveryRuns: 3, throughputRuns: 3, smallRuns: 5, ajvRuns: 3, links: 5_000, linkRuns: 3, largeMiB: [8, 32] }
  : { monorepo: 100_000, manifests: 10_000, small: 2_000, coldRuns: 11, discoveryRuns: 7, throughputRuns: 7, smallRuns: 9, ajvRuns: 7, links: 50_000, linkRuns: 5, largeMiB: [16, 64] };

// Issue 12: stay the fastest, at most 0.7x ajv-cli's time on the same corpus. (Issue 5's targets
// against floors, 2x reading + JSON.parse and the like, are retired: the floors are context.)
const TARGETS = { rssMb: 200, linearity: 1.3, ajv: 0.7, worstCaseMs: 1000 };
const WORST_RUNS = 5;

const NODE = process.execPath;
const ACTION = resolve(option('action') ?? join(ROOT, 'dist/index.js'));
const CLI = resolve(option('cli') ?? join(ROOT, 'dist/cli.js'));
const SCHEMA = join(ROOT, 'schemas/liveperson-app-manifest.schema.json');
const AJV_CLI = join(ROOT, 'node_modules/ajv-cli/dist/index.js');

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);

/** One timed run of a command (wall clock, spawn to exit), output discarded. */
function timeOnce(cmd, argv, { cwd, env, expect = [0] }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (!expect.includes(r.status)) {
    const again = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    throw new Error(`${cmd} ${argv.join(' ')} (in ${cwd}) exited with ${r.status ?? r.signal}, expected ${expect.join(' or ')}:\n${again.stdout.slice(-2000)}\n${again.stderr.slice(-2000)}`);
  }
  return elapsed;
}

/**
 * Runs subject and floor alternately (after one untimed warm-up of each, so both see a warm page
 * cache, as on a runner right after checkout) and returns both medians.
 */
function compare(label, runs, subject, floor) {
  timeOnce(...floor);
  timeOnce(...subject);
  const s = [];
  const f = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither profits from the other's cache effects.
    if (i % 2 === 0) {
      f.push(timeOnce(...floor));
      s.push(timeOnce(...subject));
    } else {
      s.push(timeOnce(...subject));
      f.push(timeOnce(...floor));
    }
  }
  const result = { subject: median(s), floor: median(f), runs: s.length, subjectRuns: s, floorRuns: f };
  log(`${label}: ${ms(result.subject)} vs floor ${ms(result.floor)} (runs: ${s.map((v) => v.toFixed(0)).join(', ')} / ${f.map((v) => v.toFixed(0)).join(', ')})`);
  return result;
}

function timeMedian(label, runs, command) {
  timeOnce(...command);
  const t = [];
  for (let i = 0; i < runs; i++) t.push(timeOnce(...command));
  log(`${label}: ${ms(median(t))} (runs: ${t.map((v) => v.toFixed(0)).join(', ')})`);
  return median(t);
}

/** Peak resident set size (MB) of a Node process, reported by the process itself at exit. */
function peakRssMb(work, argv, { cwd, env, expect }) {
  const out = join(work, `rss-${process.hrtime.bigint()}.txt`);
  const hook = join(work, 'rss-hook.mjs');
  if (!existsSync(hook)) {
    writeFileSync(hook, "import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\\n`));\n");
  }
  timeOnce(NODE, ['--import', pathToFileURL(hook).href, ...argv], { cwd, env: { ...env, BENCH_RSS_FILE: out }, expect });
  const kb = Number(readFileSync(out, 'utf8').trim().split('\n')[0]);
  return kb / 1024;
}

/** Environment of a JavaScript action step on a runner: INPUT_* from action.yml's defaults. */
function actionEnv(workspace, work) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? work, LANG: 'C.UTF-8', TMPDIR: tmpdir() };
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  let name;
  for (const line of inputs.split('\n')) {
    const key = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (key) name = key[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && name) {
      let value = def[1]
        .trim()
        .replace(/^'(.*)'$/, '$1')
        .replace(/^"(.*)"$/, '$1');
      // ${{ github.token }} would be the job's token: without one, no API call is made (the check
      // run falls back to workflow-command annotations), which is what a start-up benchmark wants.
      if (value.includes('${{')) value = '';
      env[`INPUT_${name.toUpperCase()}`] = value;
    }
  }
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  writeFileSync(join(work, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'bench/repo' } }));
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim();
  // The runner creates these files before the step starts.
  writeFileSync(join(work, 'github-output.txt'), '');
  writeFileSync(join(work, 'step-summary.md'), '');
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(work, 'event.json'),
    GITHUB_REPOSITORY: 'bench/repo',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    // Unreachable on purpose: if a call were made it would fail fast instead of reaching GitHub.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: join(work, 'github-output.txt'),
    GITHUB_STEP_SUMMARY: join(work, 'step-summary.md'),
    RUNNER_TEMP: runnerTemp,
  };
}

function cleanEnv() {
  const env = { ...process.env };
  // No compile cache: on a hosted runner every job starts with a fresh copy of the action.
  for (const k of Object.keys(env)) if (/^(INPUT_|GITHUB_|RUNNER_|NODE_OPTIONS$|NODE_COMPILE_CACHE$)/.test(k)) delete env[k];
  return env;
}

function distIsStale() {
  const built = statSync(ACTION).mtimeMs;
  const stack = [join(ROOT, 'src')];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'generated') stack.push(p); // rewritten by every `npm test` (pretest)
      } else if (statSync(p).mtimeMs > built) return p;
    }
  }
  return undefined;
}

function machine() {
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: `${cpu[0]?.model?.trim() ?? 'unknown'} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
    os: `${process.platform} ${release()}`,
    node: process.version,
    git: execFileSync('git', ['--version'], { encoding: 'utf8' })
      .trim()
      .replace(/^git version /, ''),
    load: loadavg()
      .map((v) => v.toFixed(2))
      .join(' '),
  };
}

/**
 * Like compare(), for several commands: one untimed warm-up each, then each round runs every command
 * once, starting with a different one each round. Returns the medians, in the order given.
 */
function compareAll(label, runs, commands) {
  for (const c of commands) timeOnce(...c);
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < commands.length; j++) {
      const k = (i + j) % commands.length;
      times[k].push(timeOnce(...commands[k]));
    }
  }
  log(`${label}: ${times.map((t) => `${ms(median(t))} (${t.map((v) => v.toFixed(0)).join(', ')})`).join(' / ')}`);
  return times.map(median);
}

/** A table row; `pass` undefined: no target, the comparison is context. */
function row(name, subject, floor, ratio, target, pass) {
  return `| ${name} | ${subject} | ${floor} | ${ratio} | ${target} | ${pass === undefined ? 'context' : pass ? 'PASS' : '**FAIL**'} |`;
}

async function main() {
  if (!existsSync(ACTION) || !existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first');
  const stale = distIsStale();
  if (stale) log(`warning: ${stale.slice(ROOT.length + 1)} is newer than dist/index.js: run \`npm run build\` to measure the current code`);
  if (!process.version.startsWith('v24.')) log(`warning: running under Node ${process.version}; the action runs on Node 24 (using: node24)`);

  const info = machine();
  let worst;
  let budget;
  const work = mkdtempSync(join(tmpdir(), 'lp-manifest-bench-'));
  log(`corpora in ${work}${QUICK ? ' (quick)' : ''}`);
  const started = Date.now();
  const rows = [];
  const notes = [];
  const env = cleanEnv();
  let failed = false;
  const record = (name, subject, floor, ratio, target, pass) => {
    rows.push(row(name, subject, floor, ratio, target, pass));
    if (pass === false) failed = true;
  };

  try {
    // 1. Cold start: the action, as the runner starts it, on a repository with one manifest.
    if (want('cold')) {
      const repo = join(work, 'one-manifest');
      writeSingleManifestRepo(repo);
      const aenv = actionEnv(repo, work);
      const r = compare('cold start', SIZES.coldRuns, [NODE, [ACTION], { cwd: repo, env: aenv }], [NODE, ['-e', '0'], { cwd: repo, env }]);
      const outputs = readFileSync(aenv.GITHUB_OUTPUT, 'utf8');
      if (!/manifests<<[^\n]*\n1\n/.test(outputs) && !/manifests=1\n/.test(outputs)) throw new Error(`the action did not report 1 manifest:\n${outputs.slice(0, 500)}`);
      const ratio = r.subject / r.floor;
      record('Cold start: action (dist/index.js), 1 manifest', ms(r.subject), `${ms(r.floor)} (\`node -e 0\`)`, `${ratio.toFixed(2)}×`, '');
      const cliCold = timeMedian('cold start, command line', SIZES.coldRuns, [NODE, [CLI], { cwd: repo, env }]);
      notes.push(`Command line (dist/cli.js) on the same repository: ${ms(cliCold)} (${(cliCold / r.floor).toFixed(2)}× \`node -e 0\`).`);
    }

    // 1b. Start-up at several sizes (issue 23): the action as the runner starts it (INPUT_* defaults, no
    // token: no API call), an empty node action (what any JavaScript action costs), and ajv-cli on the
    // same files, interleaved. Fewer rounds at 10,000 (each run takes seconds).
    if (want('startup')) {
      const empty = join(work, 'empty-action', 'index.js');
      mkdirSync(dirname(empty), { recursive: true });
      writeFileSync(empty, 'process.exit(0);\n');
      for (const n of QUICK ? [1, 50, 1_000] : [1, 50, 1_000, 10_000]) {
        const repo = join(work, `startup-${n}`);
        writeManifestCorpus(repo, n, { seed: 5 });
        const aenv = actionEnv(repo, work);
        const ajv = [NODE, [AJV_CLI, 'validate', '--spec=draft2020', '--all-errors', '-s', SCHEMA, '-d', 'apps/**/*.json'], { cwd: repo, env, expect: [0, 1] }];
        const runs = n >= 10_000 ? Math.min(SIZES.coldRuns, 5) : SIZES.coldRuns;
        const [action, nothing, ajvTime] = compareAll(`start-up, ${count(n)} manifests: action / empty action / ajv-cli`, runs, [
          [NODE, [ACTION], { cwd: repo, env: aenv, expect: [0, 1] }],
          [NODE, [empty], { cwd: repo, env: aenv }],
          ajv,
        ]);
        const outputs = readFileSync(aenv.GITHUB_OUTPUT, 'utf8');
        if (!new RegExp(`manifests(<<[^\n]*\n|=)${n}\n`).test(outputs)) throw new Error(`the action did not report ${n} manifests:\n${outputs.slice(-500)}`);
        record(
          `Start-up: action (dist/index.js), ${count(n)} manifest${n === 1 ? '' : 's'}, vs ajv-cli and an empty node action`,
          ms(action),
          `${ms(ajvTime)} (ajv-cli); ${ms(nothing)} (empty action)`,
          `${(action / ajvTime).toFixed(2)}× ajv-cli; ${(action / nothing).toFixed(2)}× empty`,
          'json-yaml-validate: not measured',
        );
      }
      notes.push(
        'Start-up: the peer of issue 23 (GrantBirki/json-yaml-validate, target ≤ 0.7× its time) is not measured: its dist/ is not on npm; it can join these rows once it is vendored at a pinned commit. ajv-cli and the empty action (`process.exit(0)`, what the runner pays for any node24 action) stand in.',
      );
    }

    // 2. Discovery in a large monorepo: the command line's auto-discovery.
    if (want('discovery')) {
      const repo = join(work, 'monorepo');
      const t0 = Date.now();
      const shape = writeMonorepo(repo, SIZES.monorepo);
      log(`monorepo: ${shape.files} files (${shape.json} *.json, ${shape.manifests} manifests) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      const listing = "require('child_process').execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { maxBuffer: 1 << 30 })";
      const r = compare('discovery', SIZES.discoveryRuns, [NODE, [CLI], { cwd: repo, env }], [NODE, ['-e', listing], { cwd: repo, env }]);
      const found = spawnSync(NODE, [CLI], { cwd: repo, env, encoding: 'utf8' }).stdout;
      if (!new RegExp(`in ${shape.manifests} manifests`).test(found)) throw new Error(`discovery found the wrong manifests:\n${found.slice(-500)}`);
      const trackedOnly = "require('child_process').execFileSync('git', ['ls-files', '-z'], { maxBuffer: 1 << 30 })";
      const tracked = timeMedian('node + git ls-files (tracked files only)', SIZES.discoveryRuns, [NODE, ['-e', trackedOnly], { cwd: repo, env }]);
      const ratio = r.subject / r.floor;
      record(
        `Discovery: ${shape.files.toLocaleString('en')} files, ${shape.json.toLocaleString('en')} JSON, ${shape.manifests} manifests (command line)`,
        ms(r.subject),
        `${ms(r.floor)} (node + \`git ls-files\`)`,
        `${ratio.toFixed(2)}×`,
        '',
      );
      // The same discovery with exclude patterns (.gitignore semantics, src/discovery/exclude.ts) and a config
      // file of per-path overrides: 20 patterns that match nothing (each tested on every candidate, then
      // again alone for the "matches no file" warning) and 100 overrides of 10 globs (matched per manifest).
      const patterns = Array.from({ length: 20 }, (_, i) => ['--exclude', `nothing-${i}/**/*.tmp.json`]).flat();
      const overrides = Array.from({ length: 100 }, (_, i) => `  - files: [${Array.from({ length: 10 }, (_, j) => `"none-${i}-${j}/**"`).join(', ')}]\n    rules: {placeholder: off}\n`).join('');
      writeFileSync(join(work, 'bench-config.yaml'), `rules: {scope: off}\noverrides:\n${overrides}`);
      const configured = timeMedian('discovery, 20 excludes + 100 overrides', SIZES.discoveryRuns, [NODE, [CLI, ...patterns, '--config', join(work, 'bench-config.yaml')], { cwd: repo, env }]);
      record(
        'Discovery as above, with 20 exclude patterns matching nothing and a config of 100 overrides (worst case)',
        ms(configured),
        `${ms(r.subject)} (the same without)`,
        `${(configured / r.subject).toFixed(2)}×`,
        '≤ 1.5×',
        configured / r.subject <= 1.5,
      );
      notes.push(
        `Discovery floor: \`node -e\` running \`git ls-files -z --cached --others --exclude-standard\`, the listing the contract asks for (tracked, and untracked but not ignored). With tracked files only (\`git ls-files -z\`, which skips git's walk of the work tree for untracked files) the floor would be ${ms(tracked)} and the ratio ${(r.subject / tracked).toFixed(2)}×.`,
      );
    }

    // 3 and 4. Throughput: many manifests, against reading + JSON.parse, and against ajv-cli.
    if (want('throughput') || want('ajv')) {
      const big = join(work, `manifests-${SIZES.manifests}`);
      const small = join(work, `manifests-${SIZES.small}`);
      const t0 = Date.now();
      const bigShape = writeManifestCorpus(big, SIZES.manifests);
      const smallShape = writeManifestCorpus(small, SIZES.small, { seed: 3 });
      log(`manifests: ${bigShape.manifests} (${bigShape.broken} with errors) and ${smallShape.manifests} (${smallShape.broken} with errors) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // The floor walks the work tree without entering .git (a recursive readdir of '.' would also
      // walk git's object store and inflate the floor), reads every *.json file and JSON.parses it.
      const floorScript =
        "const fs=require('fs'),p=require('path');let n=0;const walk=(d)=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){if(e.name==='.git'||e.name==='node_modules')continue;const f=p.join(d,e.name);if(e.isDirectory())walk(f);else if(e.name.endsWith('.json')){JSON.parse(fs.readFileSync(f,'utf8'));n++}}};walk('.');if(n===0)process.exit(3)";
      // Exit code 1: the corpus has errors.
      const cli = (dir) => [NODE, [CLI], { cwd: dir, env, expect: [1] }];
      const floor = (dir) => [NODE, ['-e', floorScript], { cwd: dir, env }];
      let bigTime;
      if (want('throughput')) {
        const r = compare(`throughput ${bigShape.manifests}`, SIZES.throughputRuns, cli(big), floor(big));
        bigTime = r.subject;
        const ratio = r.subject / r.floor;
        record(
          `Throughput: ${bigShape.manifests.toLocaleString('en')} manifests, ${Math.round((100 * bigShape.broken) / bigShape.manifests)}% with errors (command line, auto-discovery)`,
          ms(r.subject),
          `${ms(r.floor)} (node: read + JSON.parse)`,
          `${ratio.toFixed(2)}×`,
          '',
        );

        const rss = peakRssMb(work, [CLI], { cwd: big, env, expect: [1] });
        const floorRss = peakRssMb(work, ['-e', floorScript], { cwd: big, env, expect: [0] });
        record(`Peak RSS, ${bigShape.manifests.toLocaleString('en')} manifests`, `${rss.toFixed(0)} MB`, `${floorRss.toFixed(0)} MB`, '', `< ${TARGETS.rssMb} MB`, rss < TARGETS.rssMb);

        // Linearity: the marginal time per manifest (the run minus the start-up on one manifest).
        const one = join(work, 'one-manifest');
        if (!existsSync(one)) writeSingleManifestRepo(one);
        const fixed = timeMedian('command line, 1 manifest', SIZES.smallRuns, [NODE, [CLI], { cwd: one, env }]);
        const smallTime = timeMedian(`throughput ${smallShape.manifests}`, SIZES.smallRuns, cli(small));
        const perBig = (bigTime - fixed) / (bigShape.manifests - 1);
        const perSmall = (smallTime - fixed) / (smallShape.manifests - 1);
        const ratio2 = perBig / perSmall;
        record(
          `Linearity: time per manifest, ${bigShape.manifests.toLocaleString('en')} vs ${smallShape.manifests.toLocaleString('en')}`,
          `${(perBig * 1000).toFixed(0)} µs (${bigShape.manifests.toLocaleString('en')})`,
          `${(perSmall * 1000).toFixed(0)} µs (${smallShape.manifests.toLocaleString('en')})`,
          `${ratio2.toFixed(2)}×`,
          `≤ ${TARGETS.linearity}×`,
          ratio2 <= TARGETS.linearity,
        );
        const smallRss = peakRssMb(work, [CLI], { cwd: small, env, expect: [1] });
        notes.push(
          `Linearity: (run − start-up) / manifests, where start-up is the command line on one manifest (${ms(fixed)}); ${smallShape.manifests.toLocaleString('en')} manifests took ${ms(smallTime)}. Peak RSS: ${smallRss.toFixed(0)} MB for ${smallShape.manifests.toLocaleString('en')} manifests, ${rss.toFixed(0)} MB for ${bigShape.manifests.toLocaleString('en')}.`,
        );
      }
      if (want('ajv')) {
        // ajv-cli 5: one process, -d takes a glob (expanded by ajv-cli with glob.sync); it stops at
        // the first file that is not JSON, so the corpus's errors are all parseable ones. Both sizes:
        // start-up weighs more at 2,000, the checking at 10,000.
        for (const [dir, shape] of [
          [small, smallShape],
          [big, bigShape],
        ]) {
          const ajv = [NODE, [AJV_CLI, 'validate', '--spec=draft2020', '--all-errors', '-s', SCHEMA, '-d', 'apps/**/*.json'], { cwd: dir, env, expect: [1] }];
          const r = compare(`ajv-cli ${shape.manifests}`, SIZES.ajvRuns, cli(dir), ajv);
          const ratio = r.subject / r.floor;
          record(
            `vs ajv-cli 5 (schema only, no positions), ${shape.manifests.toLocaleString('en')} manifests`,
            ms(r.subject),
            `${ms(r.floor)} (ajv-cli)`,
            `${ratio.toFixed(2)}×`,
            `≤ ${TARGETS.ajv}×`,
            ratio <= TARGETS.ajv,
          );
        }
      }
    }
    // 5. The worst input of each rule: one command line run on one file just under 1 MiB (or the
    // files of the case), wall time, median of 3 (1 with --quick).
    // 5. Symbolic links (issue 19, item 10): many links to one manifest against as many copies of it,
    // and the worst case, each link through 38 more; and a candidate over the size limit, streamed
    // to its end (item 1), at two sizes.
    if (want('links')) {
      const t0 = Date.now();
      const dirs = {};
      for (const kind of ['files', 'links', 'chains']) writeLinkCorpus((dirs[kind] = join(work, `links-${kind}`)), SIZES.links, kind);
      log(`links: ${SIZES.links} references, three ways, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // Exit code 1: every reference repeats the client_name.
      const cli = (dir) => [NODE, [CLI], { cwd: dir, env, expect: [1] }];
      const links = compare(`${SIZES.links} links`, SIZES.linkRuns, cli(dirs.links), cli(dirs.files));
      const n = SIZES.links.toLocaleString('en');
      record(`Symbolic links: ${n} links to one manifest (command line)`, ms(links.subject), `${ms(links.floor)} (${n} copies of it)`, `${(links.subject / links.floor).toFixed(2)}×`, '');
      const chains = compare(`${SIZES.links} chains`, SIZES.linkRuns, cli(dirs.chains), cli(dirs.files));
      record(`Worst case: ${n} links, each through 38 more (39 hops)`, ms(chains.subject), `${ms(chains.floor)} (${n} copies)`, `${(chains.subject / chains.floor).toFixed(2)}×`, '');
      const [smallMiB, bigMiB] = SIZES.largeMiB;
      const times = SIZES.largeMiB.map((mib) => {
        const dir = join(work, `large-${mib}`);
        writeLargeCandidate(dir, mib);
        // (Exit code 0 from a build that does not find the manifest: the figures then say so.)
        return timeMedian(`large candidate ${mib} MiB`, SIZES.linkRuns, [NODE, [CLI], { cwd: dir, env, expect: [0, 1] }]);
      });
      const perSmall = times[0] / smallMiB;
      const perBig = times[1] / bigMiB;
      record(
        `Worst case: one candidate over the limit, white space then its key (${bigMiB} vs ${smallMiB} MiB, streamed to its end)`,
        `${ms(times[1])} (${bigMiB} MiB)`,
        `${ms(times[0])} (${smallMiB} MiB)`,
        `${(perBig / perSmall).toFixed(2)}× per MiB`,
        '',
      );
    }

    if (want('worst-case')) worst = runWorstCases(work, env);

    // 6. Suggestions (issue 19): the action on a pull request that adds files of long lines with
    // 1,000 fixes each, review suggestions on against off (the same run otherwise). Every block is
    // over the comment limit or just under it: what it costs to find that out is the point.
    if (want('suggestions')) await runSuggestions(work, env, record, notes);

    // 7. only-changed (issue 19): every manifest's links and logo are looked at when the pull
    // request changes some other file (README.md here) than the manifests it keeps; against a pull
    // request of one manifest only (no such look).
    if (want('only-changed')) await runOnlyChanged(work, record);

    // 8. Findings multiplied across files: the run's listing budget and the streamed reports.
    if (want('run-budget')) budget = runBudgetCases(work, env);
  } finally {
    if (args.has('--keep')) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  const out = [
    `Date: ${info.date}  `,
    `Machine: ${info.cpu}, ${info.memory}, ${info.os}  `,
    `Node ${info.node}, git ${info.git}; load average at start ${info.load}, at end ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}  `,
    `Mode: ${QUICK ? 'quick (smaller corpora)' : 'full'}; medians of ${SIZES.coldRuns} runs (cold start), ${SIZES.discoveryRuns} (discovery), ${SIZES.throughputRuns} (throughput), ${SIZES.ajvRuns} (ajv-cli), each interleaved with its comparison after a warm-up; total ${((Date.now() - started) / 1000).toFixed(0)} s`,
    '',
    '| benchmark | median | compared with (median) | ratio | target | result |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    ...notes.map((n) => `- ${n}`),
  ];
  if (rows.length > 0) process.stdout.write(out.join('\n') + '\n');
  if (budget) process.stdout.write(runBudgetSection(info, budget).join('\n') + '\n');
  if (worst) {
    process.stdout.write(worstCaseSection(info, worst).join('\n') + '\n');
    if (worst.some((w) => !w.pass)) failed = true;
  }
  if (failed && args.has('--check')) process.exitCode = 1;
}

const count = (n) => n.toLocaleString('en');

/** The findings line of the text report ("3 errors, 1 warning in 1 manifest"), from a run with output kept. */
function findingsOf(cwd, argv, env) {
  const r = spawnSync(NODE, [CLI, ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stdout.trimEnd().split('\n').pop() ?? '';
  const m = /^(\d+) errors?, (\d+) warnings? in/.exec(last);
  const plural = (n, word) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
  // Past 1,000 of one rule per file, findings are counted, not listed: say how many were.
  const listed = r.stdout.match(/^.*:\d+:\d+: (?:error|warning) /gm)?.length ?? 0;
  const total = m ? Number(m[1]) + Number(m[2]) : listed;
  const text = m ? `${plural(Number(m[1]), 'error')}, ${plural(Number(m[2]), 'warning')}${listed < total ? ` (${count(listed)} listed)` : ''}` : last.slice(0, 80);
  return { status: r.status, text, internalError: / internal-error /.test(r.stdout) };
}

function runWorstCases(work, env) {
  const runs = QUICK ? 1 : WORST_RUNS;
  const results = [];
  for (const c of worstCases()) {
    if (cases && !cases.includes(c.name)) continue;
    const dir = join(work, 'worst-case', c.name);
    let largest = 0;
    for (const [path, content] of Object.entries(c.files)) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      largest = Math.max(largest, statSync(full).size);
    }
    const found = findingsOf(dir, c.args, env);
    if (found.status !== c.exit) throw new Error(`worst case ${c.name}: exit ${found.status}, expected ${c.exit} (${found.text})`);
    if (found.internalError) throw new Error(`worst case ${c.name}: an internal-error finding`);
    // Interleaved with a control (`node -e 0` in the same folder): the host's load shows in both.
    const r = compare(`worst case ${c.rule} ${c.name}`, runs, [NODE, [CLI, ...c.args], { cwd: dir, env, expect: [c.exit] }], [NODE, ['-e', '0'], { cwd: dir, env }]);
    const median = r.subject;
    const rss = peakRssMb(work, [CLI, ...c.args], { cwd: dir, env, expect: [c.exit] });
    const files = Object.keys(c.files).length;
    results.push({
      ...c,
      median,
      slowest: Math.max(...r.subjectRuns),
      fastest: Math.min(...r.subjectRuns),
      control: r.floor,
      rss,
      found: found.text,
      size: files > 1 ? `${count(files)} files` : largest > LIMIT ? `${count(largest)} B` : `${(largest / LIMIT).toFixed(3)} MiB`,
      pass: median <= TARGETS.worstCaseMs,
    });
  }
  return results;
}

/** A fake GitHub API on loopback, in its own process (the timed runs block this one): the pull request's files, no review comments yet, reviews and check runs accepted. */
async function startFakeApi(work, files) {
  const answers = join(work, 'fake-api-files.json');
  writeFileSync(answers, JSON.stringify(files));
  const script = `
const http = require('http'); const fs = require('fs');
const files = fs.readFileSync(${JSON.stringify(answers)}, 'utf8');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const path = new URL(req.url, 'http://x').pathname;
    const json = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(typeof body === 'string' ? body : JSON.stringify(body)); };
    if (path.endsWith('/pulls/1/files')) return json(200, files);
    if (path.endsWith('/pulls/1/comments')) return json(200, []);
    if (path.endsWith('/pulls/1/reviews')) return json(200, { id: 1, html_url: 'https://github.com/bench/repo/pull/1#pullrequestreview-1' });
    if (path === '/graphql') return json(200, { data: { viewer: { login: 'github-actions[bot]', databaseId: 41898282 } } });
    if (path.endsWith('/check-runs')) return json(201, { id: 1, html_url: 'https://github.com/bench/repo/runs/1' });
    if (path.includes('/check-runs/')) return json(200, { id: 1 });
    json(404, { message: 'Not Found' });
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;
  const child = spawn(NODE, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolvePort, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolvePort(Number(out.trim()));
    });
    child.on('exit', (code) => reject(new Error(`the fake API exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** A one-line manifest of about `bytes` with `fixes` repeated profile ids (each a fix on that line). */
function oneLineManifest(bytes, fixes, seed) {
  const ids = Array.from({ length: fixes + 1 }, () => String(seed)).join(',');
  const head = `{"client_name":"Bench ${seed}","description":"`;
  const tail = `","enabled_for_profiles":[${ids}]}`;
  return head + 'x'.repeat(bytes - head.length - tail.length - 1) + tail + '\n';
}

/** A manifest of lines just under the comment limit (60,000 characters) of repeated profile ids: 1,000 fixes listed (the listing limit), on its first lines. */
function longLinesManifest(bytes) {
  const line = '    ' + '1, '.repeat(19_600);
  const lines = ['{', '  "client_name": "Bench long lines",', '  "enabled_for_profiles": ['];
  while ((lines.length + 1) * (line.length + 1) < bytes) lines.push(line);
  lines.push('    1', '  ]', '}', '');
  return lines.join('\n');
}

async function runSuggestions(work, env, record, notes) {
  const runs = QUICK ? 3 : 5;
  const mib = 1024 * 1024 - 4096;
  const sets = [
    { name: 'one line of 1 MiB, 1,000 fixes', files: { 'apps/one-line.json': oneLineManifest(mib, 1000, 1) } },
    { name: 'four such files', files: Object.fromEntries([1, 2, 3, 4].map((i) => [`apps/one-line-${i}.json`, oneLineManifest(mib, 1000, i)])) },
    { name: 'worst case: 1 MiB of 59,000-character lines, 1,000 fixes (blocks just under the limit)', files: { 'apps/long-lines.json': longLinesManifest(mib) } },
  ];
  for (const set of sets) {
    const repo = join(work, 'suggestions', String(sets.indexOf(set)));
    mkdirSync(join(repo, 'apps'), { recursive: true });
    for (const [path, text] of Object.entries(set.files)) writeFileSync(join(repo, path), text);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'add', '-A'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'bench'], { cwd: repo });
    // An added file: its patch is every line.
    const listed = Object.entries(set.files).map(([filename, text]) => {
      const lines = text.replace(/\n$/, '').split('\n');
      return { filename, status: 'added', additions: lines.length, deletions: 0, changes: lines.length, patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => '+' + l).join('\n') };
    });
    const api = await startFakeApi(work, listed);
    try {
      const base = actionEnv(repo, work);
      const event = join(work, 'pull-request-event.json');
      writeFileSync(
        event,
        JSON.stringify({
          number: 1,
          pull_request: {
            number: 1,
            changed_files: listed.length,
            head: { sha: 'a'.repeat(40), repo: { full_name: 'bench/repo', fork: false } },
            base: { sha: 'b'.repeat(40), repo: { full_name: 'bench/repo' } },
          },
        }),
      );
      const aenv = (suggestions) => ({
        ...base,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: api.url,
        GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
        'INPUT_GITHUB-TOKEN': 'bench-token',
        INPUT_SUGGESTIONS: suggestions,
        INPUT_ANNOTATIONS: 'false',
      });
      const r = compare(`suggestions, ${set.name}`, runs, [NODE, [ACTION], { cwd: repo, env: aenv('true'), expect: [0, 1] }], [NODE, [ACTION], { cwd: repo, env: aenv('false'), expect: [0, 1] }]);
      const said = spawnSync(NODE, [ACTION], { cwd: repo, env: aenv('true'), encoding: 'utf8', maxBuffer: 1 << 28 })
        .stdout.split('\n')
        .filter((l) => l.startsWith('suggestions:'));
      record(`Suggestions: ${set.name} (action, suggestions on)`, ms(r.subject), `${ms(r.floor)} (suggestions off)`, `${(r.subject / r.floor).toFixed(2)}×`, '');
      notes.push(`Suggestions, ${set.name}: the action said ${said.length > 0 ? said.map((l) => `"${l.slice(0, 200)}"`).join(', ') : 'nothing about suggestions'}.`);
    } finally {
      api.stop();
    }
  }
}

async function runOnlyChanged(work, record) {
  const runs = QUICK ? 3 : 5;
  const repo = join(work, `only-changed-${SIZES.manifests}`);
  const shape = writeManifestCorpus(repo, SIZES.manifests, { seed: 5 });
  const one = 'apps/group-000/app-00000.json';
  for (const [name, listed] of [
    ['one manifest', [{ filename: one, status: 'modified' }]],
    [
      'one manifest and README.md',
      [
        { filename: one, status: 'modified' },
        { filename: 'README.md', status: 'modified' },
      ],
    ],
  ]) {
    const api = await startFakeApi(work, listed);
    try {
      const base = actionEnv(repo, work);
      const event = join(work, 'only-changed-event.json');
      writeFileSync(
        event,
        JSON.stringify({
          number: 1,
          pull_request: {
            number: 1,
            changed_files: listed.length,
            head: { sha: 'a'.repeat(40), repo: { full_name: 'bench/repo', fork: false } },
            base: { sha: 'b'.repeat(40), repo: { full_name: 'bench/repo' } },
          },
        }),
      );
      const aenv = {
        ...base,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: api.url,
        'INPUT_GITHUB-TOKEN': 'bench-token',
        'INPUT_ONLY-CHANGED': 'true',
        'INPUT_CREATE-CHECK': 'false',
        INPUT_SUGGESTIONS: 'false',
      };
      const said = spawnSync(NODE, [ACTION], { cwd: repo, env: aenv, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
      if (!said.includes(`only-changed: 1 manifest of ${shape.manifests} added or modified in pull request #1.`)) throw new Error(`only-changed kept other manifests:\n${said.slice(0, 500)}`);
      const t = timeMedian(`only-changed, ${name}`, runs, [NODE, [ACTION], { cwd: repo, env: aenv, expect: [0, 1] }]);
      record(`only-changed: ${shape.manifests.toLocaleString('en')} manifests, the pull request changes ${name} (action)`, ms(t), '', '', '');
    } finally {
      api.stop();
    }
  }
}

function worstCaseSection(info, results) {
  return [
    '## Worst case per rule',
    '',
    `Date: ${info.date}  `,
    `Machine: ${info.cpu}, ${info.memory}, ${info.os}  `,
    `Node ${info.node}; load average at start ${info.load}  `,
    `\`npm run bench -- worst-case\`: the command line (\`node dist/cli.js\`, text output discarded) on each case of scripts/bench-worst-case.mjs; wall time, median of ${QUICK ? 1 : WORST_RUNS} runs (fastest–slowest) interleaved with as many of a control, \`node -e 0\` (its median shows the host's load); peak RSS of one more run. Target: under ${TARGETS.worstCaseMs / 1000} s each.`,
    '',
    '| rule | case | input | size | findings | median (fastest–slowest) | control | peak RSS | result |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| \`${r.rule}\` | ${r.name} | ${r.what} | ${r.size} | ${r.found} | ${ms(r.median)} (${ms(r.fastest)}–${ms(r.slowest)}) | ${ms(r.control)} | ${r.rss.toFixed(0)} MB | ${r.pass ? 'PASS' : '**FAIL**'} |`,
    ),
    ...Object.entries(NOT_MEASURED).map(([rule, why]) => `| \`${rule}\` | — | ${why} | | | | | | |`),
  ];
}

/**
 * One manifest at the per-rule listing limit of three rules: 1,002 zeros in enabled_for_profiles
 * (1,002 range errors, 1,001 duplicate-item warnings) and 1,002 numbers in redirect_uris (type errors).
 */
function atTheLimit(i) {
  return `{"client_name":"App ${i}","enabled_for_profiles":[${Array(1002).fill(0).join(',')}],"redirect_uris":[${Array(1002).fill(1).join(',')}]}\n`;
}

/** The file at `path` parses as JSON (a report longer than the longest string cannot be read back whole: said so). */
function parses(path) {
  if (!existsSync(path)) return 'not written';
  const size = statSync(path).size;
  if (size === 0) return 'empty';
  if (size > 500 * 2 ** 20) return `${(size / 2 ** 20).toFixed(0)} MiB (not parsed)`;
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return `${(size / 2 ** 20).toFixed(1)} MiB, parses`;
  } catch (error) {
    return `${(size / 2 ** 20).toFixed(1)} MiB, **does not parse** (${error.message.slice(0, 60)})`;
  }
}

function runBudgetCases(work, env) {
  const sizes = option('files')?.split(',').map(Number) ?? (QUICK ? [100] : [100, 300, 3000]);
  const runs = QUICK ? 1 : 3;
  const results = [];
  for (const files of sizes) {
    const repo = join(work, `budget-${files}`);
    mkdirSync(join(repo, 'apps'), { recursive: true });
    let bytes = 0;
    for (let i = 0; i < files; i++) {
      const text = atTheLimit(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(repo, 'apps', `app-${String(i).padStart(4, '0')}.json`), text);
    }
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'corpus'], { cwd: repo });
    const input = `${count(files)} files, ${(bytes / 2 ** 20).toFixed(1)} MiB`;
    // The action: auto-discovery, the JSON report (RUNNER_TEMP) and a SARIF file; no token (no API call).
    const base = actionEnv(repo, join(work, `budget-${files}-env`));
    // (In RUNNER_TEMP: the action writes only there or in the workspace.)
    const aenv = { ...base, 'INPUT_SARIF-FILE': join(base.RUNNER_TEMP, 'lp.sarif') };
    const time = (label, argv, cmdEnv) => {
      const t = [];
      for (let i = 0; i < runs; i++) t.push(timeOnce(NODE, argv, { cwd: repo, env: cmdEnv, expect: [0, 1] }));
      log(`run budget ${label}, ${files} files: ${ms(median(t))} (runs: ${t.map((v) => v.toFixed(0)).join(', ')})`);
      return median(t);
    };
    const actionTime = time('action', [ACTION], aenv);
    const actionRss = peakRssMb(work, [ACTION], { cwd: repo, env: aenv, expect: [0, 1] });
    results.push({
      program: 'action (report-file, sarif-file, job summary)',
      input,
      time: actionTime,
      rss: actionRss,
      report: parses(join(aenv.RUNNER_TEMP, 'lp-manifest-report.json')),
      sarif: parses(aenv['INPUT_SARIF-FILE']),
    });
    // The command line: --format json and --format sarif to a file.
    for (const format of ['json', 'sarif']) {
      const out = join(work, `budget-${files}-cli.${format}`);
      const argv = [
        '-e',
        `const {spawnSync}=require('node:child_process');const fs=require('node:fs');const fd=fs.openSync(${JSON.stringify(out)},'w');const r=spawnSync(process.execPath,[${JSON.stringify(CLI)},'--format',${JSON.stringify(format)}],{stdio:['ignore',fd,'ignore']});process.exitCode=r.status??2`,
      ];
      const t = time(`command line --format ${format}`, argv, env);
      const rss = peakRssMb(work, [CLI, '--format', format], { cwd: repo, env, expect: [0, 1] });
      results.push({ program: `command line --format ${format} (to a file)`, input, time: t, rss, report: format === 'json' ? parses(out) : '', sarif: format === 'sarif' ? parses(out) : '' });
    }
  }
  return results;
}

function runBudgetSection(info, results) {
  return [
    '## Findings multiplied across files (run budget)',
    '',
    `Date: ${info.date}  `,
    `Machine: ${info.cpu}, ${info.memory}, ${info.os}  `,
    `Node ${info.node}; load average at start ${info.load}  `,
    `\`npm run bench -- run-budget\`: every manifest at the per-rule listing limit of three rules (range, duplicate-item, type: 3,005 findings each); wall time, median of ${QUICK ? 1 : 3} runs; peak RSS of one more run; whether each report was written and parses. ${ACTION} / ${CLI}.`,
    '',
    '| program | input | median | peak RSS | JSON report | SARIF |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.program} | ${r.input} | ${ms(r.time)} | ${r.rss.toFixed(0)} MB | ${r.report} | ${r.sarif} |`),
    '',
  ];
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
