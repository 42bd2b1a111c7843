// only-changed: which manifests a pull request adds or modifies, from the Pulls API (listed once a
// run, shared with the suggestions), or changes through a file they depend on: a symbolic link the
// manifest's path goes through (or its target), its logo file (manifest-dependencies.ts). Any doubt
// keeps every manifest.
import * as core from '@actions/core';
import type { ManifestInput } from '../engine/engine.js';
import { count, plural } from '../reporters/text-report.js';
import { listChangedFiles, PULL_FILES_LIMIT, PULL_FILES_MAX_PAGES, type ChangedFiles } from './changed-files.js';
import { describeError } from './describe-error.js';
import { dependenciesOf, mapLimited, PathResolver } from './manifest-dependencies.js';
import type { Octokit } from './github-api.js';
import type { RunContext } from './github-context.js';

/** The pull request's files, listed once for only-changed and the suggestions (on first use). */
export type PullFiles = () => Promise<ChangedFiles>;

export function pullFilesOf(context: RunContext, api: () => Promise<Octokit>): PullFiles {
  let pending: Promise<ChangedFiles> | undefined;
  return () => (pending ??= api().then((octokit) => listChangedFiles(octokit, { owner: context.owner!, repo: context.repo!, pullNumber: context.pullRequest!.number })));
}

/** Manifests whose dependencies are looked up at once (lstat, readlink, a read of the manifest). */
const CONCURRENCY = 16;

/**
 * only-changed: keeps the manifests the pull request adds or modifies, itself or through a file it
 * depends on (a symbolic link on its path or its target, its logo file); any doubt keeps them all.
 */
export async function onlyChanged(manifests: ManifestInput[], context: RunContext, pullFiles: PullFiles, workspaceRoot: string): Promise<ManifestInput[]> {
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
    core.warning(`only-changed: could not list the files of pull request #${pr.number} (${describeError(error)}); checking every manifest instead.`);
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
  const direct = manifests.map((m) => m.fsPath !== undefined || files.has(m.path));
  // The other manifests are looked at only when the pull request changes some other path.
  const directPaths = new Set(manifests.filter((_, i) => direct[i]).map((m) => m.path));
  let through = 0;
  let keep = direct;
  if ([...changed.touched].some((p) => !directPaths.has(p))) {
    const resolver = new PathResolver(workspaceRoot);
    keep = await mapLimited(manifests, CONCURRENCY, async (m, i) => {
      if (direct[i]) return true;
      try {
        const depends = (await dependenciesOf(m, workspaceRoot, resolver)).some((p) => changed.touched.has(p));
        if (depends) through++;
        return depends;
      } catch {
        return true; // in doubt
      }
    });
  }
  const kept = manifests.filter((_, i) => keep[i]);
  const via = through > 0 ? ` (${count(through)} through a file ${through === 1 ? 'it depends' : 'they depend'} on: a symbolic link or a logo)` : '';
  core.info(`only-changed: ${plural(kept.length, 'manifest')} of ${manifests.length} added or modified in pull request #${pr.number}${via}.`);
  return kept;
}
