// suggestions: the fixes and suggestions on lines of the pull request's diff, posted as one review.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { Report } from '../engine/findings.js';
import { readInWorkspace } from '../fixes/fix-files.js';
import { realPathBytes } from '../discovery/read-manifest-file.js';
import { count, plural } from '../reporters/text-report.js';
import { README_URL } from '../tool-info.js';
import type { ChangedFiles } from './changed-files.js';
import { describeError } from './describe-error.js';
import { rightSideLines } from './diff-hunks.js';
import { ApiError, type Octokit } from './github-api.js';
import type { RunContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { PullFiles } from './only-changed.js';
import { COMMENTS_PER_PAGE, listPostedMarkers, MAX_COMMENT_PAGES, postReview, tokenIdentity, writtenBy, type PostedMarkers, type TokenIdentity } from './pull-review.js';
import { fileCandidates, reviewBody, selectComments, type Candidate, type CheckedText } from './review-suggestions.js';

/**
 * suggestions: the fixes and suggestions on lines of the pull request's diff, as one review (event
 * COMMENT) of ```suggestion comments. Every finding is already reported: a fault here is a notice
 * or a warning, never the verdict.
 */
export async function postSuggestions(
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  workspace: string,
  pullFiles: PullFiles,
  api: () => Promise<Octokit>,
  where: { checkName?: string; elsewhere: string; onReview?: () => void },
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
    core.warning(`suggestions: could not list the files of pull request #${pr.number} (${describeError(error)}), so no suggestions were posted; every finding is in ${everywhere}.`);
    return;
  }

  // Each file as checked, read again (only inside the workspace, never through a symbolic link),
  // against the lines of its diff. A quoted path (a name that is not UTF-8, or one starting with a
  // quote) is not the file's name, and one listed twice cannot be told apart from the API's file
  // names: no suggestion there.
  const root = await realPathBytes(workspace);
  const seen = new Map<string, number>();
  for (const f of report.files) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
  const candidates: Candidate[] = [];
  let outside = 0;
  let tooLong = 0;
  for (const file of fixable) {
    const patch = changed.files.get(file.path)?.patch;
    let source: CheckedText | undefined;
    if (patch !== undefined && seen.get(file.path) === 1 && !file.path.startsWith('"')) {
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
      `suggestions: could not list the review comments of pull request #${pr.number} (${describeError(error)}), so no suggestions were posted (one already posted must not be posted again); every finding is in ${everywhere}.`,
    );
    return;
  }
  if (!posted.complete) {
    core.notice(
      `suggestions: pull request #${pr.number} has more review comments than the ${count(MAX_COMMENT_PAGES * COMMENTS_PER_PAGE)} listed, so no suggestions were posted (one already posted must not be posted again).`,
    );
    return;
  }
  // Only the action's own comments keep a change from being posted again: a marker in a comment by
  // anyone else (the pull request's author can write one) is not counted. Who the action is, GitHub
  // says (asked only when some comment has a marker). When it does not, only comments by a GitHub
  // App's account (type "Bot", which no person's account is) count: never the author's.
  const ours = new Set<string>();
  if (posted.marked.length > 0) {
    let identity: TokenIdentity | undefined;
    try {
      identity = await tokenIdentity(await api());
    } catch (error) {
      core.notice(
        `suggestions: could not find out which account the token acts as (${describeError(error)}), so only review comments by a GitHub App's account (type Bot) count as this action's earlier suggestions.`,
      );
    }
    let others = 0;
    for (const m of posted.marked) {
      if (identity !== undefined ? writtenBy(m.author, identity) : m.author.type === 'Bot') ours.add(m.marker);
      else others++;
    }
    const whom = identity !== undefined ? `${identity.login} (the account the token acts as)` : "a GitHub App's account";
    if (others > 0)
      core.info(
        `suggestions: ${plural(others, 'review comment')} of pull request #${pr.number} with this action's marker ${others === 1 ? 'was' : 'were'} not written by ${whom}, so ${others === 1 ? 'it does' : 'they do'} not count as posted.`,
      );
  }
  const review = selectComments(candidates, ours, { outside, tooLong });
  const changes = (n: number) => plural(n, 'suggested change');
  if (review.comments.length === 0) {
    where.onReview?.(); // (an earlier run's review carries them)
    core.info(
      `suggestions: the ${changes(review.counts.alreadyPosted)} on the diff of pull request #${pr.number} ${review.counts.alreadyPosted === 1 ? 'was' : 'were'} posted by an earlier run; no review.`,
    );
    return;
  }
  try {
    const result = await postReview(await api(), ref, { commitId: pr.headSha, body: reviewBody(review.counts, where), comments: review.comments });
    where.onReview?.();
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
        `suggestions: ${what} (${fault?.kind === 'rate-limit' ? 'rate limited by the GitHub API' : describeError(error)}); every finding is in ${everywhere}, and the result of this step is unchanged.`,
      );
    }
  }
}
