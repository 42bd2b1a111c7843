// The command line, as a function of its arguments (testable without a process).
import type { parseArgs as ParseArgs } from 'node:util';
import { lstat, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { discoverManifests, gitProblemWarning, normalizeGlobs, recognizeFile, splitList, toPosix, UsageError, type Discovery } from '../discovery/discovery.js';
import { validateManifests, type ManifestInput, type ValidationOptions } from '../engine/engine.js';
import type { FileResult } from '../engine/findings.js';
import { isFailing, parseFailOn, parseProfiles, parseSeverityOverrides } from '../engine/options.js';
import { buildReport } from '../engine/report.js';
import { jsonReportChunks } from '../reporters/json-report.js';
import { logSafe } from '../reporters/log-safe.js';
import { annotationCommands } from '../reporters/workflow-commands.js';
import { textReportChunks } from '../reporters/text-report.js';
import type { SourceText } from '../reporters/rdjson-report.js';
import { writeLines, type Chunks } from '../reporters/text-stream.js';
import { checkWith, fixFiles } from '../fixes/fix-files.js';
import { readManifestText } from '../discovery/read-manifest-file.js';
import { displayPath } from '../text/describe.js';
import { RULE_IDS } from '../rules/catalogue.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool-info.js';
import { validateWorkspace } from '../engine/validate-workspace.js';
import { unmatchedExcludeWarning } from '../discovery/exclude.js';
import { count, plural } from '../reporters/text-report.js';
import { checkStdin, colourText, errorsOnly, parseMaxWarnings, useColour, writeOutput } from './conventions.js';
import { loadConfig } from '../config/load-config.js';
import { effectiveSeverities } from '../config/severities.js';
import { accountReport } from '../reporters/account-report.js';
import { accountForCli, exportInstalled, listProfiles, type CliAccount } from './account-cli.js';

export interface CliIo {
  cwd: string;
  /** A promise: wait before writing more (a full pipe). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  parseArgs: typeof ParseArgs;
  /** The environment: NO_COLOR / FORCE_COLOR, LP_* credentials, LP_CSDS_URL (default: process.env for the account, none for colour). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour; default false). */
  stdoutIsTTY?: boolean;
  /** Standard input, at most `limit` bytes (more are not read): for --stdin. */
  readStdin?: (limit: number) => Promise<Buffer>;
  /** The LivePerson client's fetch (default: the runtime's). */
  fetch?: typeof globalThis.fetch;
}

const HELP = `Usage: ${TOOL_NAME} [PATH|GLOB ...] [options]

Validates LivePerson application manifests. With no PATH, finds every manifest in the current
directory (git-aware: files ignored by git and node_modules/ are skipped). A directory is searched
the same way; a file is always checked; a glob (quote it) selects files whatever they hold. A PATH
that does not exist, or a glob that matches nothing, is a usage error.

Options:
  --format text|json|sarif|github|rdjson|junit|codeclimate
                                    output format (default: text); rdjson is reviewdog's, junit
                                    JUnit XML, codeclimate GitLab Code Quality
  --fix                             apply the certain fixes in place, then report what remains
  --fix-dry-run                     print the fixes as a unified diff; write nothing
  --fail-on error|warning|never     which findings make the exit code 1 (default: error)
  --profiles "42,43"                profile ids: report who sees each app in QuickLaunch
  --require-quick-launch            every manifest must be QuickLaunch-ready for one of --profiles
  --rules "placeholder=off,insecure-url=error"
                                    severity overrides (off|warning|error)
  --exclude GLOB                    skip matching files (repeatable, or comma separated)
  --only-manifests                  check only the given files (and glob matches) that auto-discovery
                                    recognizes as manifests; skip the others (pre-commit's file lists)
  --config FILE                     the config file (default: .lp-manifest.yaml or .lp-manifest.yml
                                    in the current directory, when there is one)
  --stdin                           check the manifest on standard input
  --stdin-filename PATH             the path its findings are reported under (default: <stdin>)
  -o, --output-file FILE            write the report to FILE instead of standard output
  --quiet                           report errors only (the exit code still counts warnings
                                    per --fail-on and --max-warnings)
  --max-warnings N                  exit 1 when there are more than N warnings
  --account ID                      LivePerson account checks (read only; or LP_ACCOUNT): unknown
                                    profiles, profile names (also in --profiles); credentials from
                                    LP_USERNAME and LP_PASSWORD, or LP_APP_KEY and LP_APP_SECRET
  --compare-installed               with --account: compare each manifest with the installed app (drift)
  --list-profiles                   with --account: print the account's profiles (id, name, role)
  --export-installed DIR            with --account: write each installed app as a manifest into DIR
  --include-header-values           with --export-installed: write header values as installed
  --help, --version

Colour: on a terminal only; NO_COLOR turns it off, FORCE_COLOR on (FORCE_COLOR=0 off).

Exit codes: 0 clean, 1 failing per --fail-on, 2 usage error or the account could not be read.
Rule ids: ${RULE_IDS.join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjson', 'junit', 'codeclimate'];

/** The text of a file that has findings (rdjson counts columns in bytes of each line), read when its diagnostics are written. */
async function sourceText(path: string, root: string, fixedTexts: ReadonlyMap<string, string>): Promise<SourceText | undefined> {
  const read = await readManifestText(join(root, path), root);
  const fixed = fixedTexts.get(path);
  if (read.ok) return { text: fixed ?? read.text, bom: read.bom };
  if (read.prefix !== undefined) return { text: read.prefix, bom: false };
  return undefined;
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
  noteGit: (d: Pick<Discovery, 'gitProblem' | 'notices' | 'unmatchedExcludes'>) => void,
  onlyManifests: boolean,
): Promise<FileResult[]> {
  const inputs = new Map<string, ManifestInput>();
  const globs: string[] = [];
  // Discovery hands over the text it read: the engine does not read those files again.
  const add = (found: ManifestInput) => inputs.set(identity(found), found);
  /** A file named on the command line, or matched by a glob: with --only-manifests, if it is one. */
  const addFile = async (file: ManifestInput) => {
    if (!onlyManifests) return add(file);
    const found = file.fsPath === undefined ? await recognizeFile(root, file.path) : file;
    if (found) add(found);
  };
  for (const arg of positionals) {
    const absolute = isAbsolute(arg) ? arg : join(root, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const under = toPosix(relative(root, absolute));
      const found = await discoverManifests({ workspaceRoot: root, under: under === '' ? undefined : under, exclude });
      noteGit(found);
      for (const m of found.manifests) add(m);
    } else if (info || !(await missing(absolute))) {
      await addFile({ path: toPosix(relative(root, absolute)) });
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
    for (const m of found.manifests) await addFile(m);
  }
  return validateManifests([...inputs.values()], validation);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // A workflow step may run this command: its output is a runner log too. Every line it prints is
  // logSafe (JSON and SARIF stay JSON with the same values), except --format github's workflow
  // commands, which are commands on purpose (their messages are logSafe, their data escaped).
  /** Small outputs (--list-profiles) on stdout, inert. */
  const out = (s: string): void => void io.stdout(logSafe(s));
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
        // No defaults here: a flag that is given wins over the config file, which wins over the defaults.
        'fail-on': { type: 'string' },
        profiles: { type: 'string' },
        'require-quick-launch': { type: 'boolean' },
        rules: { type: 'string', default: '' },
        config: { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        exclude: { type: 'string', multiple: true, default: [] },
        'only-manifests': { type: 'boolean', default: false },
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
    await io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    await io.stdout(`${TOOL_VERSION}\n`);
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
    const stdin = values.stdin;
    if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename names the text of --stdin: give --stdin too');
    if (stdin && positionals.length > 0) throw new UsageError('--stdin checks standard input: give no PATH (use --stdin-filename for the path to report)');
    if (stdin && (fix || dryRun)) throw new UsageError(`${fix ? '--fix' : '--fix-dry-run'} works on files: not with --stdin`);
    const maxWarnings = values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']);
    const root = io.cwd;
    const failOnFlag = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on'], '--fail-on');
    const severities = parseSeverityOverrides(values.rules, '--rules');
    const config = await loadConfig({ workspaceRoot: root, explicit: values.config });
    const failOn = failOnFlag ?? config?.failOn ?? 'error';
    // --profiles may name profiles (resolved with --account); else the config file's ids.
    const profilesText = values.profiles ?? (config?.profiles ?? []).join(',');
    const requireQuickLaunch = values['require-quick-launch'] ?? config?.requireQuickLaunch ?? false;
    // --exclude adds to the config file's exclude (as ESLint's --ignore-pattern adds to its ignores).
    const exclude = [...(config?.exclude ?? []), ...values.exclude.flatMap(splitList)];
    if (requireQuickLaunch && profilesText.trim() === '') {
      throw new UsageError('--require-quick-launch needs --profiles (the profiles that must see each app)');
    }
    // PATH arguments win over the config file's files.
    const paths = positionals.length > 0 ? positionals : (config?.files ?? []);
    // Text and workflow commands show no fix: their edits are not worked out (the JSON report, SARIF, rdjson and --fix need them).
    const fixes = fix || dryRun || format === 'json' || format === 'sarif' || format === 'rdjson';
    const outputFile = values['output-file'];
    // Colour: text on a terminal only (not into a file), as NO_COLOR and FORCE_COLOR say.
    const colour = format === 'text' && outputFile === undefined && useColour(io.env ?? {}, io.stdoutIsTTY ?? false);
    /**
     * The report, in pieces of whole lines: to --output-file, or standard output (logSafe: a workflow
     * step's log; `raw`: text that is inert already). Colour only on a terminal.
     */
    const send = async (chunks: Chunks, raw = false, coloured = false): Promise<void> => {
      if (outputFile !== undefined) return writeOutput(outputFile, chunks, root);
      await writeLines(chunks, (piece) => {
        const text = raw ? piece : logSafe(piece);
        return io.stdout(coloured ? colourText(text) : text);
      });
    };
    let diffSent = false;
    // The account (--account / LP_ACCOUNT): read once, before any manifest (the client loads only with credentials).
    const accountIo = { env: io.env ?? process.env, fetch: io.fetch, err };
    const accountArgs = { account: values.account, compareInstalled: values['compare-installed'], profilesText };
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
    const account: CliAccount = exported === undefined ? await accountForCli(accountArgs, accountIo) : { profiles: parseProfiles(profilesText, '--profiles') };
    const profiles = account.profiles;
    const validation: ValidationOptions = {
      workspaceRoot: exportRoot,
      profiles,
      requireQuickLaunch,
      ...effectiveSeverities(config, severities),
      fixes,
      ...(account.view ? { account: account.view } : {}),
    };
    // git failed in a git work tree: say so once (files .gitignore excludes were searched too).
    let warned = false;
    /** Discovery's notices, each said once (a run may discover several directories). */
    const noted = new Set<string>();
    // An exclude pattern that matches no file of any search: a warning (a typo must not pass silently).
    let searches = 0;
    const unmatched = new Map<string, number>();
    const noteGit = ({ gitProblem, notices, unmatchedExcludes }: Pick<Discovery, 'gitProblem' | 'notices' | 'unmatchedExcludes'>) => {
      for (const notice of notices ?? []) {
        if (noted.has(notice)) continue;
        noted.add(notice);
        err(`${TOOL_NAME}: note: ${notice}\n`);
      }
      searches++;
      for (const p of unmatchedExcludes ?? []) unmatched.set(p, (unmatched.get(p) ?? 0) + 1);
      if (gitProblem === undefined || warned) return;
      warned = true;
      err(`${TOOL_NAME}: warning: ${gitProblemWarning(gitProblem)}\n`);
    };
    let files: FileResult[];
    /** --stdin's text, for rdjson. */
    let stdinSource: { path: string; source: SourceText } | undefined;
    if (exported !== undefined)
      files = await validateManifests(
        exported.map((path) => ({ path })),
        validation,
      );
    else if (stdin) {
      const checked = await checkStdin(io, root, values['stdin-filename'], validation);
      files = checked.files;
      stdinSource = checked.source;
    } else if (paths.length === 0) {
      // Without PATH, each manifest is checked as soon as discovery has read it.
      const workspace = await validateWorkspace({ workspaceRoot: root, exclude }, validation);
      noteGit(workspace);
      files = workspace.files;
    } else files = await validatePaths(paths, root, exclude, validation, noteGit, values['only-manifests']);
    for (const [pattern, times] of unmatched) if (times === searches) err(`${TOOL_NAME}: warning: ${unmatchedExcludeWarning(pattern)}\n`);
    /** The new text of each file fixed (or, with --fix-dry-run, that would be). */
    const fixedTexts = new Map<string, string>();
    if (fix || dryRun) {
      const fixed = await fixFiles(files, {
        workspaceRoot: exportRoot,
        check: checkWith(validation),
        write: fix,
        skipped: (path, reason) => err(`${TOOL_NAME}: warning: ${displayPath(path)} was not fixed: ${reason}\n`),
      });
      for (const f of fixed) {
        fixedTexts.set(f.path, f.after);
        if (fix) err(`${TOOL_NAME}: fixed ${displayPath(f.path)} (${f.applied} ${f.applied === 1 ? 'fix' : 'fixes'})\n`);
      }
      // jsdiff is loaded only here: most runs print no diff, and every run would parse it.
      if (dryRun) {
        await send([(await import('../reporters/fix-diff.js')).formatFixDiff(fixed)], true);
        diffSent = true;
      }
      // What remains: the same files checked again, the fixed ones in their new text.
      if (fixed.length > 0)
        files = await validateManifests(
          // A name that is not UTF-8 is read by its bytes again (its path is the quoted display form).
          files.map((f) => ({ path: f.path, ...(f.pathBytes === undefined ? {} : { fsPath: Buffer.from(f.pathBytes, 'base64') }), text: fixedTexts.get(f.path) })),
          validation,
        );
    }
    const full = buildReport(files);
    const accountFailure = account.failure;
    if (account.account !== undefined) full.account = accountReport(account.account, account.view, accountFailure, profiles);
    // The verdict counts every finding; --quiet only leaves the warnings out of the output.
    let code = isFailing(full.files, failOn) ? 1 : 0;
    if (maxWarnings !== undefined && full.summary.warnings > maxWarnings) {
      err(`${TOOL_NAME}: ${plural(full.summary.warnings, 'warning')}, more than --max-warnings ${count(maxWarnings)}\n`);
      code = 1;
    }
    const report = values.quiet ? errorsOnly(full) : full;
    if (dryRun) {
      if (!diffSent) await send([]);
      return code;
    }
    // Reports are written as streams, in pieces of whole lines: any size is written, one piece held at a time.
    if (format === 'json') await send(jsonReportChunks(report));
    else if (format === 'rdjson') {
      const source = (path: string) => (stdinSource !== undefined && path === stdinSource.path ? stdinSource.source : sourceText(path, exportRoot, fixedTexts));
      // The writers of the other formats are chunks of the bundle, loaded when their format is asked for.
      await send((await import('../reporters/rdjson-report.js')).rdjsonChunks(report, { source }));
    } else if (format === 'sarif') await send((await import('../reporters/sarif-report.js')).sarifChunks(report));
    else if (format === 'junit') await send([(await import('../reporters/junit-report.js')).formatJunit(report, { failOn })]);
    else if (format === 'codeclimate') await send([(await import('../reporters/codeclimate-report.js')).formatCodeClimate(report)]);
    else if (format === 'github') await send([annotationCommands(report).join('\n') + '\n'], true);
    else {
      if (report.files.length === 0) io.stderr('no LivePerson manifests found\n');
      await send(textReportChunks(report, { profiles }), false, colour);
    }
    // Every finding is out: a check that was asked for and could not run fails the command (2).
    if (accountFailure !== undefined) {
      err(`${TOOL_NAME}: error: ${accountFailure}\n`);
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
