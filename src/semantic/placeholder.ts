// `placeholder`: a template placeholder left in a string field the manifest defines: `<...>`,
// `{...}`, `${...}` or a `YOUR_...` word (placeholder-text.ts), in a name (client_name, its
// client_name#tag variants, display_name), description, scope, a URL field (redirect_uris, entry_uri,
// logo_uri, webhook endpoints), a webhook header (name or value), or an item of grant_types, response_types or the
// engagement fields; or an http(s) URL whose host has no dot (`https://your/webhooks/endpoint`).
// One warning per value, located at the value. The rules that would otherwise parse such a value
// (scope tokens, URL format) leave it to this one finding. Loopback hosts (`localhost`, 127.0.0.1,
// [::1]) are a developer's machine, not a placeholder; custom schemes (`myapp://callback`) and IPv6
// literals are not checked for a dot. A header_value is never quoted (it may hold a secret), and its
// message does not say to write the real value in: `${WEBHOOK_TOKEN}` there is how a credential is
// kept out of the repository, but LivePerson sends it as written, so the deployment must fill it in.
import type { PendingFinding } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck, ManifestContext } from './manifest-check.js';
import { isRecord, keysIn, NO_FINDINGS, own } from './manifest-check.js';
import { isLoopbackHost } from './parsed-url.js';
import { placeholderIn } from './placeholder-text.js';
import { absoluteUrlOf, urlFieldLabel, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';
import { headerLabel, headerPointer, headersIn } from './webhook-headers.js';

const HTTP_SCHEME = /^https?:\/\//i;

function hostWithoutDot(field: UrlField): string | undefined {
  if (!HTTP_SCHEME.test(field.value)) return undefined;
  const url = absoluteUrlOf(field);
  if (!url) return undefined; // not a URL: the format rule reports it
  const host = url.hostname;
  if (host === '' || host.startsWith('[') || host.includes('.') || isLoopbackHost(host)) return undefined;
  return host;
}

/** Why `value` looks like a template; `field`: the URL field whose value it is (else undefined). */
function problem(value: string, field?: UrlField): string | undefined {
  const found = placeholderIn(value);
  if (found) return `contains the placeholder ${quote(found.text, 60)}; replace it with the real value`;
  if (field === undefined) return undefined;
  const host = hostWithoutDot(field);
  if (host !== undefined) return `has the host ${quote(host, 60)}, which has no dot: a template placeholder? Use the real host name`;
  return undefined;
}

/** The array fields whose string items are checked, by their pointer segments. */
const ENUM_ARRAYS: readonly (readonly string[])[] = [
  ['grant_types'],
  ['response_types'],
  ['capabilities', 'engagement', 'entry_point'],
  ['capabilities', 'engagement', 'visitor_behavior'],
  ['capabilities', 'engagement', 'target_audience'],
  ['capabilities', 'engagement', 'goal'],
  ['capabilities', 'engagement', 'consumer_identity'],
];

/** The value at `segments` from the manifest (own properties only), or undefined. */
function at(manifest: Readonly<Record<string, unknown>>, segments: readonly string[]): unknown {
  let value: unknown = manifest;
  for (const s of segments) {
    if (!isRecord(value)) return undefined;
    value = own(value, s);
  }
  return value;
}

export const checkPlaceholder: ManifestCheck = (context: ManifestContext) => {
  const { manifest, budget } = context;
  let findings: PendingFinding[] | undefined;
  const report = (pointer: string, message: string) => {
    if (budget.admit('placeholder', 'warning')) (findings ??= []).push({ rule: 'placeholder', severity: 'warning', pointer, target: 'value', message });
  };
  let why: string | undefined;
  const keys = keysIn(context);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key !== 'client_name' && key !== 'display_name' && key !== 'description' && key !== 'scope' && !key.startsWith('client_name#')) continue;
    const value = manifest[key];
    // (A client_name#… key can be any length: shortened, as a value is.)
    if (typeof value === 'string' && (why = problem(value)) !== undefined) report(pointerFrom([key]), `${key.length > 80 ? quote(key, 60) : key} ${why}`);
  }
  for (const segments of ENUM_ARRAYS) {
    const items = at(manifest, segments);
    if (!Array.isArray(items)) continue;
    const name = segments[segments.length - 1]!;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (typeof item === 'string' && (why = problem(item)) !== undefined) report(pointerFrom([...segments, i]), `${name}[${i}] ${why}`);
    }
  }
  const urls = urlFieldsIn(context);
  for (let i = 0; i < urls.length; i++) {
    const field = urls[i]!;
    if ((why = problem(field.value, field)) !== undefined) report(urlFieldPointer(field), `${urlFieldLabel(field)} ${why}`);
  }
  const groups = headersIn(context);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    for (let h = 0; h < group.length; h++) {
      const header = group[h]!;
      const name = own(header.header, 'header_name');
      if (typeof name === 'string' && (why = problem(name)) !== undefined) report(headerPointer(header, 'header_name'), `the header_name of ${headerLabel(header)} ${why}`);
      const value = own(header.header, 'header_value');
      if (typeof value === 'string' && placeholderIn(value) !== undefined)
        report(
          headerPointer(header, 'header_value'),
          `the header_value of ${headerLabel(header)} contains a template placeholder; LivePerson sends it as written, so fill it in when you deploy (a credential belongs in your deployment's secrets, not in the repository)`,
        );
    }
  }
  return findings ?? NO_FINDINGS;
};
