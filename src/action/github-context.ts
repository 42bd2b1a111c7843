// What the action needs to know about the workflow run, read from the runner's environment and the
// event payload (GITHUB_EVENT_PATH) without loading @actions/github: the repository, the commit a
// check run belongs to and, on pull request events, the pull request.
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  /** The PR head commit: the check run goes there, not on GITHUB_SHA (the merge commit). */
  headSha: string;
  /** The head repository differs from the base one (a fork: the token is read-only). */
  fromFork: boolean;
  /** `changed_files` of the payload, when given (the Pulls API lists at most 3,000). */
  changedFiles?: number;
}

export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  /** The commit to attach the check run to: the PR head on pull request events, else GITHUB_SHA. */
  headSha?: string;
  pullRequest?: PullRequestInfo;
  /** The workflow run's page, for the check run's details link. */
  runUrl?: string;
}

type Env = Record<string, string | undefined>;

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return record(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
  } catch {
    return {};
  }
}

/**
 * Events whose payload carries `pull_request` (pull_request, pull_request_target, the review events)
 * are treated as pull request events: the check run goes on the head commit, and only-changed
 * lists the PR's files.
 */
export function readRunContext(env: Env = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const context: RunContext = { eventName };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) {
    context.owner = owner;
    context.repo = repo;
  }
  const pr = record(payload.pull_request);
  const head = record(pr?.head);
  const number = pr?.number;
  const headSha = head?.sha;
  if (pr && typeof number === 'number' && Number.isSafeInteger(number) && typeof headSha === 'string' && /^[0-9a-f]{40,64}$/i.test(headSha)) {
    const headRepo = record(head?.repo);
    const baseRepo = record(record(pr.base)?.repo);
    const headName = headRepo?.full_name;
    const baseName = baseRepo?.full_name ?? env.GITHUB_REPOSITORY;
    // A deleted fork leaves head.repo null.
    const fromFork = head?.repo === null || (typeof headName === 'string' && typeof baseName === 'string' && headName !== baseName);
    context.pullRequest = { number, headSha, fromFork };
    if (typeof pr.changed_files === 'number') context.pullRequest.changedFiles = pr.changed_files;
    context.headSha = headSha;
  } else if (env.GITHUB_SHA) {
    context.headSha = env.GITHUB_SHA;
  }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    context.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return context;
}
