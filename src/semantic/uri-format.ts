// `format`: URI fields must be URIs. The schema already requires webhook endpoints to start with
// https://; here we check they parse as URLs, and that redirect_uris / entry_uri are absolute URLs
// and logo_uri a URL or a path. Placeholders such as {DOMAIN} are left to the `placeholder` rule, and
// an empty or blank entry_uri to `quick-launch` (one finding for one mistake).
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own, webhooksIn } from './manifest-check.js';
import { parseAbsoluteUrl, simpleHostEnd } from './parsed-url.js';

const WHITE_SPACE = /\s/;
const NEEDS_HOST = /^(https?|wss?|ftp):$/;

function parsesAsAbsoluteUrl(value: string): boolean {
  if (WHITE_SPACE.test(value)) return false;
  if (simpleHostEnd(value) >= 0) return true; // http(s) with a host
  const url = parseAbsoluteUrl(value);
  return url !== null && url.protocol.length > 1 && (url.host !== '' || !NEEDS_HOST.test(url.protocol));
}

function parsesAsReference(value: string): boolean {
  if (WHITE_SPACE.test(value)) return false;
  // An absolute URL parses against any base too (only the base of a relative reference matters).
  if (simpleHostEnd(value) >= 0 || parseAbsoluteUrl(value) !== null) return true;
  try {
    new URL(value, 'https://example.invalid/');
    return true;
  } catch {
    return false;
  }
}

function flag(findings: PendingFinding[] | undefined, pointer: string, message: string): PendingFinding[] {
  const list = findings ?? [];
  list.push({ rule: 'format', severity: 'error', pointer, target: 'value', message });
  return list;
}

export const checkUriFormat: ManifestCheck = (context) => {
  const { manifest } = context;
  let findings: PendingFinding[] | undefined;
  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) {
    for (let i = 0; i < redirects.length; i++) {
      const uri: unknown = redirects[i];
      if (typeof uri === 'string' && !parsesAsAbsoluteUrl(uri)) findings = flag(findings, pointerFrom(['redirect_uris', i]), 'redirect URI is not an absolute URL');
    }
  }
  const entry = own(manifest, 'entry_uri');
  if (typeof entry === 'string' && entry.trim() !== '' && !parsesAsAbsoluteUrl(entry)) findings = flag(findings, '/entry_uri', 'entry_uri is not an absolute URL');
  const logo = own(manifest, 'logo_uri');
  if (typeof logo === 'string' && logo !== '' && !parsesAsReference(logo)) findings = flag(findings, '/logo_uri', 'logo_uri is not a URL or a path');
  const webhooks = webhooksIn(context);
  for (let i = 0; i < webhooks.length; i++) {
    const { event, webhook } = webhooks[i]!;
    const endpoint = own(webhook, 'endpoint');
    if (typeof endpoint === 'string' && endpoint.startsWith('https://') && !parsesAsAbsoluteUrl(endpoint)) {
      findings = flag(findings, pointerFrom(['capabilities', 'webhooks', event, 'endpoint']), 'endpoint is not a valid absolute https:// URL');
    }
  }
  return findings ?? NO_FINDINGS;
};
