// `placeholder`: a template placeholder left in a URL field (redirect_uris, entry_uri, logo_uri,
// webhook endpoints) or a name (client_name, its client_name#tag variants, display_name): `{...}`
// or `<...>`, or an http(s) URL whose host has no dot (`https://your/webhooks/endpoint`). One
// warning per value, located at the value. Custom schemes (`myapp://callback`) and IPv6 literals
// are not checked for a dot.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { own, webhooksOf } from './manifest-check.js';
import { parseAbsoluteUrl } from './parsed-url.js';

const BRACES = /\{[^{}]*\}|<[^<>]*>/;

function hostWithoutDot(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  const url = parseAbsoluteUrl(value);
  if (!url) return undefined; // not a URL: the format rule reports it
  const host = url.hostname;
  if (host === '' || host.startsWith('[') || host.includes('.')) return undefined;
  return host;
}

function problem(value: string, isUrl: boolean): string | undefined {
  const braces = BRACES.exec(value);
  if (braces) return `contains the placeholder ${quote(braces[0], 60)}; replace it with the real value`;
  if (!isUrl) return undefined;
  const host = hostWithoutDot(value);
  if (host !== undefined) return `has the host ${quote(host, 60)}, which has no dot: a template placeholder? Use the real host name`;
  return undefined;
}

export const checkPlaceholder: ManifestCheck = ({ manifest }) => {
  const findings: PendingFinding[] = [];
  const check = (segments: (string | number)[], label: string, value: unknown, isUrl: boolean) => {
    if (typeof value !== 'string') return;
    const why = problem(value, isUrl);
    if (why !== undefined) findings.push({ rule: 'placeholder', severity: 'warning', pointer: pointerFrom(segments), target: 'value', message: `${label} ${why}` });
  };

  for (const key of Object.keys(manifest)) {
    if (key === 'client_name' || key === 'display_name' || key.startsWith('client_name#')) check([key], key, manifest[key], false);
  }
  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) redirects.forEach((uri: unknown, i) => check(['redirect_uris', i], `redirect_uris[${i}]`, uri, true));
  check(['entry_uri'], 'entry_uri', own(manifest, 'entry_uri'), true);
  check(['logo_uri'], 'logo_uri', own(manifest, 'logo_uri'), true);
  for (const { event, webhook } of webhooksOf(manifest)) {
    check(['capabilities', 'webhooks', event, 'endpoint'], `the endpoint of ${event}`, own(webhook, 'endpoint'), true);
  }
  return findings;
};
