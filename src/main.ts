// The GitHub Action: `run()` wires inputs -> discovery (only-changed) -> engine -> reporters (log, JSON
// report, SARIF, check run, workflow-command annotations, suggestions, job summary) -> outputs,
// through @actions/core (the runner's protocol). Each step that talks to GitHub is its own module in
// src/action/ (only-changed, create-check-run, post-suggestions); this file only wires them. The
// verdict depends on the findings and fail-on alone: no API fault changes it or loses a finding.
// src/index.ts calls run() (the layout of GitHub's typescript-action template, which
// `local-action run . src/main.ts` expects).
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { discoverManifests, gitProblemWarning, UsageError } from './discovery/discovery.js';
import { validateManifests } from './engine/engine.js';
import type { FileResult, Report } from './engine/findings.js';
import { isFailing } from './engine/options.js';
import { buildReport } from './engine/report.js';
import { jsonReportChunks } from './reporters/json-report.js';
import { logSafe } from './reporters/log-safe.js';
import { formatMarkdownSummary, reportTitle } from './reporters/markdown-summary.js';
import { count, textReportChunks } from './reporters/text-report.js';
import { writeLines, type Chunks } from './reporters/text-stream.js';
import { annotations, tooManyAnnotationsNotice } from './reporters/workflow-commands.js';
import { README_URL, VERSION_README_URL } from './tool-info.js';
import { validateWorkspace } from './engine/validate-workspace.js';
import { unmatchedExcludeWarning } from './discovery/exclude.js';
import { MAX_CHECK_ANNOTATIONS } from './action/check-run.js';
import { createCheckRun, sourceLinksOf } from './action/create-check-run.js';
import { describeError } from './action/describe-error.js';
import { createOctokit, describeFault, retryPolicyFromEnv, type Octokit } from './action/github-api.js';
import { readRunContext } from './action/github-context.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { accountForAction } from './action/account.js';
import { accountReport } from './reporters/account-report.js';
import { onlyChanged, pullFilesOf } from './action/only-changed.js';
import { postSuggestions } from './action/post-suggestions.js';
import { configChangeNote, withConfig } from './action/config-input.js';
import { outputPath, writeOutputFile, type OutputRoots } from './action/write-output-file.js';

/** GitHub refuses a job summary over 1 MiB; stay well below it. */
export const JOB_SUMMARY_MAX_CHARS = 1_000_000;
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;

/**
 * Per manifest, the profile ids that will see it in QuickLaunch: those of the `profiles` input that
 * will, or without that input, its enabled_for_profiles when it is QuickLaunch-ready.
 */
function quickLaunchOutput(report: Report): string {
  const seenBy = (q: FileResult['quickLaunch']) => q?.visibleTo ?? (q?.ready ? q.profiles : []);
  // Object.fromEntries defines own properties, so a file named "__proto__" is an ordinary key.
  return JSON.stringify(Object.fromEntries(report.files.map((f) => [f.path, seenBy(f.quickLaunch)])));
}

/** "a", "a and b", "a, b and c". */
function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the unit tests put in place of the real thing; the action itself calls run() with none. */
export interface RunDependencies {
  /** The GitHub API client's fetch (default: @actions/github's own). */
  fetch?: typeof globalThis.fetch;
}

/** The action: every outcome is reported through @actions/core; nothing is thrown. */
export async function run(dependencies: RunDependencies = {}): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (error) {
    core.setFailed(error instanceof UsageError ? error.message : `cannot read the inputs: ${String(error)}`);
    return;
  }
  try {
    await check(inputs, dependencies);
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(error.message);
    else core.setFailed(`lp-manifest failed: ${describeError(error)}`);
  }
}

/** One client for the run, created on first use (the import of @actions/github is lazy). */
function apiClient(inputs: ActionInputs, dependencies: RunDependencies): () => Promise<Octokit> {
  let client: Promise<Octokit> | undefined;
  return () =>
    (client ??= createOctokit({
      token: inputs.token,
      fetch: dependencies.fetch,
      retry: retryPolicyFromEnv(),
      onRetry: (fault, attempt, waitMs) =>
        core.info(`GitHub API: ${fault.kind === 'rate-limit' ? 'rate limited' : describeFault(fault)} (try ${attempt}); retrying in ${Math.round(waitMs / 100) / 10}s`),
    }));
}

async function check(given: ActionInputs, dependencies: RunDependencies): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  // The config file's settings under the inputs given; a broken config file fails the step (UsageError).
  const { inputs, config } = await withConfig(given, workspace);
  const context = readRunContext();
  const api = apiClient(inputs, dependencies);
  const pullFiles = pullFilesOf(context, api);
  // The LivePerson account (liveperson-account): read once, before any manifest, whatever their number.
  const account = await accountForAction(inputs);
  inputs.profiles = account.profiles;
  const validation = {
    workspaceRoot: workspace,
    profiles: inputs.profiles,
    requireQuickLaunch: inputs.requireQuickLaunch,
    severities: inputs.severities,
    severitiesFor: inputs.severitiesFor,
    account: account.view,
  };
  let files: FileResult[];
  let unmatched = false;
  /** Manifests found, and those checked (fewer with only-changed). */
  let found: number;
  if (inputs.files.length === 0 && !inputs.onlyChanged) {
    // Auto-discovery of every manifest: each is checked as soon as discovery has read it.
    const checked = await validateWorkspace({ workspaceRoot: workspace, exclude: inputs.exclude }, validation);
    if (checked.gitProblem !== undefined) core.warning(logSafe(gitProblemWarning(checked.gitProblem)));
    for (const notice of checked.notices ?? []) core.notice(logSafe(notice));
    for (const p of checked.unmatchedExcludes ?? []) core.warning(logSafe(unmatchedExcludeWarning(p)));
    files = checked.files;
    found = files.length;
  } else {
    const discovery = await discoverManifests({ workspaceRoot: workspace, files: inputs.files, exclude: inputs.exclude });
    if (discovery.gitProblem !== undefined) core.warning(logSafe(gitProblemWarning(discovery.gitProblem)));
    for (const notice of discovery.notices ?? []) core.notice(logSafe(notice));
    for (const p of discovery.unmatchedExcludes ?? []) core.warning(logSafe(unmatchedExcludeWarning(p)));
    unmatched = discovery.explicit && discovery.manifests.length === 0;
    const manifests = inputs.onlyChanged && !unmatched ? await onlyChanged(discovery.manifests, context, pullFiles, workspace) : discovery.manifests;
    files = await validateManifests(manifests, validation);
    found = discovery.manifests.length;
  }
  const report = buildReport(files);
  if (account.account !== undefined) report.account = accountReport(account.account, account.view, account.failure, inputs.profiles, inputs.onlyChanged);
  const failing = isFailing(files, inputs.failOn) || unmatched || account.failure !== undefined;
  /** The step's failure that is not a finding: said in the check run and the job summary too. */
  const failure = unmatched ? `files: no file matches ${inputs.files.map((g) => JSON.stringify(g)).join(', ')}; a typo in a glob must not pass silently` : account.failure;

  // Every finding reaches the log and the report files first, whatever happens to the API calls.
  // core.info prints raw lines: logSafe keeps manifest text from reading as a workflow command.
  // In pieces of whole lines (each ends with a line break, which core.info adds back).
  await writeLines(textReportChunks(report, { profiles: inputs.profiles }), (piece) => core.info(logSafe(piece.slice(0, piece.endsWith('\n') ? -1 : undefined))));
  // A file that cannot be written fails the step, but only at the end: the findings go out first.
  // Only inside the workspace or RUNNER_TEMP, never through a symbolic link (a pull request can commit one).
  const roots: OutputRoots = { workspace, runnerTemp: process.env.RUNNER_TEMP || undefined };
  const unwritten: string[] = [];
  // Reports are written as streams: any size is written, one piece held at a time.
  const write = async (input: string, path: string, text: () => Chunks): Promise<boolean> => {
    try {
      await writeOutputFile(path, text(), roots);
      return true;
    } catch (error) {
      unwritten.push(`${input}: cannot write ${outputPath(path, roots)} (${describeError(error)})`);
      return false;
    }
  };
  const reportPath = outputPath(inputs.reportFile || join(process.env.RUNNER_TEMP || workspace, 'lp-manifest-report.json'), roots);
  const reportWritten = await write('report-file', reportPath, () => jsonReportChunks(report));
  // The SARIF writer is its own chunk of the bundle, loaded only when a SARIF file is asked for.
  const sarifChunks = inputs.sarifFile ? (await import('./reporters/sarif-report.js')).sarifChunks : undefined;
  const sarifWritten = inputs.sarifFile && sarifChunks ? await write('sarif-file', inputs.sarifFile, () => sarifChunks(report, { readmeUrl: README_URL })) : false;
  /** Where every finding is, for the check run's notes. */
  const elsewhere = listing(['the workflow log', ...(inputs.jobSummary ? ['the job summary'] : []), ...(reportWritten ? ['the JSON report'] : []), ...(sarifWritten ? ['the SARIF file'] : [])]);

  const configChange = await configChangeNote(config, given, context, pullFiles);
  const checkRun = inputs.createCheck ? await createCheckRun(inputs, context, report, failing, failure, elsewhere, api, configChange) : undefined;

  // Workflow-command annotations. `auto`: for the findings no check-run annotation carries (none asked
  // for, or it failed part or all of the way), so no finding shows twice in the pull request's diff,
  // and like the check run for the first MAX_CHECK_ANNOTATIONS findings only (GitHub shows 10 per
  // level and step anyway; every finding is in the log and the reports). true: every finding; false: none.
  const all = annotations(report);
  const carried = checkRun?.carried ?? 0;
  const emitted = inputs.annotations === 'true' ? all : inputs.annotations === 'auto' ? all.slice(carried, Math.max(carried, MAX_CHECK_ANNOTATIONS)) : [];
  if (emitted.length > 0) {
    const elsewhereShort = inputs.jobSummary ? 'the job summary and the JSON report' : 'the log and the JSON report';
    const moreAt = checkRun?.complete ? `the check run "${inputs.checkName}"${checkRun.complete.htmlUrl ? ` (${checkRun.complete.htmlUrl})` : ''}, ${elsewhereShort}` : elsewhereShort;
    for (const a of emitted) {
      if (a.level === 'error') core.error(a.message, a.properties);
      else core.warning(a.message, a.properties);
    }
    const notice = tooManyAnnotationsNotice(report, { moreAt });
    if (notice !== undefined) core.notice(notice.message, notice.properties);
  } else if (inputs.annotations === 'auto' && checkRun?.complete && all.length > carried) {
    core.notice(
      `The check run "${inputs.checkName}" shows the first ${count(carried)} of ${count(all.length)} findings as annotations; the other ${count(all.length - carried)} ${all.length - carried === 1 ? 'is' : 'are'} not annotated. Every finding is in ${elsewhere}.`,
      { title: 'More findings than annotations' },
    );
  }

  /** A review of the pull request carries suggested changes (this run's or an earlier one's). */
  let reviewPosted = false;
  if (inputs.suggestions !== 'false') {
    const where = {
      onReview: () => void (reviewPosted = true),
      checkName: checkRun?.complete ? inputs.checkName : undefined,
      elsewhere: listing(['the workflow log', ...(inputs.jobSummary ? ['the job summary'] : []), ...(reportWritten ? ['the JSON report'] : [])]),
    };
    try {
      await postSuggestions(inputs, context, report, workspace, pullFiles, api, where);
    } catch (error) {
      // Not expected (each API call has its own message): still never the verdict.
      core.warning(`suggestions: failed (${describeError(error)}); the result of this step is unchanged.`);
    }
  }

  if (inputs.jobSummary) {
    const markdown = formatMarkdownSummary(report, {
      maxChars: JOB_SUMMARY_MAX_CHARS,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      profiles: inputs.profiles,
      readmeUrl: VERSION_README_URL,
      failing,
      reviewPosted,
      links: sourceLinksOf(context, process.env.GITHUB_SERVER_URL),
      moreAt: checkRun?.complete ? `the check run "${inputs.checkName}", the log and the JSON report` : 'the log and the JSON report',
      failure,
      configChange,
    });
    try {
      await core.summary.addRaw(markdown).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${describeError(error)}`);
    }
  }

  // A glob that matched nothing checked nothing: not a valid result to build on.
  core.setOutput('valid', report.summary.valid && !unmatched ? 'true' : 'false');
  core.setOutput('manifests', String(report.summary.manifests));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-file', reportWritten ? reportPath : '');
  core.setOutput('quick-launch', quickLaunchOutput(report));

  if (unwritten.length > 0) core.setFailed(unwritten.join('; '));
  if (failure !== undefined) {
    core.setFailed(logSafe(failure));
    // A check of the account that was asked for and could not run fails the step, and so do the findings.
    if (!unmatched && isFailing(files, inputs.failOn)) core.setFailed(`LivePerson manifests: ${reportTitle(report)}`);
  } else if (files.length === 0) {
    core.notice(inputs.onlyChanged && found > 0 ? 'No LivePerson manifest is added or modified in this pull request.' : 'No LivePerson manifests found.');
  } else if (failing) {
    core.setFailed(`LivePerson manifests: ${reportTitle(report)}`);
  }
}
