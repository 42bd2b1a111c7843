// The URL fields of a manifest, with where they are: shared by format (uri-format.ts), placeholder,
// insecure-url and unreachable-endpoint, which each judge them their own way. Only string values are
// listed (the schema reports the others). Each value is parsed as a URL at most once (absoluteUrlOf),
// whichever rule asks first.
import { pointerFrom } from '../engine/findings.js';
import { eventLabel, own, webhooksIn, type ManifestContext } from './manifest-check.js';
import { parseAbsoluteUrl, type ParsedUrl } from './parsed-url.js';

export interface UrlField {
  kind: 'redirect' | 'entry' | 'logo' | 'endpoint';
  value: string;
  /** The index in redirect_uris (redirect), else -1. */
  index: number;
  /** The webhook's event key (endpoint), else ''. */
  event: string;
  /** Memo of absoluteUrlOf: undefined until asked, null when the value is not an absolute URL. */
  url: ParsedUrl | null | undefined;
}

/** parseAbsoluteUrl(field.value), computed once per field. */
export function absoluteUrlOf(field: UrlField): ParsedUrl | null {
  if (field.url === undefined) field.url = parseAbsoluteUrl(field.value);
  return field.url;
}

/** Every URL field, in manifest order: redirect_uris items, entry_uri, logo_uri, webhook endpoints; computed once per manifest. */
export function urlFieldsIn(context: ManifestContext): readonly UrlField[] {
  return (context.urls ??= urlFieldsOf(context));
}

function urlFieldsOf(context: ManifestContext): readonly UrlField[] {
  const { manifest } = context;
  const out: UrlField[] = [];
  const redirects = own(manifest, 'redirect_uris');
  if (Array.isArray(redirects)) {
    for (let index = 0; index < redirects.length; index++) {
      const value: unknown = redirects[index];
      if (typeof value === 'string') out.push({ kind: 'redirect', value, index, event: '', url: undefined });
    }
  }
  const entry = own(manifest, 'entry_uri');
  if (typeof entry === 'string') out.push({ kind: 'entry', value: entry, index: -1, event: '', url: undefined });
  const logo = own(manifest, 'logo_uri');
  if (typeof logo === 'string') out.push({ kind: 'logo', value: logo, index: -1, event: '', url: undefined });
  const webhooks = webhooksIn(context);
  for (let i = 0; i < webhooks.length; i++) {
    const { event, webhook } = webhooks[i]!;
    const endpoint = own(webhook, 'endpoint');
    if (typeof endpoint === 'string') out.push({ kind: 'endpoint', value: endpoint, index: -1, event, url: undefined });
  }
  return out;
}

/** The pointer of a URL field's value. */
export function urlFieldPointer(field: UrlField): string {
  switch (field.kind) {
    case 'redirect':
      return pointerFrom(['redirect_uris', field.index]);
    case 'entry':
      return '/entry_uri';
    case 'logo':
      return '/logo_uri';
    case 'endpoint':
      return pointerFrom(['capabilities', 'webhooks', field.event, 'endpoint']);
  }
}

/** How a message names a URL field: "redirect_uris[0]", "entry_uri", "logo_uri", "the endpoint of <event>". */
export function urlFieldLabel(field: UrlField): string {
  switch (field.kind) {
    case 'redirect':
      return `redirect_uris[${field.index}]`;
    case 'entry':
      return 'entry_uri';
    case 'logo':
      return 'logo_uri';
    case 'endpoint':
      return `the endpoint of ${eventLabel(field.event)}`;
  }
}
