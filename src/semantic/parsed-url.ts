// WHATWG URL parsing shared by the URL rules (format, placeholder). `new URL` is the costliest step
// of those rules, and the URLs of a run are mostly distinct (each app has its own host), so a cache
// alone does not help much: the common shape, `http(s)://host.name/anything` with a lower-case
// ASCII host and no port or user info, is recognised by a scanner that gives exactly what
// `new URL` would (checked against it in __tests__/semantic/parsed-url.test.ts); anything else goes
// to `new URL`, once per distinct string. Callers only read the result.

export interface ParsedUrl {
  protocol: string;
  host: string;
  hostname: string;
}

const cache = new Map<string, ParsedUrl | null>();
const CACHE_LIMIT = 4096;

/**
 * The common shape, recognised without `new URL` (and without allocating): `http://` or
 * `https://`, a host of lower-case ASCII letters, digits and hyphens in non-empty dot-separated
 * labels whose last label starts with a letter (so the WHATWG parser neither reads it as an IPv4
 * number nor needs to map or check anything), then the end or a path, query or fragment (the
 * parser never fails after the host). A label starting with "xn--" is punycode, which the parser
 * validates: those take the slow path. Userinfo, a port, a backslash, upper case and anything else
 * unusual end the host at a character other than / ? #, so they take the slow path too.
 * Returns where the host ends (it starts at simpleHostStart), or -1 when `value` has another shape.
 * For such a URL, `new URL(value)` gives protocol "http:" or "https:", and host = hostname = the host.
 */
export function simpleHostEnd(value: string): number {
  let i: number;
  if (value.startsWith('https://')) i = 8;
  else if (value.startsWith('http://')) i = 7;
  else return -1;
  const start = i;
  let label = i;
  for (const n = value.length; i < n; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) continue; // a-z 0-9 -
    if (c === 46) {
      if (i === label) return -1; // an empty label
      label = i + 1;
      continue;
    }
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    return -1;
  }
  const first = value.charCodeAt(label);
  if (label >= i || first < 97 || first > 122) return -1;
  const xn = value.indexOf('xn--', start);
  return xn !== -1 && xn < i ? -1 : i;
}

/** Where the host of a URL simpleHostEnd accepted starts. */
export function simpleHostStart(value: string): number {
  return value.charCodeAt(4) === 115 ? 8 : 7; // "https://" or "http://"
}

function simple(value: string): ParsedUrl | undefined {
  const end = simpleHostEnd(value);
  if (end < 0) return undefined;
  const hostname = value.slice(simpleHostStart(value), end);
  return { protocol: value.charCodeAt(4) === 115 ? 'https:' : 'http:', host: hostname, hostname };
}

/** The absolute URL, or null when `value` does not parse as one. */
export function parseAbsoluteUrl(value: string): ParsedUrl | null {
  const fast = simple(value);
  if (fast !== undefined) return fast;
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

/**
 * Whether a host name (as `new URL` gives it: lower case, IPv4 dotted decimal, IPv6 compressed in
 * brackets) is the loopback interface: `localhost`, `*.localhost` (RFC 6761 §6.3), `127.0.0.0/8`,
 * `[::1]`, one trailing dot allowed. A developer's own machine, never a template placeholder;
 * RFC 8252 §7.3 and §8.3 allow plain-http loopback redirect URIs.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A scheme, then "://" percent-encoded: `https%3A%2F%2Fapp.example.com%2Fcb`. */
const ENCODED_URL = /^[A-Za-z][A-Za-z0-9+.-]*%3A%2F%2F/i;

/**
 * The URL a whole percent-encoded URL stands for (`https%3A%2F%2Fapp.example.com%2Fcb` is
 * `https://app.example.com/cb`), or undefined when `value` is not one, or its decoding is not an
 * absolute URL.
 */
export function decodedWholeUrl(value: string): string | undefined {
  if (!ENCODED_URL.test(value)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined; // a stray % (the value is not an encoding of anything)
  }
  return parseAbsoluteUrl(decoded) === null ? undefined : decoded;
}

/** The message of a URL percent-encoded as a whole, in the field `label` names (format, for every URL field). */
export function percentEncodedMessage(label: string): string {
  return `${label} is a percent-encoded URL ("%3A%2F%2F" stands for "://"): write the URL itself, decoded`;
}
