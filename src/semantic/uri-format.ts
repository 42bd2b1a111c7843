// `format`: URI fields must be URIs. The schema already requires webhook endpoints to start with
// https://; here we check they parse as URLs, and that redirect_uris / entry_uri are absolute URLs
// and logo_uri a URL or a path. Placeholders such as {DOMAIN} are left to the `placeholder` rule.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { own, webhooksOf } from './manifest-check.js';
import { parseAbsoluteUrl } from './parsed-url.js';

function parsesAsAbsoluteUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  const url = parseAbsoluteUrl(value);
  return url !== null && url.protocol.length > 1 && (url.host !== '' || !/^(https?|wss?|ftp):$/.test(url.protocol));
}

function parsesAsReference(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    new URL(value, 'https://example.invalid/');
    return true;
  } catch {
    return false;
  }
}

export const checkUriFormat: ManifestCheck = ({ manifest }) => {
  const findings: PendingFinding[] = [];
  const flag = (pointer: string, message: string) =>
    findings.push({ rule: 'format', severity: 'error', pointer, target: 'value', message });

  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) {
    redirects.forEach((uri, i) => {
      if (typeof uri === 'string' && !parsesAsAbsoluteUrl(uri)) flag(pointerFrom(['redirect_uris', i]), 'redirect URI is not an absolute URL');
    });
  }
  const entry = own(manifest, 'entry_uri');
  if (typeof entry === 'string' && entry !== '' && !parsesAsAbsoluteUrl(entry)) flag('/entry_uri', 'entry_uri is not an absolute URL');
  const logo = own(manifest, 'logo_uri');
  if (typeof logo === 'string' && logo !== '' && !parsesAsReference(logo)) flag('/logo_uri', 'logo_uri is not a URL or a path');
  for (const { event, webhook } of webhooksOf(manifest)) {
    const endpoint = own(webhook, 'endpoint');
    if (typeof endpoint === 'string' && endpoint.startsWith('https://') && !parsesAsAbsoluteUrl(endpoint)) {
      flag(pointerFrom(['capabilities', 'webhooks', event, 'endpoint']), 'endpoint is not a valid absolute https:// URL');
    }
  }
  return findings;
};
