// Text that is safe to print as lines of a GitHub Actions log. The runner reads every line of a
// step's stdout and stderr (split on \n, \r and \r\n) as a possible workflow command: one that starts
// with `::` once leading whitespace is trimmed, or a legacy one with `##[` anywhere in it. Its .NET
// StartsWith / IndexOf compare culture-sensitively and so skip invisible characters: `:\u200b:`
// still starts a command there. Keys, values and file names of a manifest reach the log inside our
// messages, so everything printed as plain lines goes through `logSafe` (the text report, JSON and
// SARIF on stdout), and so do the messages of the workflow commands we write on purpose.
import { escapeInvisible } from '../text/describe.js';

/**
 * `text` made inert for the runner: invisible characters written as JSON escapes (so none can hide
 * `::` or `##[`, and no line ends but at \n), every `##[` written `##\u005b`, and a line whose first
 * characters after whitespace are `::` gets its first `:` written `\u003a`. All three are JSON
 * escapes, so `--format json` / `sarif` output stays JSON with the same values (and no JSON line
 * starts with `:`). Idempotent.
 */
export function logSafe(text: string): string {
  return escapeInvisible(text)
    .replace(/##\[/g, '##\\u005b')
    .replace(/^([^\S\n]*):(?=:)/gm, '$1\\u003a');
}
