// The Pulls API calls of the suggestions: the markers of the suggestions this action already posted
// on the pull request (its review comments, 100 a page, at most MAX_COMMENT_PAGES pages, page
// numbers our own as in changed-files.ts), and the one review that posts the new ones.
// Whose comments count: only those written by the account the token acts as, which GitHub's GraphQL
// `viewer` names for every kind of token (REST `GET /user` refuses an installation token such as
// GITHUB_TOKEN, and `GET /app` takes only a JWT). For GITHUB_TOKEN that is the github-actions[bot]
// account; a marker in anyone else's comment (the pull request's author's, say) is not ours.
import { hasNext, type PullRequestRef } from './changed-files.js';
import { usableUrl } from './check-run.js';
import type { Octokit } from './github-api.js';
import { postedMarker, type ReviewComment } from './review-suggestions.js';

export const COMMENTS_PER_PAGE = 100;
/** 3,000 review comments: a pull request with more is not one to add suggestions to blindly. */
export const MAX_COMMENT_PAGES = 30;

/** Who wrote a comment, as the API gives it (`user`, which may be null for a deleted account). */
export interface Author {
  id?: number;
  login?: string;
  /** "User", or "Bot" for a GitHub App's account. */
  type?: string;
}

/** A review comment that ends with the action's marker. */
export interface MarkedComment {
  marker: string;
  author: Author;
}

export interface PostedMarkers {
  /** Every review comment was listed (else some earlier suggestion may be missing from `marked`). */
  complete: boolean;
  /** The comments that end with a marker, whoever wrote them (at most one a comment). */
  marked: MarkedComment[];
  pages: number;
}

function authorOf(user: unknown): Author {
  if (user === null || typeof user !== 'object') return {};
  const { id, login, type } = user as { id?: unknown; login?: unknown; type?: unknown };
  return {
    ...(typeof id === 'number' && Number.isSafeInteger(id) ? { id } : {}),
    ...(typeof login === 'string' && login !== '' ? { login } : {}),
    ...(typeof type === 'string' && type !== '' ? { type } : {}),
  };
}

/** The pull request's review comments that end with a marker, and their authors (see review-suggestions.ts). */
export async function listPostedMarkers(octokit: Octokit, pr: PullRequestRef): Promise<PostedMarkers> {
  const marked: MarkedComment[] = [];
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const response = await octokit.rest.pulls.listReviewComments({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: COMMENTS_PER_PAGE, page });
    const data: unknown = response.data;
    if (!Array.isArray(data)) throw new Error(`the Pulls API answered page ${page} of the review comments with ${data === '' || data === undefined ? 'an empty body' : 'something other than a list'}`);
    for (const c of data as { body?: unknown; user?: unknown }[]) {
      const marker = typeof c?.body === 'string' ? postedMarker(c.body) : undefined;
      if (marker !== undefined) marked.push({ marker, author: authorOf(c.user) });
    }
    if (!hasNext(response.headers.link)) return { complete: true, marked, pages: page };
  }
  return { complete: false, marked, pages: MAX_COMMENT_PAGES };
}

/** The account the token acts as: its login, and its id (the REST `user.id` of its comments). */
export interface TokenIdentity {
  login: string;
  id?: number;
}

/** GraphQL's `viewer` is the token's account, a user's or an app's bot (its databaseId is the REST id). */
export const VIEWER_QUERY = 'query { viewer { login databaseId } }';

/** Who the token acts as, from GitHub (never assumed): throws when GitHub does not say. */
export async function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  const data: unknown = await octokit.graphql(VIEWER_QUERY);
  const viewer = (data as { viewer?: unknown } | null | undefined)?.viewer;
  const found = authorOf(viewer === null || typeof viewer !== 'object' ? undefined : { login: (viewer as { login?: unknown }).login, id: (viewer as { databaseId?: unknown }).databaseId });
  if (found.login === undefined) throw new Error('the GraphQL API did not name the account the token acts as');
  return found.id !== undefined ? { login: found.login, id: found.id } : { login: found.login };
}

/** Whether `identity` wrote the comment: the same id when both are known, else the same login. */
export function writtenBy(author: Author, identity: TokenIdentity): boolean {
  if (author.id !== undefined && identity.id !== undefined) return author.id === identity.id;
  return author.login !== undefined && author.login === identity.login;
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
