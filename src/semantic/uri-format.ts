// `format`: URI fields must be URIs. The schema already requires webhook endpoints to start with
// https://; here we check they parse as URLs, and that redirect_uris / entry_uri are absolute URLs
// and logo_uri a URL or a path. Placeholders such as {DOMAIN} are left to the `placeholder` rule, and
// an empty or blank entry_uri to `quick-launch` (one finding for one mistake).
import type { PendingFinding } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';
import { absoluteUrlOf, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';

const WHITE_SPACE = /\s/;
const NEEDS_HOST = /^(https?|wss?|ftp):$/;

function parsesAsAbsoluteUrl(field: UrlField): boolean {
  if (WHITE_SPACE.test(field.value)) return false;
  const url = absoluteUrlOf(field);
  return url !== null && url.protocol.length > 1 && (url.host !== '' || !NEEDS_HOST.test(url.protocol));
}

function parsesAsReference(field: UrlField): boolean {
  const { value } = field;
  if (WHITE_SPACE.test(value)) return false;
  // An absolute URL parses against any base too (only the base of a relative reference matters).
  if (absoluteUrlOf(field) !== null) return true;
  try {
    new URL(value, 'https://example.invalid/');
    return true;
  } catch {
    return false;
  }
}

export const checkUriFormat: ManifestCheck = (context) => {
  let findings: PendingFinding[] | undefined;
  const urls = urlFieldsIn(context);
  for (let i = 0; i < urls.length; i++) {
    const field = urls[i]!;
    const { value } = field;
    let problem: string | undefined;
    switch (field.kind) {
      case 'redirect':
        if (!parsesAsAbsoluteUrl(field)) problem = 'redirect URI is not an absolute URL';
        break;
      case 'entry':
        if (value.trim() !== '' && !parsesAsAbsoluteUrl(field)) problem = 'entry_uri is not an absolute URL';
        break;
      case 'logo':
        if (value !== '' && !parsesAsReference(field)) problem = 'logo_uri is not a URL or a path';
        break;
      case 'endpoint':
        // Not https:// at all is the schema's format error already.
        if (value.startsWith('https://') && !parsesAsAbsoluteUrl(field)) problem = 'endpoint is not a valid absolute https:// URL';
        break;
    }
    if (problem !== undefined && context.budget.admit('format', 'error'))
      (findings ??= []).push({ rule: 'format', severity: 'error', pointer: urlFieldPointer(field), target: 'value', message: problem });
  }
  return findings ?? NO_FINDINGS;
};
