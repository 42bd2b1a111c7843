// `insecure-url`: an http:// URL in redirect_uris, entry_uri or an absolute logo_uri. (A webhook
// endpoint with http:// is already a `format` error from the schema: not reported again here.)
// Located at the URL value. The URL itself is not quoted: the location shows it.
import type { PendingFinding } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';
import { urlFieldLabel, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';

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
    if (field.kind === 'endpoint' || !HTTP.test(field.value) || !context.budget.admit('insecure-url', 'warning')) continue;
    (findings ??= []).push({
      rule: 'insecure-url',
      severity: 'warning',
      pointer: urlFieldPointer(field),
      target: 'value',
      message: `${urlFieldLabel(field)} uses http://: ${WHY[field.kind]}; use https://`,
    });
  }
  return findings ?? NO_FINDINGS;
};
