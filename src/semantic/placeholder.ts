// `placeholder`: a template placeholder left in a URL field (redirect_uris, entry_uri, logo_uri,
// webhook endpoints) or a name (client_name, its client_name#tag variants, display_name): `{...}`
// or `<...>`, or an http(s) URL whose host has no dot (`https://your/webhooks/endpoint`). One
// warning per value, located at the value. Custom schemes (`myapp://callback`) and IPv6 literals
// are not checked for a dot.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { keysIn, NO_FINDINGS } from './manifest-check.js';
import { absoluteUrlOf, urlFieldLabel, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';

const BRACES = /\{[^{}]*\}|<[^<>]*>/;
const HTTP_SCHEME = /^https?:\/\//i;

function hostWithoutDot(field: UrlField): string | undefined {
  if (!HTTP_SCHEME.test(field.value)) return undefined;
  const url = absoluteUrlOf(field);
  if (!url) return undefined; // not a URL: the format rule reports it
  const host = url.hostname;
  if (host === '' || host.startsWith('[') || host.includes('.')) return undefined;
  return host;
}

/** `field`: the URL field whose value it is (for a name, undefined). */
function problem(value: string, field?: UrlField): string | undefined {
  // (The braces can only match where there is a brace or an angle bracket.)
  const braces = value.includes('{') || value.includes('<') ? BRACES.exec(value) : null;
  if (braces) return `contains the placeholder ${quote(braces[0], 60)}; replace it with the real value`;
  if (field === undefined) return undefined;
  const host = hostWithoutDot(field);
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
    // (A client_name#… key can be any length: shortened, as a value is.)
    if (typeof value === 'string' && (why = problem(value)) !== undefined && context.budget.admit('placeholder', 'warning'))
      findings = found(findings, [key], `${key.length > 80 ? quote(key, 60) : key} ${why}`);
  }
  const urls = urlFieldsIn(context);
  for (let i = 0; i < urls.length; i++) {
    const field = urls[i]!;
    if ((why = problem(field.value, field)) === undefined || !context.budget.admit('placeholder', 'warning')) continue;
    (findings ??= []).push({ rule: 'placeholder', severity: 'warning', pointer: urlFieldPointer(field), target: 'value', message: `${urlFieldLabel(field)} ${why}` });
  }
  return findings ?? NO_FINDINGS;
};
