// The command line entry point: `lp-manifest [PATH|GLOB ...]`. Wiring only: arguments -> discovery
// -> engine -> one reporter -> exit code (0 clean, 1 failing per --fail-on, 2 usage error).
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  // Reports come in pieces: wait for a pipe that is full (asynchronous on macOS) before the next.
  stdout: (s) => (process.stdout.write(s) ? undefined : new Promise<void>((done) => process.stdout.once('drain', done))),
  stderr: (s) => process.stderr.write(s),
  parseArgs,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  readStdin: async (limit) => {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= limit) break;
    }
    return Buffer.concat(chunks).subarray(0, limit);
  },
});
process.exitCode = code;
