// The command line's conventions, as ESLint users expect them: --stdin, --output-file, --quiet,
// --max-warnings and colour on a terminal only (NO_COLOR, FORCE_COLOR).
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { OutputFileError, writeOutputFile } from '../action/write-output-file.js';
import { toPosix, UsageError } from '../discovery/discovery.js';
import { validateManifests, type ValidationOptions } from '../engine/engine.js';
import type { FileResult, Report } from '../engine/findings.js';
import { decodeManifestBytes, DEFAULT_MAX_FILE_BYTES } from '../discovery/read-manifest-file.js';
import { buildReport } from '../engine/report.js';
import type { SourceText } from '../reporters/rdjson-report.js';
import { writeLines, type Chunks } from '../reporters/text-stream.js';
import type { CliIo } from './run-cli.js';

/** The path --stdin's findings are reported under when --stdin-filename is not given. */
export const STDIN_PATH = '<stdin>';

/** --stdin: standard input checked as the file --stdin-filename names would be (its path, its overrides). */
export async function checkStdin(
  io: CliIo,
  root: string,
  filename: string | undefined,
  validation: ValidationOptions,
): Promise<{ files: FileResult[]; source?: { path: string; source: SourceText } }> {
  if (io.readStdin === undefined) throw new UsageError('--stdin: standard input cannot be read here');
  const path = filename === undefined || filename.trim() === '' ? STDIN_PATH : toPosix(relative(root, resolve(root, filename)));
  // One byte past the limit is enough to say the text is too large: the rest is not read.
  const bytes = await io.readStdin(DEFAULT_MAX_FILE_BYTES + 1);
  const read = decodeManifestBytes(bytes);
  const files = await validateManifests([{ path, read }], validation);
  return read.ok ? { files, source: { path, source: { text: read.text, bom: read.bom } } } : { files };
}

/** --max-warnings N: a whole number. */
export function parseMaxWarnings(value: string): number {
  const v = value.trim();
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`--max-warnings: "${v}" is not a number of warnings (a whole number such as 0 or 10)`);
  return Number(v);
}

/** --quiet: the report with the errors only (summary counted again); every other member kept (pathBytes, account). */
export function errorsOnly(report: Report): Report {
  const quiet = buildReport(
    report.files.map((f) => {
      const { omitted: all, ...rest } = f;
      const findings = f.findings.filter((x) => x.severity === 'error');
      const omitted = all?.filter((o) => o.severity === 'error');
      return omitted === undefined || omitted.length === 0 ? { ...rest, findings } : { ...rest, findings, omitted };
    }),
  );
  if (report.account !== undefined) quiet.account = report.account;
  return quiet;
}

/**
 * Colour, as https://no-color.org and the FORCE_COLOR convention say: NO_COLOR (not empty) turns it
 * off; FORCE_COLOR turns it on (0 or false: off); otherwise on a terminal only.
 */
export function useColour(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** The text report (already logSafe: no escape sequence of a manifest's survives) with our own colours. */
export function colourText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const finding = /^(.*?:\d+:\d+: )(error|warning) ([a-z-]+)( .*)?$/.exec(line);
      if (finding) return `${finding[1]}${finding[2] === 'error' ? RED : YELLOW}${finding[2]}${RESET} ${DIM}${finding[3]}${RESET}${finding[4] ?? ''}`;
      const summary = /^(\d[\d,]* errors?), (\d[\d,]* warnings?)( in .*)$/.exec(line);
      if (summary) {
        const errors = summary[1]!.startsWith('0 ') ? summary[1] : `${RED}${summary[1]}${RESET}`;
        const warnings = summary[2]!.startsWith('0 ') ? summary[2] : `${YELLOW}${summary[2]}${RESET}`;
        return `${BOLD}${errors}${RESET}${BOLD}, ${warnings}${RESET}${summary[3]}`;
      }
      return line;
    })
    .join('\n');
}

/**
 * --output-file: the report written there (its folder made), as a stream of pieces of whole lines
 * (any size is written, one piece held at a time); a failure is a usage error (exit 2).
 */
export async function writeOutput(file: string, chunks: Chunks, root: string): Promise<void> {
  const path = resolve(root, file);
  const inside = relative(root, path);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
    // Inside the checkout a pull request can commit links: written only through real folders to a
    // real file, never through a symbolic link (as the action writes its reports).
    try {
      await writeOutputFile(path, chunks, { workspace: root });
    } catch (error) {
      throw new UsageError(
        `--output-file: cannot write ${JSON.stringify(file)} (${error instanceof OutputFileError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)})`,
      );
    }
    return;
  }
  let handle: FileHandle | undefined;
  try {
    await mkdir(dirname(path), { recursive: true });
    handle = await open(path, 'w');
    const h = handle;
    await writeLines(chunks, async (piece) => {
      await h.write(piece);
    });
  } catch (error) {
    throw new UsageError(`--output-file: cannot write ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    await handle?.close();
  }
}
