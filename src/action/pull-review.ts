// The Pulls API calls of the suggestions: the markers of the suggestions this action already posted
// on the pull request (its review comments, 100 a page, at most MAX_COMMENT_PAGES pages, page
// numbers our own as in changed-files.ts), and the one review that posts the new ones.
import { hasNext, type PullRequestRef } from './changed-files.js';
import { usableUrl } from './check-run.js';
import type { Octokit } from './github-api.js';
import { markersIn, type ReviewComment } from './review-suggestions.js';

export const COMMENTS_PER_PAGE = 100;
/** 3,000 review comments: a pull request with more is not one to add suggestions to blindly. */
export const MAX_COMMENT_PAGES = 30;

export interface PostedMarkers {
  /** Every review comment was listed (else some earlier suggestion may be missing from `markers`). */
  complete: boolean;
  markers: Set<string>;
  pages: number;
}

/** The markers in the pull request's review comments (see review-suggestions.ts). */
export async function listPostedMarkers(octokit: Octokit, pr: PullRequestRef): Promise<PostedMarkers> {
  const markers = new Set<string>();
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const response = await octokit.rest.pulls.listReviewComments({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: COMMENTS_PER_PAGE, page });
    const data: unknown = response.data;
    if (!Array.isArray(data)) throw new Error(`the Pulls API answered page ${page} of the review comments with ${data === '' || data === undefined ? 'an empty body' : 'something other than a list'}`);
    for (const c of data as { body?: unknown }[]) if (typeof c?.body === 'string') for (const m of markersIn(c.body)) markers.add(m);
    if (!hasNext(response.headers.link)) return { complete: true, markers, pages: page };
  }
  return { complete: false, markers, pages: MAX_COMMENT_PAGES };
}

export interface ReviewRequest {
  /** The pull request's head commit: the lines are those of its files. */
  commitId: string;
  body: string;
  comments: ReviewComment[];
}

/** Posts one review (event COMMENT: it neither approves nor requests changes), tried once; its address, when GitHub gives a usable one. */
export async function postReview(octokit: Octokit, pr: PullRequestRef, review: ReviewRequest): Promise<{ htmlUrl?: string }> {
  const response = await octokit.rest.pulls.createReview({
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    commit_id: review.commitId,
    event: 'COMMENT',
    body: review.body,
    comments: review.comments,
    // Never twice: a 5xx or a timeout may come after GitHub made the review (the next run posts what is missing).
    request: { retries: 0 },
  });
  const htmlUrl = usableUrl(response.data);
  return htmlUrl !== undefined ? { htmlUrl } : {};
}
