// `placeholder`: a template placeholder left in a URL field (redirect_uris, entry_uri, logo_uri,
// webhook endpoints) or a name (client_name, its client_name#tag variants, display_name): `{...}`
// or `<...>`, or an http(s) URL whose host has no dot (`https://your/webhooks/endpoint`). One
// warning per value, located at the value. Custom schemes (`myapp://callback`) and IPv6 literals
// are not checked for a dot.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { keysIn, NO_FINDINGS, own, webhooksIn } from './manifest-check.js';
import { parseAbsoluteUrl, simpleHostEnd, simpleHostStart } from './parsed-url.js';

const BRACES = /\{[^{}]*\}|<[^<>]*>/;
const HTTP_SCHEME = /^https?:\/\//i;

function hostWithoutDot(value: string): string | undefined {
  const end = simpleHostEnd(value);
  if (end >= 0) {
    const start = simpleHostStart(value);
    const dot = value.indexOf('.', start);
    return dot !== -1 && dot < end ? undefined : value.slice(start, end);
  }
  if (!HTTP_SCHEME.test(value)) return undefined;
  const url = parseAbsoluteUrl(value);
  if (!url) return undefined; // not a URL: the format rule reports it
  const host = url.hostname;
  if (host === '' || host.startsWith('[') || host.includes('.')) return undefined;
  return host;
}

function problem(value: string, isUrl: boolean): string | undefined {
  // (The braces can only match where there is a brace or an angle bracket.)
  const braces = value.includes('{') || value.includes('<') ? BRACES.exec(value) : null;
  if (braces) return `contains the placeholder ${quote(braces[0], 60)}; replace it with the real value`;
  if (!isUrl) return undefined;
  const host = hostWithoutDot(value);
  if (host !== undefined) return `has the host ${quote(host, 60)}, which has no dot: a template placeholder? Use the real host name`;
  return undefined;
}

function found(findings: PendingFinding[] | undefined, segments: (string | number)[], message: string): PendingFinding[] {
  const list = findings ?? [];
  list.push({ rule: 'placeholder', severity: 'warning', pointer: pointerFrom(segments), target: 'value', message });
  return list;
}

export const checkPlaceholder: ManifestCheck = (context) => {
  const { manifest } = context;
  let findings: PendingFinding[] | undefined;
  let why: string | undefined;
  const keys = keysIn(context);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key !== 'client_name' && key !== 'display_name' && !key.startsWith('client_name#')) continue;
    const value = manifest[key];
    if (typeof value === 'string' && (why = problem(value, false)) !== undefined) findings = found(findings, [key], `${key} ${why}`);
  }
  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) {
    for (let i = 0; i < redirects.length; i++) {
      const uri: unknown = redirects[i];
      if (typeof uri === 'string' && (why = problem(uri, true)) !== undefined) findings = found(findings, ['redirect_uris', i], `redirect_uris[${i}] ${why}`);
    }
  }
  const entry = own(manifest, 'entry_uri');
  if (typeof entry === 'string' && (why = problem(entry, true)) !== undefined) findings = found(findings, ['entry_uri'], `entry_uri ${why}`);
  const logo = own(manifest, 'logo_uri');
  if (typeof logo === 'string' && (why = problem(logo, true)) !== undefined) findings = found(findings, ['logo_uri'], `logo_uri ${why}`);
  const webhooks = webhooksIn(context);
  for (let i = 0; i < webhooks.length; i++) {
    const { event, webhook } = webhooks[i]!;
    const endpoint = own(webhook, 'endpoint');
    if (typeof endpoint === 'string' && (why = problem(endpoint, true)) !== undefined) {
      findings = found(findings, ['capabilities', 'webhooks', event, 'endpoint'], `the endpoint of ${event} ${why}`);
    }
  }
  return findings ?? NO_FINDINGS;
};
