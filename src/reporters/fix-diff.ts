// --fix-dry-run: the fixes as one unified diff (jsdiff), `a/` and `b/` prefixed like git's, so
// `git apply` and `patch -p1` take it as it is.
import { randomUUID } from 'node:crypto';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { FixedFile } from '../fixes/fix-files.js';
import { displayPath } from '../text/describe.js';

/** A line the Actions runner reads as a workflow command: "::" after any leading white space. */
const WORKFLOW_COMMAND = /^\s*::/m;

export function formatFixDiff(files: readonly FixedFile[]): string {
  let out = '';
  for (const file of files) {
    const path = displayPath(file.path);
    out += createTwoFilesPatch(`a/${path}`, `b/${path}`, file.before, file.after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY, context: 3 });
  }
  // Context lines start with a space, and a file that does not parse (a trailing comma fixed) may
  // hold any text: a line of it must not become a command in a workflow's log. The runner's own
  // stop-commands marker turns them off around the diff; `git apply` skips both marker lines.
  if (WORKFLOW_COMMAND.test(out)) {
    const token = randomUUID();
    out = `::stop-commands::${token}\n${out}::${token}::\n`;
  }
  return out;
}
