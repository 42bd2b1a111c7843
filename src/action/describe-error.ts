import { logSafe } from '../reporters/log-safe.js';

/** An error for a log message (it may name a path or quote an API reply). */
export function describeError(error: unknown): string {
  return logSafe(error instanceof Error ? error.message : String(error));
}
