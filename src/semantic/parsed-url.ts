// WHATWG URL parsing shared by the URL rules (format, placeholder), once per distinct string: the
// same endpoints recur in every webhook and across manifests, and `new URL` is the costliest step of
// those rules. Callers only read the result.

export interface ParsedUrl {
  protocol: string;
  host: string;
  hostname: string;
}

const cache = new Map<string, ParsedUrl | null>();
const CACHE_LIMIT = 4096;

/** The absolute URL, or null when `value` does not parse as one. */
export function parseAbsoluteUrl(value: string): ParsedUrl | null {
  let parsed = cache.get(value);
  if (parsed !== undefined) return parsed;
  try {
    const url = new URL(value);
    parsed = { protocol: url.protocol, host: url.host, hostname: url.hostname };
  } catch {
    parsed = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, parsed);
  return parsed;
}
