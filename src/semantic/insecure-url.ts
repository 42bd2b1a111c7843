// `insecure-url`: an http:// URL in redirect_uris, entry_uri or an absolute logo_uri. (A webhook
// endpoint with http:// is already a `format` error from the schema: not reported again here.)
// Located at the URL value. The URL itself is not quoted: the location shows it.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

const HTTP = /^http:/i;

function flag(findings: PendingFinding[] | undefined, pointer: string, message: string): PendingFinding[] {
  const list = findings ?? [];
  list.push({ rule: 'insecure-url', severity: 'warning', pointer, target: 'value', message });
  return list;
}

export const checkInsecureUrl: ManifestCheck = ({ manifest }) => {
  let findings: PendingFinding[] | undefined;
  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) {
    for (let i = 0; i < redirects.length; i++) {
      const uri: unknown = redirects[i];
      if (typeof uri === 'string' && HTTP.test(uri)) {
        findings = flag(findings, pointerFrom(['redirect_uris', i]), `redirect_uris[${i}] uses http://: the authorization response would travel unencrypted; use https://`);
      }
    }
  }
  const entry = own(manifest, 'entry_uri');
  if (typeof entry === 'string' && HTTP.test(entry)) findings = flag(findings, '/entry_uri', 'entry_uri uses http://: the app would load unencrypted; use https://');
  const logo = own(manifest, 'logo_uri');
  if (typeof logo === 'string' && HTTP.test(logo)) findings = flag(findings, '/logo_uri', 'logo_uri uses http://: browsers block or warn about insecure images on an https page; use https://');
  return findings ?? NO_FINDINGS;
};
