// only-changed: the files a pull request adds or modifies, from the Pulls API (paginated).
import type { Octokit } from './github-api.js';

/** The Pulls API lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;

/** Every status but these keeps a file: added, modified, renamed, copied, changed. */
const DROPPED_STATUSES = new Set(['removed', 'unchanged']);

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** Workspace-relative paths of the files the PR adds or modifies (renamed: the new path). */
export async function listChangedFiles(octokit: Octokit, pr: PullRequestRef): Promise<Set<string>> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: 100 });
  const kept = new Set<string>();
  for (const f of files) if (!DROPPED_STATUSES.has(f.status)) kept.add(f.filename);
  return kept;
}
