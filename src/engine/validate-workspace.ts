// Auto-discovery and validation as one pipeline: each manifest is checked soon after discovery has
// read it, and its text dropped right after, instead of discovering every manifest (holding every
// text) and then checking them all. Manifests are checked in batches: reading a few hundred files in
// a row, then checking them in a row, keeps each loop's code and data hot (measured: faster than
// checking each file as it is read). Same results as discoverManifests + validateManifests.
import { discoverManifests, type Discovery, type DiscoveryOptions } from '../discovery/discovery.js';
import { startValidation, type ManifestInput, type ValidationOptions } from './engine.js';
import type { FileResult } from './findings.js';

/** Manifests read before they are checked together. */
const BATCH = 256;

export interface WorkspaceValidation {
  files: FileResult[];
  source: Discovery['source'];
  gitProblem?: string;
  /** Discovery's notices (git submodules, Git LFS pointers). */
  notices?: string[];
  unmatchedExcludes?: string[];
}

/** Finds the manifests of a workspace (auto-discovery: no `files` globs) and validates them. */
export async function validateWorkspace(discovery: Omit<DiscoveryOptions, 'files' | 'onManifest'>, options: ValidationOptions): Promise<WorkspaceValidation> {
  const run = startValidation(options);
  const batch: ManifestInput[] = [];
  const flush = async () => {
    for (const m of batch) {
      const wait = run.add(m);
      if (wait) await wait;
    }
    batch.length = 0;
  };
  const listed = await discoverManifests({
    ...discovery,
    onManifest: (m) => {
      if (batch.push(m) === BATCH) return flush();
    },
  });
  await flush();
  // Discovery lists manifests sorted by path: duplicate-client-name messages name files in that order.
  const files = await run.results({ namesInPathOrder: true });
  return {
    files,
    source: listed.source,
    ...(listed.gitProblem === undefined ? {} : { gitProblem: listed.gitProblem }),
    ...(listed.notices === undefined ? {} : { notices: listed.notices }),
    ...(listed.unmatchedExcludes === undefined ? {} : { unmatchedExcludes: listed.unmatchedExcludes }),
  };
}
