// `secret-in-header`: a webhook header_value that looks like a credential: an authorization scheme
// (Bearer, Basic, Digest, Token), a long random-looking token, or any value under a credential-like
// header_name (Authorization, X-API-Key, ...token..., ...secret..., X-Auth but not X-Author). Empty
// values and values that are only a template placeholder (`${TOKEN}`, `{{token}}`, `<token>`) are
// not credentials.
// Located at the header_value. The value is NEVER quoted in the message.
import type { PendingFinding } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import { looksRandom, PLACEHOLDER, SCHEME } from '../text/redact.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';
import { HTTP_TOKEN } from './header-name.js';
import { headerLabel, headerPointer, headersIn } from './webhook-headers.js';

// The credential tests are shared with redaction (text/redact.ts): what this rule flags, no message prints.
export { classChanges, entropy, looksRandom } from '../text/redact.js';

/** "auth" only as a word of the name (X-Auth, Auth-Key), not inside one (X-Author, X-OAuth-Provider). */
const CREDENTIAL_NAME = /authori[sz]ation|authentication|(?:^|[^a-z])auth(?:[^a-z]|$)|api[-_.]?key|access[-_.]?key|private[-_.]?key|secret|token|passw(?:or)?d|credential|cookie/i;

/** Why the header looks like it carries a credential, or undefined. */
export function credentialReason(name: unknown, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || PLACEHOLDER.test(trimmed)) return undefined;
  const scheme = SCHEME.exec(trimmed);
  if (scheme) {
    // Whatever follows, line breaks included (no HTTP header value holds one, but a credential still would).
    const rest = trimmed.slice(scheme[0].length).trim();
    if (rest === '' || PLACEHOLDER.test(rest)) return undefined;
    return `it starts with the "${scheme[1]![0]!.toUpperCase()}${scheme[1]!.slice(1).toLowerCase()}" authorization scheme`;
  }
  if (typeof name === 'string' && CREDENTIAL_NAME.test(name)) {
    // An invalid name may hold a whole "Name: value" line: only a valid token is quoted.
    return HTTP_TOKEN.test(name) ? `the header name ${quote(name)} carries credentials` : 'the header name suggests credentials';
  }
  if (looksRandom(trimmed)) return 'it looks like a long random token';
  return undefined;
}

export const checkSecretInHeader: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const groups = headersIn(context);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    for (let i = 0; i < group.length; i++) {
      const h = group[i]!;
      const value = own(h.header, 'header_value');
      if (typeof value !== 'string') continue;
      const name = own(h.header, 'header_name');
      const reason = credentialReason(name, value);
      if (reason === undefined || !context.budget.admit('secret-in-header', 'warning')) continue;
      (findings ??= []).push({
        rule: 'secret-in-header',
        severity: 'warning',
        pointer: headerPointer(h, 'header_value'),
        target: 'value',
        message: `the header_value of ${headerLabel(h)} looks like a credential (${reason}); do not commit credentials: inject them at deploy time, and rotate this one`,
      });
    }
  }
  return findings ?? NO_FINDINGS;
};
