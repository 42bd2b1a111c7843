// The files a pull request adds or modifies, with their diffs (for only-changed and the suggestions),
// from the Pulls API, 100 a page, in a bounded loop: GitHub lists at most 3,000 files (30 pages), so
// at most 30 requests are made, whatever the Link headers say. The page number is ours: a `next` URL
// from a response is never requested (it could name another host, which would receive the token).
import type { Octokit } from './github-api.js';

/** The Pulls API lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;
export const PULL_FILES_PER_PAGE = 100;
/** 30: pages past this one are never requested. */
export const PULL_FILES_MAX_PAGES = PULL_FILES_LIMIT / PULL_FILES_PER_PAGE;

/** Every status but these keeps a file: added, modified, renamed, copied, changed. */
const DROPPED_STATUSES = new Set(['removed', 'unchanged']);

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface ChangedFile {
  /** added, modified, renamed, copied or changed. */
  status: string;
  /** The unified diff of the file (its hunks); none for a binary file or a diff too large for the API. */
  patch?: string;
}

export interface ChangedFiles {
  /** Every file of the pull request was listed; false when the list reached PULL_FILES_LIMIT files (or the pages still went on): it may be missing some. */
  complete: boolean;
  /** The files the PR adds or modifies (renamed: the new path), as listed. */
  files: Map<string, ChangedFile>;
  /** Every path the PR changes in any way: those of `files`, the removed ones, and the old paths of renamed ones (what a manifest may depend on). */
  touched: Set<string>;
  /** Files listed, removed and unchanged ones included. */
  listed: number;
  pages: number;
}

/** `Link: <…>; rel="next"` is there: the response says another page follows (octokit's own test). */
export function hasNext(link: unknown): boolean {
  return typeof link === 'string' && /<[^<>]*>;\s*rel="next"/.test(link);
}

/**
 * The files the PR adds or modifies (workspace-relative paths; renamed: the new path), with their
 * patch: one listing serves only-changed and the suggestions.
 */
export async function listChangedFiles(octokit: Octokit, pr: PullRequestRef): Promise<ChangedFiles> {
  const kept = new Map<string, ChangedFile>();
  const touched = new Set<string>();
  let listed = 0;
  for (let page = 1; page <= PULL_FILES_MAX_PAGES; page++) {
    const response = await octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: PULL_FILES_PER_PAGE, page });
    const data: unknown = response.data;
    if (!Array.isArray(data)) throw new Error(`the Pulls API answered page ${page} with ${data === '' || data === undefined ? 'an empty body' : 'something other than a list'}`);
    listed += data.length;
    for (const f of data as { filename?: unknown; status?: unknown; patch?: unknown; previous_filename?: unknown }[]) {
      if (typeof f?.filename !== 'string' || f.status === 'unchanged') continue;
      touched.add(f.filename);
      if (typeof f.previous_filename === 'string') touched.add(f.previous_filename);
      if (DROPPED_STATUSES.has(String(f.status))) continue;
      kept.set(f.filename, typeof f.patch === 'string' ? { status: String(f.status), patch: f.patch } : { status: String(f.status) });
    }
    // GitHub stops at 3,000 files without saying so: reaching it means some may be missing.
    if (listed >= PULL_FILES_LIMIT) return { complete: false, files: kept, touched, listed, pages: page };
    if (!hasNext(response.headers.link)) return { complete: true, files: kept, touched, listed, pages: page };
  }
  return { complete: false, files: kept, touched, listed, pages: PULL_FILES_MAX_PAGES };
}
