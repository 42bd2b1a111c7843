// The check run (Checks API): created on the commit under test with the first 50 annotations, the
// rest appended by updates 50 at a time (GitHub's limit per request), at most 1,000 in all (20
// requests: a workflow token has about 1,000 requests an hour), the last request completing it with
// the conclusion and the full summary (the others carry a one-line progress summary). Every request
// is bounded, and a check run that was created is completed, or the error says it could not be.
// The create is retried after a 5xx or a timeout, which GitHub may have acted on all the same: every
// run carries an external_id of this action run, so a duplicate such a retry made is found (one
// listing of the commit's runs of that name) and completed too, or the result says it may not be.
// The mapping from findings to annotation objects is pure.
import { randomUUID } from 'node:crypto';
import type { Finding, Report } from '../engine/findings.js';
import { ApiError, describeFault, mayHaveLanded, type Fault, type Octokit } from './github-api.js';
import { count } from '../reporters/text-report.js';

/** GitHub accepts at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** At most this many annotations reach a check run (20 requests); the summary says where the rest are. */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** GitHub's limit for output.summary. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** What the summary may use, leaving room for the notes (more findings than annotations, an incomplete run). */
export const CHECK_SUMMARY_MAX_CHARS = 64_000;
/** One request lists at most this many check runs (GitHub's maximum per page): the search for duplicates is one request. */
export const DUPLICATES_LISTED = 100;
/** Annotation messages are limited to 64 KB: 16,000 characters fit whatever their encoding. */
const MESSAGE_MAX_CHARS = 16_000;

export type Conclusion = 'success' | 'failure';

/** A Checks API annotation object. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

/** Columns only when the finding is on one line (the API rejects them otherwise). */
export function checkAnnotation(path: string, f: Finding): CheckAnnotation {
  const a: CheckAnnotation = { path, start_line: f.line, end_line: f.endLine, annotation_level: f.severity === 'error' ? 'failure' : 'warning', message: '', title: '' };
  if (f.line === f.endLine) {
    a.start_column = f.column;
    a.end_column = f.endColumn;
  }
  a.message = f.message.length > MESSAGE_MAX_CHARS ? f.message.slice(0, MESSAGE_MAX_CHARS - 1) + '…' : f.message;
  a.title = `${f.rule} (LivePerson manifest)`;
  return a;
}

export function checkAnnotations(report: Report): CheckAnnotation[] {
  return report.files.flatMap((file) => file.findings.map((f) => checkAnnotation(file.path, f)));
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  /** Markdown, at most CHECK_SUMMARY_MAX_CHARS. */
  summary: string;
  /** One per finding, in report order; the first MAX_CHECK_ANNOTATIONS are sent. */
  annotations: readonly CheckAnnotation[];
  /** Where every finding is, for the notes: "the workflow log, the job summary and the JSON report". */
  elsewhere: string;
  detailsUrl?: string;
  /** The external_id of every check run of this action run (newExternalId()): tells its duplicates from other runs'. */
  externalId: string;
}

/** An external_id unique to this action run. */
export function newExternalId(): string {
  return `lp-manifest:${randomUUID()}`;
}

/**
 * The check runs a create tried more than once may have made besides the one GitHub answered with
 * (set only when a try that failed may have reached GitHub and the run was created in progress).
 */
export interface Duplicates {
  /** The duplicates found in progress and completed. */
  completed: number[];
  /** Why a check run of this action run may be left in progress; undefined when none is. */
  problem?: string;
}

export interface CheckRunResult {
  /** Undefined when GitHub's response had no usable id (a run sent complete in one request needs none). */
  id?: number;
  htmlUrl?: string;
  /** Requests made (create + updates). */
  requests: number;
  /** Annotations the check run carries: the first `delivered` of the request's. */
  delivered: number;
  duplicates?: Duplicates;
}

/** GitHub answered the create with a 2xx whose body gives no usable check run id. */
export class UnusableResponseError extends Error {
  override name = 'UnusableResponseError';
}

/** The check run could not be published in full. */
export class CheckRunError extends Error {
  override name = 'CheckRunError';
  constructor(
    override readonly cause: unknown,
    readonly details: {
      /** GitHub created the check run (its id may still be unknown). */
      created: boolean;
      checkRunId?: number;
      /** Annotations the check run carries: the first `delivered`. */
      delivered: number;
      /** Annotations it was to carry (at most MAX_CHECK_ANNOTATIONS). */
      planned: number;
      /** A created run was completed after all (with a note); false: it may stay in progress. */
      completed: boolean;
      /** Why completing it failed, when it did. */
      completeError?: unknown;
      duplicates?: Duplicates;
    },
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }

  get apiError(): ApiError | undefined {
    return this.cause instanceof ApiError ? this.cause : undefined;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** 1,000 */

/** The note of a check run that carries only the first MAX_CHECK_ANNOTATIONS findings. */
export function moreFindingsNote(total: number, elsewhere: string): string {
  return `> **More findings than annotations:** this check run shows the first ${count(MAX_CHECK_ANNOTATIONS)} of ${count(total)} findings as annotations; the other ${count(total - MAX_CHECK_ANNOTATIONS)} ${total - MAX_CHECK_ANNOTATIONS === 1 ? 'is' : 'are'} not annotated. Every finding is in ${elsewhere}.\n\n`;
}

export function incompleteNote(delivered: number, planned: number, elsewhere: string): string {
  return `> **Incomplete:** the GitHub API failed after ${count(delivered)} of ${count(planned)} annotations reached this check run. Every finding is in ${elsewhere}; the conclusion is unaffected.\n\n`;
}

/** The intermediate requests' summary: GitHub requires one in every output; the full one goes once, last. */
export function progressSummary(delivered: number, planned: number): string {
  return `Adding annotations (${count(delivered)} of ${count(planned)})…`;
}

/** Notes first, then as much of the summary as fits GitHub's limit (never half a surrogate pair). */
function withNotes(notes: string, summary: string): string {
  let end = Math.max(0, CHECK_SUMMARY_LIMIT - notes.length);
  if (end < summary.length && (summary.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  return notes + summary.slice(0, end);
}

/** A check run id as GitHub gives it: a positive safe integer (anything else cannot be used in a URL). */
function usableId(data: unknown): number | undefined {
  const id = data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** An html_url of a response, when it is an http(s) URL. */
export function usableUrl(data: unknown): string | undefined {
  const url = data !== null && typeof data === 'object' ? (data as { html_url?: unknown }).html_url : undefined;
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}

export async function publishCheckRun(octokit: Octokit, run: CheckRunRequest, perRequest = ANNOTATIONS_PER_REQUEST): Promise<CheckRunResult> {
  const planned = run.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const batches = chunks(planned, perRequest);
  const capped = run.annotations.length > planned.length ? moreFindingsNote(run.annotations.length, run.elsewhere) : '';
  const fullSummary = withNotes(capped, run.summary);
  const completed = { status: 'completed' as const, conclusion: run.conclusion };
  const last = batches.length - 1;
  /** The create's failed tries that GitHub may have acted on: each may have made a check run. */
  const landed: Fault[] = [];
  let id: number | undefined;
  let created = false;
  let delivered = 0;
  let requests = 0;
  let htmlUrl: string | undefined;
  let failed: { error: unknown; completed: boolean; completeError?: unknown } | undefined;
  try {
    const first = batches[0]!;
    const response = await octokit.rest.checks.create({
      owner: run.owner,
      repo: run.repo,
      name: run.name,
      head_sha: run.headSha,
      external_id: run.externalId,
      ...(last === 0 ? completed : { status: 'in_progress' as const }),
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
      output: { title: run.title, summary: last === 0 ? fullSummary : progressSummary(first.length, planned.length), annotations: first },
      request: {
        onFault: (fault: Fault) => {
          if (mayHaveLanded(fault)) landed.push(fault);
        },
      },
    });
    requests++;
    created = true;
    delivered += first.length;
    id = usableId(response.data);
    htmlUrl = usableUrl(response.data);
    if (last > 0 && id === undefined) throw new UnusableResponseError(`GitHub's response to creating it has no usable id: ${describeBody(response.data)}`);
    for (let i = 1; i <= last; i++) {
      const batch = batches[i]!;
      await octokit.rest.checks.update({
        owner: run.owner,
        repo: run.repo,
        check_run_id: id!,
        ...(i === last ? completed : {}),
        output: { title: run.title, summary: i === last ? fullSummary : progressSummary(delivered + batch.length, planned.length), annotations: batch },
      });
      requests++;
      delivered += batch.length;
    }
  } catch (error) {
    failed = { error, completed: false };
    if (id !== undefined) {
      // Do not leave a required check in progress for ever: complete it, with a note and the full summary.
      const summary = withNotes(incompleteNote(delivered, planned.length, run.elsewhere) + capped, run.summary);
      try {
        await octokit.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: id, ...completed, output: { title: run.title, summary } });
        failed.completed = true;
      } catch (e) {
        failed.completeError = e;
      }
    } else if (created) {
      failed.completeError = error;
    }
  }
  // A run created complete leaves nothing in progress, however many times it was made.
  const duplicates = last > 0 && landed.length > 0 ? await completeDuplicates(octokit, run, landed, created, id, htmlUrl) : undefined;
  if (failed) {
    const { error, completed: isCompleted, completeError } = failed;
    throw new CheckRunError(error, { created, checkRunId: id, delivered, planned: planned.length, completed: isCompleted, completeError, duplicates });
  }
  return duplicates ? { id, htmlUrl, requests, delivered, duplicates } : { id, htmlUrl, requests, delivered };
}

/** The summary of a duplicate: where the findings are. */
function duplicateSummary(id: number, htmlUrl: string | undefined): string {
  return `A duplicate of check run ${id}, made when a request to GitHub was retried; see check run ${id} for the findings${htmlUrl ? `: ${htmlUrl}` : '.'}`;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * After the create was tried again following a fault GitHub may have acted on: lists the commit's
 * check runs of this name (one request) and completes those of this action run (external_id) still
 * in progress but the one created, at most one per such try, with the same conclusion.
 */
async function completeDuplicates(octokit: Octokit, run: CheckRunRequest, landed: readonly Fault[], created: boolean, id: number | undefined, htmlUrl: string | undefined): Promise<Duplicates> {
  const reached = `a request to create it may have reached GitHub before it failed (${describeFault(landed[0]!)})`;
  if (!created) return { completed: [], problem: `${reached}, and creating it never succeeded` };
  const retried = `${reached} and was tried again`;
  if (id === undefined) return { completed: [], problem: `${retried}; GitHub's answer has no usable id to tell such a duplicate from the check run it created` };
  let data: unknown;
  try {
    data = (await octokit.rest.checks.listForRef({ owner: run.owner, repo: run.repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: DUPLICATES_LISTED })).data;
  } catch (error) {
    return { completed: [], problem: `${retried}; listing the check runs of the commit to find such a duplicate failed (${errorText(error)})` };
  }
  const listed = data !== null && typeof data === 'object' ? (data as { check_runs?: unknown; total_count?: unknown }) : {};
  if (!Array.isArray(listed.check_runs)) return { completed: [], problem: `${retried}; GitHub's answer to listing the check runs of the commit is not a list of check runs` };
  const runs = (listed.check_runs as unknown[]).slice(0, DUPLICATES_LISTED);
  const ours = new Set<number>();
  for (const r of runs) {
    const other = usableId(r);
    const { external_id, status } = r as { external_id?: unknown; status?: unknown };
    if (other !== undefined && other !== id && external_id === run.externalId && status !== 'completed' && ours.size < landed.length) ours.add(other);
  }
  const completed: number[] = [];
  const failures: string[] = [];
  for (const duplicate of ours) {
    try {
      await octokit.rest.checks.update({
        owner: run.owner,
        repo: run.repo,
        check_run_id: duplicate,
        status: 'completed',
        conclusion: run.conclusion,
        output: { title: run.title, summary: duplicateSummary(id, htmlUrl) },
      });
      completed.push(duplicate);
    } catch (error) {
      failures.push(`check run ${duplicate} (${errorText(error)})`);
    }
  }
  if (failures.length > 0) return { completed, problem: `${retried}; completing the duplicate ${failures.join(' and ')} failed` };
  const total = typeof listed.total_count === 'number' ? listed.total_count : runs.length;
  if (total > runs.length && ours.size < landed.length) {
    return {
      completed,
      problem: `${retried}; the commit has ${count(total)} check runs of that name, more than the ${DUPLICATES_LISTED} one request lists, so such a duplicate may not have been found`,
    };
  }
  return { completed };
}

/** What a useless response body was, briefly: "an empty body", "a string body, …", "id \"77\"". */
function describeBody(data: unknown): string {
  if (data === undefined || data === '' || data === null) return 'an empty body';
  if (typeof data !== 'object') return `a ${typeof data} body, not a JSON object`;
  const id = (data as { id?: unknown }).id;
  if (id === undefined) return 'no id';
  // octokit parses integers past 2^53 as BigInt.
  if (typeof id === 'string') return `id ${JSON.stringify(id.slice(0, 40))}`;
  return `id ${typeof id === 'number' || typeof id === 'bigint' || typeof id === 'boolean' ? String(id) : id === null ? 'null' : `of type ${typeof id}`}`;
}
