// The command line entry point: `lp-manifest [PATH|GLOB ...]`. Wiring only: arguments -> discovery
// -> engine -> one reporter -> exit code (0 clean, 1 failing per --fail-on, 2 usage error).
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  parseArgs,
  env: process.env,
});
process.exitCode = code;
