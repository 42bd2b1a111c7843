// The check run (Checks API): created on the commit under test with the first 50 annotations, the
// rest appended by updates 50 at a time (GitHub's limit per request), the last request completing
// it with the conclusion. The mapping from findings to annotation objects is pure.
import type { Finding, Report } from '../findings.js';
import { ApiError, type Octokit } from './github-api.js';

/** GitHub accepts at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for output.summary. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** What the summary may use, leaving room for the note of an incomplete run. */
export const CHECK_SUMMARY_MAX_CHARS = 65_000;
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
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  htmlUrl?: string;
  /** Requests made (create + updates). */
  requests: number;
}

/** The check run could not be published in full. */
export class CheckRunError extends Error {
  override name = 'CheckRunError';
  constructor(
    override readonly cause: unknown,
    /** Set when the check run was created before the failure. */
    readonly checkRunId: number | undefined,
    readonly delivered: number,
    readonly total: number,
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

export function incompleteNote(delivered: number, total: number): string {
  return `> **Incomplete:** the GitHub API failed after ${delivered} of ${total} annotations reached this check run. Every finding is in the workflow log (as annotations), the job summary and the JSON report; the conclusion is unaffected.\n\n`;
}

export async function publishCheckRun(octokit: Octokit, run: CheckRunRequest, perRequest = ANNOTATIONS_PER_REQUEST): Promise<CheckRunResult> {
  const batches = chunks(run.annotations, perRequest);
  const output = (annotations: CheckAnnotation[]) => ({ title: run.title, summary: run.summary, annotations });
  const completed = { status: 'completed' as const, conclusion: run.conclusion };
  let id: number | undefined;
  let delivered = 0;
  let requests = 0;
  let htmlUrl: string | undefined;
  try {
    const created = await octokit.rest.checks.create({
      owner: run.owner,
      repo: run.repo,
      name: run.name,
      head_sha: run.headSha,
      ...(batches.length === 1 ? completed : { status: 'in_progress' as const }),
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
      output: output(batches[0]!),
    });
    requests++;
    id = created.data.id;
    htmlUrl = created.data.html_url ?? undefined;
    delivered += batches[0]!.length;
    for (let i = 1; i < batches.length; i++) {
      await octokit.rest.checks.update({
        owner: run.owner,
        repo: run.repo,
        check_run_id: id,
        ...(i === batches.length - 1 ? completed : {}),
        output: output(batches[i]!),
      });
      requests++;
      delivered += batches[i]!.length;
    }
  } catch (error) {
    if (id !== undefined) {
      // Do not leave a required check in progress for ever: complete it, with a note.
      const summary = (incompleteNote(delivered, run.annotations.length) + run.summary).slice(0, CHECK_SUMMARY_LIMIT);
      try {
        await octokit.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: id, ...completed, output: { title: run.title, summary } });
      } catch {
        // The original failure is what the caller reports.
      }
    }
    throw new CheckRunError(error, id, delivered, run.annotations.length);
  }
  return { id, htmlUrl, requests };
}
