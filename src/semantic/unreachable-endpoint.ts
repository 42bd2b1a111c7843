// `unreachable-endpoint` (warning): a webhook endpoint LivePerson's servers cannot reach from the
// internet, or reach only while a developer's tunnel runs. The host is the one `new URL` gives (via
// parseAbsoluteUrl), so every IPv4 notation the WHATWG parser accepts (0x7f.1, 2130706433, 127.1) is
// already dotted decimal, IPv6 is compressed lower-case hex, and names are lower case (percent-
// and IDNA-decoded). Unreachable: localhost and *.localhost, *.local (multicast DNS), *.internal and
// *.home.arpa (private-network names), and loopback, unspecified, private (RFC 1918), shared
// (CGNAT, RFC 6598: only inside a carrier's or a VPN's network, e.g. Tailscale), link-local (cloud
// metadata 169.254.169.254 too), unique-local and site-local IPv6 addresses, IPv4-mapped IPv6 of
// those. Tunnels: *.ngrok.io, *.ngrok-free.app, *.ngrok.app, *.loca.lt, *.trycloudflare.com.
// Only webhook endpoints: a loopback redirect URI is fine for a native app (RFC 8252). Only http(s)
// URLs (another scheme is a `format` error of its own). Located at the endpoint value.
import type { PendingFinding } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';
import { absoluteUrlOf, urlFieldLabel, urlFieldPointer, urlFieldsIn } from './url-fields.js';

/** Host name suffixes (with their leading dot) of tunnels a developer runs on their own machine. */
const TUNNELS: readonly (readonly [suffix: string, what: string])[] = [
  ['.ngrok.io', 'an ngrok tunnel'],
  ['.ngrok-free.app', 'an ngrok tunnel'],
  ['.ngrok.app', 'an ngrok tunnel'],
  ['.loca.lt', 'a localtunnel tunnel'],
  ['.trycloudflare.com', 'a Cloudflare quick tunnel'],
];

/** Special-use names that never resolve on the internet (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const LOCAL_NAMES: readonly (readonly [suffix: string, what: string])[] = [
  ['.localhost', 'the loopback name'],
  ['.local', 'the local-network (multicast DNS) name'],
  ['.internal', 'the private-network name'],
  ['.home.arpa', 'the home-network name'],
];

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** What an IPv4 address is when the internet cannot reach it, else undefined. */
function ipv4Kind(a: number, b: number): string | undefined {
  if (a === 0) return 'unspecified address';
  if (a === 127) return 'loopback address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private address';
  if (a === 169 && b === 254) return 'link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'shared (carrier-grade NAT) address';
  return undefined;
}

/** The eight 16-bit groups of an IPv6 host as `new URL` serialises it ("[fe80::1]"), or undefined. */
export function ipv6Groups(host: string): number[] | undefined {
  if (host.length < 4 || host.length > 41 || !host.startsWith('[') || !host.endsWith(']')) return undefined;
  const inner = host.slice(1, -1);
  const gap = inner.indexOf('::');
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const head = part(gap < 0 ? inner : inner.slice(0, gap));
  const tail = gap < 0 ? [] : part(inner.slice(gap + 2));
  const zeros = gap < 0 ? 0 : 8 - head.length - tail.length;
  if (zeros < 0) return undefined;
  const groups: number[] = [];
  for (const g of head) groups.push(parseInt(g, 16));
  for (let i = 0; i < zeros; i++) groups.push(0);
  for (const g of tail) groups.push(parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** What an IPv6 address is when the internet cannot reach it, else undefined. */
function ipv6Kind(g: readonly number[]): string | undefined {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && g[7] === 0) return 'unspecified address';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback address';
  if (zeroUpTo(5) && g[5] === 0xffff) {
    const kind = ipv4Kind(g[6]! >> 8, g[6]! & 0xff);
    return kind === undefined ? undefined : `IPv4-mapped ${kind}`;
  }
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local address';
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique-local address';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'site-local address';
  return undefined;
}

/**
 * What every host unreachableHost names matches: an IPv4 address (dotted decimal, as `new URL` gives
 * it) or IPv6 literal, or a name ending as one of the lists (one trailing dot allowed). A host that
 * does not, as nearly every endpoint, is done with one test.
 */
const MAYBE_UNREACHABLE = /^[\d[]|(?:^|\.)(?:localhost|local|internal|home\.arpa|ngrok\.io|ngrok-free\.app|ngrok\.app|loca\.lt|trycloudflare\.com)\.?$/;

/** Why LivePerson cannot reach `hostname` (as `new URL` gives it), or undefined. */
export function unreachableHost(hostname: string): string | undefined {
  if (!MAYBE_UNREACHABLE.test(hostname)) return undefined;
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname; // "localhost." is localhost
  const v4 = IPV4.exec(host);
  if (v4) {
    const kind = ipv4Kind(Number(v4[1]), Number(v4[2]));
    return kind && `the ${kind} ${host}: LivePerson's servers cannot reach it from the internet`;
  }
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host);
    const kind = groups && ipv6Kind(groups);
    return kind && `the ${kind} ${host}: LivePerson's servers cannot reach it from the internet`;
  }
  if (host === 'localhost') return `the host "localhost": LivePerson's servers cannot reach it from the internet`;
  for (const [suffix, what] of LOCAL_NAMES) {
    if (host.endsWith(suffix)) return `${what} ${quote(host, 60)}: LivePerson's servers cannot reach it from the internet`;
  }
  for (const [suffix, what] of TUNNELS) {
    if (host.endsWith(suffix) && host.length > suffix.length) return `${what} (${quote(host, 60)}): LivePerson reaches it only while the tunnel runs`;
  }
  return undefined;
}

const HTTP = /^https?:$/;

export const checkUnreachableEndpoint: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const urls = urlFieldsIn(context);
  for (let i = 0; i < urls.length; i++) {
    const field = urls[i]!;
    if (field.kind !== 'endpoint') continue;
    const url = absoluteUrlOf(field);
    if (url === null || !HTTP.test(url.protocol)) continue; // not a URL, or not http(s): the format rule's
    const why = unreachableHost(url.hostname);
    if (why === undefined || !context.budget.admit('unreachable-endpoint', 'warning')) continue;
    (findings ??= []).push({
      rule: 'unreachable-endpoint',
      severity: 'warning',
      pointer: urlFieldPointer(field),
      target: 'value',
      message: `${urlFieldLabel(field)} is ${why}; use the public https:// host of the deployed service`,
    });
  }
  return findings ?? NO_FINDINGS;
};
