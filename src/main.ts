// The GitHub Action: `run()` wires inputs -> discovery (only-changed) -> engine -> reporters (log, JSON
// report, SARIF, check run, workflow-command annotations, job summary) -> outputs, through
// @actions/core (the runner's protocol). The verdict depends on the findings and fail-on alone: no
// API fault changes it or loses a finding. src/index.ts calls run() (the layout of GitHub's
// typescript-action template, which `local-action run . src/main.ts` expects).
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { discoverManifests, gitProblemWarning, UsageError } from './discovery.js';
import { validateManifests, type ManifestInput } from './engine.js';
import type { FileResult, Report } from './findings.js';
import { isFailing } from './options.js';
import { buildReport } from './report.js';
import { formatJson } from './reporters/json-report.js';
import { logSafe } from './reporters/log-safe.js';
import { formatMarkdownSummary, reportTitle } from './reporters/markdown-summary.js';
import { formatSarif } from './reporters/sarif-report.js';
import { formatText, plural } from './reporters/text-report.js';
import { readInWorkspace } from './fixes/fix-files.js';
import { realPathBytes } from './read-manifest-file.js';
import { annotations, tooManyAnnotationsNotice } from './reporters/workflow-commands.js';
import { README_URL } from './tool-info.js';
import { validateWorkspace } from './validate-workspace.js';
import { listChangedFiles, PULL_FILES_LIMIT, PULL_FILES_MAX_PAGES, type ChangedFiles } from './action/changed-files.js';
import { rightSideLines } from './action/diff-hunks.js';
import { COMMENTS_PER_PAGE, listPostedMarkers, MAX_COMMENT_PAGES, postReview, type PostedMarkers } from './action/pull-review.js';
import { fileCandidates, reviewBody, selectComments, type Candidate, type CheckedText } from './action/review-suggestions.js';
import { CHECK_SUMMARY_MAX_CHARS, CheckRunError, checkAnnotations, count, MAX_CHECK_ANNOTATIONS, newExternalId, publishCheckRun, type CheckRunResult, type Duplicates } from './action/check-run.js';
import { ApiError, createOctokit, describeFault, retryPolicyFromEnv, type Octokit } from './action/github-api.js';
import { readRunContext, type RunContext } from './action/github-context.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
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

/** An error for a log message (it may name a path or quote an API reply). */
function describe(error: unknown): string {
  return logSafe(error instanceof Error ? error.message : String(error));
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
    else core.setFailed(`lp-manifest failed: ${describe(error)}`);
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

/** The pull request's files, listed once for only-changed and the suggestions (on first use). */
type PullFiles = () => Promise<ChangedFiles>;

function pullFilesOf(context: RunContext, api: () => Promise<Octokit>): PullFiles {
  let pending: Promise<ChangedFiles> | undefined;
  return () => (pending ??= api().then((octokit) => listChangedFiles(octokit, { owner: context.owner!, repo: context.repo!, pullNumber: context.pullRequest!.number })));
}

/** only-changed: keeps the manifests the pull request adds or modifies; any doubt keeps them all. */
async function onlyChanged(manifests: ManifestInput[], context: RunContext, pullFiles: PullFiles): Promise<ManifestInput[]> {
  const pr = context.pullRequest;
  if (!pr || !context.owner || !context.repo) {
    core.info(`only-changed: not a pull request event (${context.eventName || 'unknown event'}); checking every manifest.`);
    return manifests;
  }
  if ((pr.changedFiles ?? 0) > PULL_FILES_LIMIT) {
    core.notice(`only-changed: pull request #${pr.number} changes ${pr.changedFiles} files, more than the ${PULL_FILES_LIMIT} the GitHub API lists; checking every manifest.`);
    return manifests;
  }
  let changed: ChangedFiles;
  try {
    changed = await pullFiles();
  } catch (error) {
    core.warning(`only-changed: could not list the files of pull request #${pr.number} (${describe(error)}); checking every manifest instead.`);
    return manifests;
  }
  if (!changed.complete) {
    const why =
      changed.listed >= PULL_FILES_LIMIT
        ? `lists ${count(changed.listed)} files of pull request #${pr.number}, as many as it ever lists, so some may be missing`
        : `still offered more files of pull request #${pr.number} after ${changed.pages} pages (${count(changed.listed)} files), and it lists at most ${count(PULL_FILES_LIMIT)} files in ${PULL_FILES_MAX_PAGES} pages`;
    core.notice(`only-changed: the GitHub API ${why}; checking every manifest.`);
    return manifests;
  }
  const files = changed.files;
  // A name that is not UTF-8 cannot be matched with the API's (UTF-8) file names: kept, in doubt.
  const kept = manifests.filter((m) => m.fsPath !== undefined || files.has(m.path));
  core.info(`only-changed: ${plural(kept.length, 'manifest')} of ${manifests.length} added or modified in pull request #${pr.number}.`);
  return kept;
}

interface CheckOutcome {
  /** The check run was published in full (the first MAX_CHECK_ANNOTATIONS findings at most). */
  complete?: CheckRunResult;
  /** How many findings, from the first in report order, a check-run annotation carries. */
  carried: number;
}

/**
 * The check run, on the PR head commit. Any failure is said in the log (a notice or a warning: the
 * verdict is not the API's) and the findings the check run does not carry fall back to
 * workflow-command annotations (annotations: auto).
 */
async function createCheckRun(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  failing: boolean,
  failure: string | undefined,
  elsewhere: string,
  api: () => Promise<Octokit>,
): Promise<CheckOutcome> {
  const instead = (which: string) =>
    `${which} ${inputs.annotations === 'false' ? `are in ${elsewhere} (annotations: false)` : 'are reported as workflow-command annotations instead'}; the result of this step is unchanged`;
  const fallback = instead('the findings');
  if (!inputs.token) {
    core.warning(`create-check: github-token is empty, so no check run "${inputs.checkName}" was created; ${fallback}.`);
    return { carried: 0 };
  }
  if (!context.owner || !context.repo || !context.headSha) {
    core.warning(`create-check: GITHUB_REPOSITORY or GITHUB_SHA is not set (not on a GitHub runner?), so no check run was created; ${fallback}.`);
    return { carried: 0 };
  }
  const annotations = checkAnnotations(report);
  /** Check runs a retried create may have made besides the one it answered with: completed, or a warning (after the outcome). */
  let duplicates: Duplicates | undefined;
  try {
    const result = await publishCheckRun(await api(), {
      owner: context.owner,
      repo: context.repo,
      name: inputs.checkName,
      headSha: context.headSha,
      conclusion: failing ? 'failure' : 'success',
      title: reportTitle(report),
      summary: formatMarkdownSummary(report, {
        maxChars: CHECK_SUMMARY_MAX_CHARS,
        profiles: inputs.profiles,
        readmeUrl: README_URL,
        moreAt: inputs.jobSummary ? 'the job summary and the JSON report of the workflow run' : 'the workflow log and the JSON report',
        failure,
      }),
      annotations,
      elsewhere,
      detailsUrl: context.runUrl,
      externalId: newExternalId(),
    });
    duplicates = result.duplicates;
    const of = result.delivered < annotations.length ? ` (the first ${count(result.delivered)} of ${count(annotations.length)} findings)` : '';
    core.info(
      `Check run "${inputs.checkName}" created on ${context.headSha} with ${count(result.delivered)} annotation${result.delivered === 1 ? '' : 's'}${of}${result.htmlUrl ? `: ${result.htmlUrl}` : ''}.`,
    );
    return { complete: result, carried: result.delivered };
  } catch (error) {
    const cause = error instanceof CheckRunError ? error.cause : error;
    const fault = cause instanceof ApiError ? cause.fault : undefined;
    const what = fault?.kind === 'rate-limit' ? 'rate limited by the GitHub API' : describe(cause);
    const details = error instanceof CheckRunError ? error.details : undefined;
    duplicates = details?.duplicates;
    if (details?.created) {
      const rest = instead('the findings it does not carry');
      const carries = `${count(details.delivered)} of ${plural(details.planned, 'annotation')}`;
      if (details.completed) {
        core.warning(`create-check: the check run "${inputs.checkName}" carries only ${carries}: the GitHub API failed (${what}); it was completed with a note saying so; ${rest}.`);
      } else {
        const reason = details.completeError === cause ? what : `${describe(details.completeError)}, after the GitHub API failed: ${what}`;
        core.warning(`create-check: the check run "${inputs.checkName}" was created but could not be completed (${reason}), so it may stay "in progress". It carries ${carries}; ${rest}.`);
      }
      return { carried: details.delivered };
    }
    if (fault?.kind === 'permission') {
      const why = context.pullRequest?.fromFork
        ? 'GitHub gives workflows on pull requests from forks a read-only token, which may not create check runs'
        : 'the token may not create check runs: give the job `permissions: checks: write` (and `contents: read`)';
      const message = `create-check: no check run "${inputs.checkName}" (HTTP 403: ${fault.message}): ${why}. ${fallback[0]!.toUpperCase()}${fallback.slice(1)}.`;
      if (context.pullRequest?.fromFork) core.notice(message);
      else core.warning(message);
    } else {
      core.warning(`create-check: the check run "${inputs.checkName}" failed (${what}); ${fallback}.`);
    }
    return { carried: 0 };
  } finally {
    for (const id of duplicates?.completed ?? [])
      core.info(`Check run ${id} on ${context.headSha} was a duplicate, made when a request to create "${inputs.checkName}" was tried again; it was completed with the same conclusion.`);
    if (duplicates?.problem) core.warning(logSafe(`create-check: a check run "${inputs.checkName}" may have been left in progress on ${context.headSha}: ${duplicates.problem}.`));
  }
}

/**
 * suggestions: the fixes and suggestions on lines of the pull request's diff, as one review (event
 * COMMENT) of ```suggestion comments. Every finding is already reported: a fault here is a notice
 * or a warning, never the verdict.
 */
async function postSuggestions(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  workspace: string,
  pullFiles: PullFiles,
  api: () => Promise<Octokit>,
  where: { checkName?: string; elsewhere: string },
): Promise<void> {
  const pr = context.pullRequest;
  /** Where every finding is, for the log. */
  const everywhere = where.checkName !== undefined ? `the check run "${where.checkName}", ${where.elsewhere}` : where.elsewhere;
  const fixable = report.files.filter((f) => f.findings.some((x) => x.fix !== undefined || x.suggestion !== undefined));
  if (!pr || !context.owner || !context.repo) {
    if (inputs.suggestions === 'true') core.info(`suggestions: not a pull request event (${context.eventName || 'unknown event'}); no review.`);
    return;
  }
  if (fixable.length === 0) return;
  const ref = { owner: context.owner, repo: context.repo, pullNumber: pr.number };
  if (!inputs.token) {
    const message = 'suggestions: github-token is empty, so the fixes were not posted as suggestions in the pull request.';
    if (inputs.suggestions === 'true') core.warning(message);
    else core.info(message);
    return;
  }
  let changed: ChangedFiles;
  try {
    changed = await pullFiles();
  } catch (error) {
    core.warning(`suggestions: could not list the files of pull request #${pr.number} (${describe(error)}), so no suggestions were posted; every finding is in ${everywhere}.`);
    return;
  }

  // Each file as checked, read again (only inside the workspace, never through a symbolic link),
  // against the lines of its diff. A path shown with escapes (a name that is not UTF-8) or listed
  // twice cannot be told apart from the API's file names: no suggestion there.
  const root = await realPathBytes(workspace);
  const seen = new Map<string, number>();
  for (const f of report.files) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
  const candidates: Candidate[] = [];
  let outside = 0;
  let tooLong = 0;
  for (const file of fixable) {
    const patch = changed.files.get(file.path)?.patch;
    let source: CheckedText | undefined;
    if (patch !== undefined && seen.get(file.path) === 1 && !/\\x[0-9a-f]{2}/i.test(file.path)) {
      const read = await readInWorkspace(join(workspace, file.path), root);
      if (read.ok) source = { text: read.text, bom: read.bom };
    }
    const found = fileCandidates(file, source, source === undefined ? undefined : rightSideLines(patch!), README_URL);
    candidates.push(...found.candidates);
    outside += found.outside;
    tooLong += found.tooLong;
  }
  if (candidates.length === 0) {
    core.info(`suggestions: none of the ${outside + tooLong} fixes and suggestions is on lines of the diff of pull request #${pr.number}; no review.`);
    return;
  }

  let posted: PostedMarkers;
  try {
    posted = await listPostedMarkers(await api(), ref);
  } catch (error) {
    core.warning(
      `suggestions: could not list the review comments of pull request #${pr.number} (${describe(error)}), so no suggestions were posted (one already posted must not be posted again); every finding is in ${everywhere}.`,
    );
    return;
  }
  if (!posted.complete) {
    core.notice(
      `suggestions: pull request #${pr.number} has more review comments than the ${count(MAX_COMMENT_PAGES * COMMENTS_PER_PAGE)} listed, so no suggestions were posted (one already posted must not be posted again).`,
    );
    return;
  }
  const review = selectComments(candidates, posted.markers, { outside, tooLong });
  const changes = (n: number) => plural(n, 'suggested change');
  if (review.comments.length === 0) {
    core.info(
      `suggestions: the ${changes(review.counts.alreadyPosted)} on the diff of pull request #${pr.number} ${review.counts.alreadyPosted === 1 ? 'was' : 'were'} posted by an earlier run; no review.`,
    );
    return;
  }
  try {
    const result = await postReview(await api(), ref, { commitId: pr.headSha, body: reviewBody(review.counts, where), comments: review.comments });
    core.info(`suggestions: posted a review of pull request #${pr.number} with ${changes(review.comments.length)}${result.htmlUrl ? `: ${result.htmlUrl}` : ''}.`);
  } catch (error) {
    const fault = error instanceof ApiError ? error.fault : undefined;
    const what = `no review with ${changes(review.comments.length)} on pull request #${pr.number}`;
    if (fault?.kind === 'permission') {
      const why = pr.fromFork
        ? 'GitHub gives workflows on pull requests from forks a read-only token, which may not review the pull request'
        : 'the token may not review pull requests: give the job `permissions: pull-requests: write`';
      const message = `suggestions: ${what} (HTTP 403: ${fault.message}): ${why}. The findings and their fixes are in ${everywhere}; \`lp-manifest --fix\` applies the fixes locally. The result of this step is unchanged.`;
      if (inputs.suggestions === 'true') core.warning(message);
      else core.notice(message);
    } else {
      core.warning(
        `suggestions: ${what} (${fault?.kind === 'rate-limit' ? 'rate limited by the GitHub API' : describe(error)}); every finding is in ${everywhere}, and the result of this step is unchanged.`,
      );
    }
  }
}

async function check(inputs: ActionInputs, dependencies: RunDependencies): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const context = readRunContext();
  const api = apiClient(inputs, dependencies);
  const pullFiles = pullFilesOf(context, api);
  const validation = { workspaceRoot: workspace, profiles: inputs.profiles, requireQuickLaunch: inputs.requireQuickLaunch, severities: inputs.severities };
  let files: FileResult[];
  let unmatched = false;
  /** Manifests found, and those checked (fewer with only-changed). */
  let found: number;
  if (inputs.files.length === 0 && !inputs.onlyChanged) {
    // Auto-discovery of every manifest: each is checked as soon as discovery has read it.
    const checked = await validateWorkspace({ workspaceRoot: workspace, exclude: inputs.exclude }, validation);
    if (checked.gitProblem !== undefined) core.warning(logSafe(gitProblemWarning(checked.gitProblem)));
    files = checked.files;
    found = files.length;
  } else {
    const discovery = await discoverManifests({ workspaceRoot: workspace, files: inputs.files, exclude: inputs.exclude });
    if (discovery.gitProblem !== undefined) core.warning(logSafe(gitProblemWarning(discovery.gitProblem)));
    unmatched = discovery.explicit && discovery.manifests.length === 0;
    const manifests = inputs.onlyChanged && !unmatched ? await onlyChanged(discovery.manifests, context, pullFiles) : discovery.manifests;
    files = await validateManifests(manifests, validation);
    found = discovery.manifests.length;
  }
  const report = buildReport(files);
  const failing = isFailing(files, inputs.failOn) || unmatched;
  /** The step's failure that is not a finding: said in the check run and the job summary too. */
  const failure = unmatched ? `files: no file matches ${inputs.files.map((g) => JSON.stringify(g)).join(', ')}; a typo in a glob must not pass silently` : undefined;

  // Every finding reaches the log and the report files first, whatever happens to the API calls.
  // core.info prints raw lines: logSafe keeps manifest text from reading as a workflow command.
  core.info(logSafe(formatText(report, { profiles: inputs.profiles }).trimEnd()));
  // A file that cannot be written fails the step, but only at the end: the findings go out first.
  // Only inside the workspace or RUNNER_TEMP, never through a symbolic link (a pull request can commit one).
  const roots: OutputRoots = { workspace, runnerTemp: process.env.RUNNER_TEMP || undefined };
  const unwritten: string[] = [];
  const write = async (input: string, path: string, text: () => string): Promise<boolean> => {
    try {
      await writeOutputFile(path, text(), roots);
      return true;
    } catch (error) {
      unwritten.push(`${input}: cannot write ${outputPath(path, roots)} (${describe(error)})`);
      return false;
    }
  };
  const reportPath = outputPath(inputs.reportFile || join(process.env.RUNNER_TEMP || workspace, 'lp-manifest-report.json'), roots);
  const reportWritten = await write('report-file', reportPath, () => formatJson(report));
  const sarifWritten = inputs.sarifFile ? await write('sarif-file', inputs.sarifFile, () => formatSarif(report, { readmeUrl: README_URL })) : false;
  /** Where every finding is, for the check run's notes. */
  const elsewhere = listing(['the workflow log', ...(inputs.jobSummary ? ['the job summary'] : []), ...(reportWritten ? ['the JSON report'] : []), ...(sarifWritten ? ['the SARIF file'] : [])]);

  const checkRun = inputs.createCheck ? await createCheckRun(inputs, context, report, failing, failure, elsewhere, api) : undefined;

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

  if (inputs.suggestions !== 'false') {
    const where = {
      checkName: checkRun?.complete ? inputs.checkName : undefined,
      elsewhere: listing(['the workflow log', ...(inputs.jobSummary ? ['the job summary'] : []), ...(reportWritten ? ['the JSON report'] : [])]),
    };
    try {
      await postSuggestions(inputs, context, report, workspace, pullFiles, api, where);
    } catch (error) {
      // Not expected (each API call has its own message): still never the verdict.
      core.warning(`suggestions: failed (${describe(error)}); the result of this step is unchanged.`);
    }
  }

  if (inputs.jobSummary) {
    const markdown = formatMarkdownSummary(report, {
      maxChars: JOB_SUMMARY_MAX_CHARS,
      maxBytes: JOB_SUMMARY_MAX_BYTES,
      profiles: inputs.profiles,
      readmeUrl: README_URL,
      moreAt: checkRun?.complete ? `the check run "${inputs.checkName}", the log and the JSON report` : 'the log and the JSON report',
      failure,
    });
    try {
      await core.summary.addRaw(markdown).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${describe(error)}`);
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
  } else if (files.length === 0) {
    core.notice(inputs.onlyChanged && found > 0 ? 'No LivePerson manifest is added or modified in this pull request.' : 'No LivePerson manifests found.');
  } else if (failing) {
    core.setFailed(`LivePerson manifests: ${reportTitle(report)}`);
  }
}
