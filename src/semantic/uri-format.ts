// `format`: URI fields must be URIs. The schema already requires webhook endpoints to start with
// https://; here we check they parse as URLs, and that redirect_uris / entry_uri are absolute URLs
// and logo_uri a URL or a path. A value with a template placeholder (`<redirect URI>`, `{DOMAIN}`) is
// left to the `placeholder` rule, and an empty or blank entry_uri to `quick-launch` (one finding for
// one mistake). A URL percent-encoded as a whole (`https%3A%2F%2Fapp.example.com%2Fcb`, copied from
// a query string) is a format error in every URL field, logo_uri included (where it would pass for a
// relative path), with the decoded URL as a suggestion. Messages name the field (and the webhook).
import type { PendingFinding } from '../engine/findings.js';
import { replaceString } from '../fixes/fix-ops.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS } from './manifest-check.js';
import { decodedWholeUrl, percentEncodedMessage } from './parsed-url.js';
import { placeholderIn } from './placeholder-text.js';
import { absoluteUrlOf, urlFieldLabel, urlFieldPointer, urlFieldsIn, type UrlField } from './url-fields.js';

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
    // The endpoint's percent-encoded URL is the schema's format error (not https://), with this suggestion.
    const decoded = field.kind === 'endpoint' ? undefined : decodedWholeUrl(value);
    if (decoded !== undefined) {
      if (!context.budget.admit('format', 'error')) continue;
      const pointer = urlFieldPointer(field);
      (findings ??= []).push({ rule: 'format', severity: 'error', pointer, target: 'value', message: percentEncodedMessage(urlFieldLabel(field)), suggestion: replaceString(pointer, value, decoded) });
      continue;
    }
    if (placeholderIn(value) !== undefined) continue;
    let problem: string | undefined;
    switch (field.kind) {
      case 'redirect':
        if (!parsesAsAbsoluteUrl(field)) problem = 'is not an absolute URL';
        break;
      case 'entry':
        if (value.trim() !== '' && !parsesAsAbsoluteUrl(field)) problem = 'is not an absolute URL';
        break;
      case 'logo':
        if (value !== '' && !parsesAsReference(field)) problem = 'is not a URL or a path';
        break;
      case 'endpoint':
        // Not https:// at all is the schema's format error already.
        if (value.startsWith('https://') && !parsesAsAbsoluteUrl(field)) problem = 'is not a valid absolute https:// URL';
        break;
    }
    if (problem !== undefined && context.budget.admit('format', 'error'))
      (findings ??= []).push({ rule: 'format', severity: 'error', pointer: urlFieldPointer(field), target: 'value', message: `${urlFieldLabel(field)} ${problem}` });
  }
  return findings ?? NO_FINDINGS;
};
