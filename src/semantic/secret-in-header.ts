// `secret-in-header`: a webhook header_value that looks like a credential: an authorization scheme
// (Bearer, Basic, Digest, Token), a long random-looking token, or any value under a credential-like
// header_name (Authorization, X-API-Key, ...token..., ...secret..., X-Auth but not X-Author). Empty
// values and values that are only a template placeholder (`${TOKEN}`, `{{token}}`, `<token>`) are
// not credentials.
// Located at the header_value. The value is NEVER quoted in the message.
import type { PendingFinding } from '../findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';
import { HTTP_TOKEN } from './header-name.js';
import { headerLabel, headerPointer, headersIn } from './webhook-headers.js';

/**
 * An authorization scheme and the white space after it: anchored and of bounded length, so it costs
 * the same on any value. (The rest is taken with slice and trim: `\s+(.*)$` backtracked over every
 * space before a line break, quadratic in the value's length.)
 */
const SCHEME = /^(bearer|basic|digest|token)\s/i;
/** "auth" only as a word of the name (X-Auth, Auth-Key), not inside one (X-Author, X-OAuth-Provider). */
const CREDENTIAL_NAME = /authori[sz]ation|authentication|(?:^|[^a-z])auth(?:[^a-z]|$)|api[-_.]?key|access[-_.]?key|private[-_.]?key|secret|token|passw(?:or)?d|credential|cookie/i;
const PLACEHOLDER = /^(\$\{[^{}]*\}|\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]*>|%[A-Za-z0-9_]+%|\$[A-Za-z_][A-Za-z0-9_]*)$/;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  const n = [...s].length;
  for (const k of counts.values()) bits -= (k / n) * Math.log2(k / n);
  return bits;
}

function classOf(c: string): number {
  return c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
}

/** How often consecutive characters change class (lower case, upper case, digit, other). */
export function classChanges(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) if (classOf(s[i]!) !== classOf(s[i - 1]!)) n++;
  return n;
}

/**
 * A long random-looking token: an API key, a JWT, a hex secret. Judged on each run of base64
 * characters (separators such as "-", "_", "." split words: "liveperson-webhooks-2024" is not
 * random): 16+ characters mixing upper case, lower case and digits, or 32+ hex digits, or 24+
 * digits and single-case letters, each with enough entropy. Words in camel case
 * ("MyCompanyHeader2024") rarely change character class; random text does so every other character.
 */
export function looksRandom(value: string): boolean {
  if (/\s/.test(value)) return false;
  const runs = value.match(/[A-Za-z0-9+/]+/g) ?? [];
  return runs.some((run) => {
    if (run.length < 16) return false;
    const lower = /[a-z]/.test(run);
    const upper = /[A-Z]/.test(run);
    const digit = /[0-9]/.test(run);
    const mixing = classChanges(run) / (run.length - 1);
    if (lower && upper && digit && entropy(run) >= 3.5 && mixing >= 0.35) return true;
    if (run.length >= 32 && /^[0-9a-f]+$/i.test(run) && digit && (lower || upper)) return true;
    return run.length >= 24 && digit && lower !== upper && entropy(run) >= 4 && mixing >= 0.25;
  });
}

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
