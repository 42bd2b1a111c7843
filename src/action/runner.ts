// The GitHub runner's protocol, as the action uses it: inputs from INPUT_* variables, workflow
// commands on stdout (::warning::, ::add-mask::, …) and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files. Byte for byte what @actions/core 3 writes (a test compares the two), without its start-up
// cost: @actions/core 3 imports its HTTP client (undici, tls, zlib) for OIDC tokens at load time,
// about a third of the action's cold start (see BENCHMARKS.md).
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeData, escapeProperty } from '../reporters/workflow-commands.js';

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** The input's value, trimmed ('' when not set), like core.getInput. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Masks a value in the log from now on. */
export function setSecret(secret: string): void {
  command('add-mask', secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string): void {
  command('notice', message);
}

export function warning(message: string): void {
  command('warning', message);
}

export function error(message: string): void {
  command('error', message);
}

/** An error annotation, and the step fails (exit code 1). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends `name<<delimiter` … `delimiter` to GITHUB_OUTPUT (the deprecated ::set-output:: without it). */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'] || '';
  if (!file) {
    process.stdout.write(EOL);
    process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('Unexpected input: the output contains its delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown to the job summary file. */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
