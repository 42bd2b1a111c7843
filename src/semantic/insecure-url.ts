// `insecure-url`: an http:// URL in redirect_uris, entry_uri or an absolute logo_uri. (A webhook
// endpoint with http:// is already a `format` error from the schema: not reported again here.)
// Located at the URL value. The URL itself is not quoted: the location shows it. A loopback host
// (localhost, 127.0.0.1, [::1]) never leaves the machine: a plain-http loopback redirect URI is fine
// (RFC 8252 §7.3, §8.3: native apps and development), and an http:// loopback entry_uri or logo_uri
// is reported for what it is, a development address that works only on the developer's machine.
import type { PendingFinding } from '../engine/findings.js';
import { quote } from '../text/describe.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';
import { isLoopbackHost } from './parsed-url.js';
import { absoluteUrlOf, urlFieldLabel, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';

const HTTP = /^http:/i;

/** Why http:// is a problem, by field (webhook endpoints are the schema's). */
const WHY: Record<Exclude<UrlField['kind'], 'endpoint'>, string> = {
  redirect: 'the authorization response would travel unencrypted',
  entry: 'the app would load unencrypted',
  logo: 'browsers block or warn about insecure images on an https page',
};

export const checkInsecureUrl: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const urls = urlFieldsIn(context);
  for (let i = 0; i < urls.length; i++) {
    const field = urls[i]!;
    if (field.kind === 'endpoint' || !HTTP.test(field.value)) continue;
    const url = absoluteUrlOf(field);
    const loopback = url !== null && isLoopbackHost(url.hostname) ? url.hostname : undefined;
    if ((loopback !== undefined && field.kind === 'redirect') || !context.budget.admit('insecure-url', 'warning')) continue;
    (findings ??= []).push({
      rule: 'insecure-url',
      severity: 'warning',
      pointer: urlFieldPointer(field),
      target: 'value',
      message:
        loopback !== undefined
          ? `${urlFieldLabel(field)} uses http:// on the loopback host ${quote(loopback, 60)}: it works only on the developer's own machine; use the https:// address of the deployed app`
          : `${urlFieldLabel(field)} uses http://: ${WHY[field.kind]}; use https://`,
    });
  }
  return findings ?? NO_FINDINGS;
};
