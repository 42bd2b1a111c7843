// create-check: the check run of a run, and what the log says of each way it can fail. The verdict
// is never the API's: a fault is a notice or a warning, and the findings the check run does not
// carry fall back to workflow-command annotations.
import * as core from '@actions/core';
import type { Report } from '../engine/findings.js';
import { logSafe } from '../reporters/log-safe.js';
import { formatMarkdownSummary, reportTitle, type SourceLinks } from '../reporters/markdown-summary.js';
import { count, plural } from '../reporters/text-report.js';
import { VERSION_README_URL } from '../tool-info.js';
import { CHECK_SUMMARY_MAX_CHARS, CheckRunError, checkAnnotations, newExternalId, publishCheckRun, type CheckRunResult, type Duplicates } from './check-run.js';
import { describeError } from './describe-error.js';
import { ApiError, type Octokit } from './github-api.js';
import type { RunContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';

/** Where the checked files are on GitHub (the summaries link each finding's line there), when the run says. */
export function sourceLinksOf(context: RunContext, serverUrl: string | undefined): SourceLinks | undefined {
  if (!context.owner || !context.repo || !context.headSha) return undefined;
  return { serverUrl: serverUrl || 'https://github.com', repository: `${context.owner}/${context.repo}`, sha: context.headSha };
}

export interface CheckOutcome {
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
export async function createCheckRun(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  failing: boolean,
  failure: string | undefined,
  elsewhere: string,
  api: () => Promise<Octokit>,
  /** The note on a changed config file (Markdown), for the summary. */
  configChange?: string,
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
        readmeUrl: VERSION_README_URL,
        links: sourceLinksOf(context, process.env.GITHUB_SERVER_URL),
        moreAt: inputs.jobSummary ? 'the job summary and the JSON report of the workflow run' : 'the workflow log and the JSON report',
        failure,
        failing,
        configChange,
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
    const what = fault?.kind === 'rate-limit' ? 'rate limited by the GitHub API' : describeError(cause);
    const details = error instanceof CheckRunError ? error.details : undefined;
    duplicates = details?.duplicates;
    if (details?.created) {
      const rest = instead('the findings it does not carry');
      const carries = `${count(details.delivered)} of ${plural(details.planned, 'annotation')}`;
      if (details.completed) {
        core.warning(`create-check: the check run "${inputs.checkName}" carries only ${carries}: the GitHub API failed (${what}); it was completed with a note saying so; ${rest}.`);
      } else {
        const reason = details.completeError === cause ? what : `${describeError(details.completeError)}, after the GitHub API failed: ${what}`;
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
