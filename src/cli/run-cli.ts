// The command line, as a function of its arguments (testable without a process).
import type { parseArgs as ParseArgs } from 'node:util';
import { lstat, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { discoverManifests, gitProblemWarning, normalizeGlobs, splitList, toPosix, UsageError, type Discovery } from '../discovery.js';
import { validateManifests, type ManifestInput, type ValidationOptions } from '../engine.js';
import type { FileResult } from '../findings.js';
import { isFailing, parseFailOn, parseProfiles, parseSeverityOverrides } from '../options.js';
import { buildReport } from '../report.js';
import { formatJson } from '../reporters/json-report.js';
import { logSafe } from '../reporters/log-safe.js';
import { formatSarif } from '../reporters/sarif-report.js';
import { annotationCommands } from '../reporters/workflow-commands.js';
import { formatText } from '../reporters/text-report.js';
import { formatRdjson, type SourceText } from '../reporters/rdjson-report.js';
import { checkWith, fixFiles } from '../fixes/fix-files.js';
import { readManifestText } from '../read-manifest-file.js';
import { displayPath } from '../text/describe.js';
import { RULE_IDS } from '../rules/catalogue.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool-info.js';
import { validateWorkspace } from '../validate-workspace.js';
import { accountReport } from '../reporters/account-report.js';
import { accountForCli, exportInstalled, listProfiles, type CliAccount } from './account-cli.js';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  parseArgs: typeof ParseArgs;
  /** The environment (LP_* credentials, LP_CSDS_URL); default process.env. */
  env?: Record<string, string | undefined>;
  /** The LivePerson client's fetch (default: the runtime's). */
  fetch?: typeof globalThis.fetch;
}

const HELP = `Usage: ${TOOL_NAME} [PATH|GLOB ...] [options]

Validates LivePerson application manifests. With no PATH, finds every manifest in the current
directory (git-aware: files ignored by git and node_modules/ are skipped). A directory is searched
the same way; a file is always checked; a glob (quote it) selects files whatever they hold. A PATH
that does not exist, or a glob that matches nothing, is a usage error.

Options:
  --format text|json|sarif|github|rdjson
                                    output format (default: text); rdjson is reviewdog's
  --fix                             apply the certain fixes in place, then report what remains
  --fix-dry-run                     print the fixes as a unified diff; write nothing
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --profiles "42,43"                profile ids: report who sees each app in QuickLaunch
  --require-quick-launch            every manifest must be QuickLaunch-ready for one of --profiles
  --rules "placeholder=off,insecure-url=error"
                                    severity overrides (off|warning|error)
  --exclude GLOB                    skip matching files (repeatable, or comma separated)
  --account ID                      LivePerson account checks (read only; or LP_ACCOUNT): unknown
                                    profiles, profile names (also in --profiles); credentials from
                                    LP_USERNAME and LP_PASSWORD, or LP_APP_KEY and LP_APP_SECRET
  --compare-installed               with --account: compare each manifest with the installed app (drift)
  --list-profiles                   with --account: print the account's profiles (id, name, role)
  --export-installed DIR            with --account: write each installed app as a manifest into DIR
  --include-header-values           with --export-installed: write header values as installed
  --help, --version

Exit codes: 0 clean, 1 failing per --fail-on, 2 usage error or the account could not be read.
Rule ids: ${RULE_IDS.join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjson'];

/** The texts of the files that have findings (rdjson counts columns in bytes of each line). */
async function sourceTexts(files: readonly FileResult[], root: string, fixedTexts: ReadonlyMap<string, string>): Promise<Map<string, SourceText>> {
  const sources = new Map<string, SourceText>();
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const read = await readManifestText(join(root, file.path), root);
    const fixed = fixedTexts.get(file.path);
    if (read.ok) sources.set(file.path, { text: fixed ?? read.text, bom: read.bom });
    else if (read.prefix !== undefined) sources.set(file.path, { text: read.prefix, bom: false });
  }
  return sources;
}

function hasGlobChars(s: string): boolean {
  return /[*?[\]{}!]/.test(s);
}

/** Whether nothing is at `path` (not even a broken symbolic link, which is checked and reported). */
async function missing(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** A file's identity: its path, and its bytes when the name is not UTF-8 (two names may show alike). */
function identity(m: ManifestInput): string {
  return m.fsPath === undefined ? m.path : `${m.path}\0${m.fsPath.toString('hex')}`;
}

/** PATH arguments: files, directories (searched like the workspace) and globs. */
async function validatePaths(
  positionals: readonly string[],
  root: string,
  exclude: readonly string[],
  validation: ValidationOptions,
  noteGit: (d: Pick<Discovery, 'gitProblem'>) => void,
): Promise<FileResult[]> {
  const inputs = new Map<string, ManifestInput>();
  const globs: string[] = [];
  // Discovery hands over the text it read: the engine does not read those files again.
  const add = (found: ManifestInput) => inputs.set(identity(found), found);
  for (const arg of positionals) {
    const absolute = isAbsolute(arg) ? arg : join(root, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const under = toPosix(relative(root, absolute));
      const found = await discoverManifests({ workspaceRoot: root, under: under === '' ? undefined : under, exclude });
      noteGit(found);
      for (const m of found.manifests) add(m);
    } else if (info || !(await missing(absolute))) {
      add({ path: toPosix(relative(root, absolute)) });
    } else if (hasGlobChars(arg)) {
      globs.push(arg);
    } else {
      // Checking nothing would pass: a typo in a path must not.
      throw new UsageError(`no such file or directory: ${JSON.stringify(arg)}`);
    }
  }
  if (globs.length > 0) {
    normalizeGlobs(globs, 'PATH');
    const found = await discoverManifests({ workspaceRoot: root, files: globs, exclude });
    noteGit(found);
    if (found.manifests.length === 0) throw new UsageError(`no file matches ${globs.map((g) => JSON.stringify(g)).join(', ')}`);
    for (const m of found.manifests) add(m);
  }
  return validateManifests([...inputs.values()], validation);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // A workflow step may run this command: its output is a runner log too. Every line it prints is
  // logSafe (JSON and SARIF stay JSON with the same values), except --format github's workflow
  // commands, which are commands on purpose (their messages are logSafe, their data escaped).
  const out = (s: string) => io.stdout(logSafe(s));
  const err = (s: string) => io.stderr(logSafe(s));
  let parsed;
  try {
    parsed = io.parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'fail-on': { type: 'string', default: 'error' },
        profiles: { type: 'string', default: '' },
        'require-quick-launch': { type: 'boolean', default: false },
        rules: { type: 'string', default: '' },
        exclude: { type: 'string', multiple: true, default: [] },
        account: { type: 'string' },
        'compare-installed': { type: 'boolean', default: false },
        'list-profiles': { type: 'boolean', default: false },
        'export-installed': { type: 'string' },
        'include-header-values': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    err(`${TOOL_NAME}: ${(error as Error).message}\nRun ${TOOL_NAME} --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
      throw new UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
    }
    const fix = values.fix;
    const dryRun = values['fix-dry-run'];
    if (fix && dryRun) throw new UsageError('--fix and --fix-dry-run: give one (--fix-dry-run shows what --fix would change)');
    if (dryRun && values.format !== undefined) throw new UsageError('--fix-dry-run prints a unified diff: --format does not apply');
    const failOn = parseFailOn(values['fail-on'], '--fail-on');
    const severities = parseSeverityOverrides(values.rules, '--rules');
    const exclude = values.exclude.flatMap(splitList);
    if (values['require-quick-launch'] && values.profiles.trim() === '') {
      throw new UsageError('--require-quick-launch needs --profiles (the profiles that must see each app)');
    }
    const root = io.cwd;
    // The account (--account / LP_ACCOUNT): read once, before any manifest (the client loads only with credentials).
    const accountIo = { env: io.env ?? process.env, fetch: io.fetch, err };
    const accountArgs = { account: values.account, compareInstalled: values['compare-installed'], profilesText: values.profiles };
    if (values['list-profiles']) return await listProfiles(accountArgs, accountIo, out);
    let exported: string[] | undefined;
    let exportRoot = root;
    if (values['export-installed'] !== undefined) {
      const result = await exportInstalled(accountArgs, values['export-installed'], values['include-header-values'], root, accountIo);
      if (result.written === undefined || result.dir === undefined) return result.code;
      // The written files are checked like any manifest: what the installed apps get wrong is reported.
      exported = result.written;
      exportRoot = result.dir;
    }
    const account: CliAccount = exported === undefined ? await accountForCli(accountArgs, accountIo) : { profiles: parseProfiles(values.profiles, '--profiles') };
    const profiles = account.profiles;
    // Text and workflow commands show no fix: their edits are not worked out (the JSON report, SARIF, rdjson and --fix need them).
    const fixes = fix || dryRun || format === 'json' || format === 'sarif' || format === 'rdjson';
    const validation: ValidationOptions = {
      workspaceRoot: exportRoot,
      profiles,
      requireQuickLaunch: values['require-quick-launch'],
      severities,
      fixes,
      ...(account.view ? { account: account.view } : {}),
    };
    // git failed in a git work tree: say so once (files .gitignore excludes were searched too).
    let warned = false;
    const noteGit = ({ gitProblem }: Pick<Discovery, 'gitProblem'>) => {
      if (gitProblem === undefined || warned) return;
      warned = true;
      err(`${TOOL_NAME}: warning: ${gitProblemWarning(gitProblem)}\n`);
    };
    let files: FileResult[];
    if (exported !== undefined)
      files = await validateManifests(
        exported.map((path) => ({ path })),
        validation,
      );
    else if (positionals.length === 0) {
      // Without PATH, each manifest is checked as soon as discovery has read it.
      const workspace = await validateWorkspace({ workspaceRoot: root, exclude }, validation);
      noteGit(workspace);
      files = workspace.files;
    } else files = await validatePaths(positionals, root, exclude, validation, noteGit);
    /** The new text of each file fixed (or, with --fix-dry-run, that would be). */
    const fixedTexts = new Map<string, string>();
    if (fix || dryRun) {
      const fixed = await fixFiles(files, {
        workspaceRoot: root,
        check: checkWith(validation),
        write: fix,
        skipped: (path, reason) => err(`${TOOL_NAME}: warning: ${displayPath(path)} was not fixed: ${reason}\n`),
      });
      for (const f of fixed) {
        fixedTexts.set(f.path, f.after);
        if (fix) err(`${TOOL_NAME}: fixed ${displayPath(f.path)} (${f.applied} ${f.applied === 1 ? 'fix' : 'fixes'})\n`);
      }
      // jsdiff is loaded only here: most runs print no diff, and every run would parse it.
      if (dryRun) io.stdout((await import('../reporters/fix-diff.js')).formatFixDiff(fixed));
      // What remains: the same files checked again, the fixed ones in their new text.
      if (fixed.length > 0)
        files = await validateManifests(
          files.map((f) => ({ path: f.path, text: fixedTexts.get(f.path) })),
          validation,
        );
    }
    const report = buildReport(files);
    const accountFailure = account.failure;
    if (account.account !== undefined) report.account = accountReport(account.account, account.view, accountFailure, profiles);
    if (dryRun) return isFailing(report.files, failOn) ? 1 : 0;
    if (format === 'json') out(formatJson(report));
    else if (format === 'rdjson') {
      const sources = await sourceTexts(report.files, root, fixedTexts);
      out(formatRdjson(report, { source: (path) => sources.get(path) }));
    } else if (format === 'sarif') out(formatSarif(report));
    else if (format === 'github') io.stdout(annotationCommands(report).join('\n') + '\n');
    else {
      if (report.files.length === 0) io.stderr('no LivePerson manifests found\n');
      out(formatText(report, { profiles }));
    }
    // Every finding is out: a check that was asked for and could not run fails the command (2).
    if (accountFailure !== undefined) {
      err(`${TOOL_NAME}: error: ${accountFailure}\n`);
      return 2;
    }
    return isFailing(report.files, failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
