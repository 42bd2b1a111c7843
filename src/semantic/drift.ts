// `drift` (only with compare-installed, when the installations were read): the manifest is matched
// to the installed app with the same client_name, and each field that differs is one warning,
// "installed: <value>; this file: <value>", at the file's value (at the object's `{` when the file
// does not set it). Compared: description, display_name, logo_uri, entry_uri, enabled,
// quick_launch_enabled, enabled_for_profiles, redirect_uris, grant_types, response_types, scope,
// capabilities.engagement, and per webhook endpoint, max_retries and headers. The fields LivePerson sets (id,
// client_id, client_secret, ..., webhooks.retry, broadcast) are never compared. A header is
// compared by name; its value is only said to differ, never printed (either side may be a secret).
// A field the file leaves out counts as LivePerson's default (enabled true, quick_launch_enabled
// false, an empty list, max_retries 0). Two installed apps of one name: one warning naming their
// ids, and nothing compared. No installation of the name: no finding (listed in the summaries).
import type { PendingFinding, Target } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import { escapeInvisible, quote } from '../text/describe.js';
import type { ManifestCheck, ManifestContext } from './manifest-check.js';
import { eventLabel, isRecord, NO_FINDINGS, own } from './manifest-check.js';

const TOP_FIELDS = [
  'description',
  'display_name',
  'logo_uri',
  'entry_uri',
  'enabled',
  'quick_launch_enabled',
  'enabled_for_profiles',
  'redirect_uris',
  'grant_types',
  'response_types',
  'scope',
] as const;

/** Lists compared as sets (LivePerson may return them in another order). */
const SET_FIELDS = new Set(['enabled_for_profiles', 'redirect_uris', 'grant_types', 'response_types']);

const DEFAULTS: Readonly<Record<string, unknown>> = { enabled: true, quick_launch_enabled: false, max_retries: 0 };

/** Nesting compared; deeper is one value (an installation from the account may nest without limit). */
const MAX_DEPTH = 64;

/** JSON with object keys sorted (for comparing): each value read once, at most MAX_DEPTH deep. */
function canonical(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return '"(nested too deep)"';
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonical(v, depth + 1)).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k], depth + 1)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function isDefault(field: string, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Object.prototype.hasOwnProperty.call(DEFAULTS, field)) return DEFAULTS[field] === value;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'string') return value === '';
  return isRecord(value) && Object.keys(value).length === 0;
}

function same(field: string, installed: unknown, file: unknown): boolean {
  if (installed === undefined || file === undefined) return isDefault(field, installed) && isDefault(field, file);
  if (field === 'scope' && typeof installed === 'string' && typeof file === 'string') {
    const tokens = (s: string) => [...new Set(s.split(' ').filter((t) => t !== ''))].sort().join(' ');
    return tokens(installed) === tokens(file);
  }
  if (SET_FIELDS.has(field) && Array.isArray(installed) && Array.isArray(file)) {
    const set = (a: unknown[]) => [...new Set(a.map((v: unknown) => canonical(v)))].sort().join(',');
    return set(installed) === set(file);
  }
  return canonical(installed) === canonical(file);
}

/** A value for a message: "not set", a quoted string, or JSON, shortened; invisible characters escaped. */
function show(value: unknown): string {
  if (value === undefined) return 'not set';
  if (typeof value === 'string') return quote(value, 80);
  const json = canonical(value);
  return escapeInvisible(json.length > 120 ? json.slice(0, 120) + '…' : json, { oneLine: true });
}

function has(object: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The webhooks of a capabilities object by event (not retry; objects only). */
function webhooksOf(root: Readonly<Record<string, unknown>>): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const capabilities = own(root, 'capabilities');
  const webhooks = isRecord(capabilities) ? own(capabilities, 'webhooks') : undefined;
  if (!isRecord(webhooks)) return out;
  for (const event of Object.keys(webhooks)) {
    const hook = webhooks[event];
    if (event !== 'retry' && isRecord(hook)) out.set(event, hook);
  }
  return out;
}

/** The headers of a webhook by header_name (the first of a repeated name), with their index. */
function headersOf(hook: Record<string, unknown>): Map<string, { name: string; index: number; value: unknown }> {
  const out = new Map<string, { name: string; index: number; value: unknown }>();
  const headers = own(hook, 'headers');
  if (!Array.isArray(headers)) return out;
  for (let index = 0; index < headers.length; index++) {
    const h: unknown = headers[index];
    if (!isRecord(h)) continue;
    const name = own(h, 'header_name');
    if (typeof name === 'string' && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, index, value: own(h, 'header_value') });
  }
  return out;
}

export const checkDrift: ManifestCheck = (context) => {
  const view = context.options.account;
  if (view?.installations === undefined) return NO_FINDINGS;
  const { manifest, budget } = context;
  const clientName = own(manifest, 'client_name');
  if (typeof clientName !== 'string' || clientName.trim() === '') return NO_FINDINGS;
  if (!view.manifests.has(clientName)) view.manifests.set(clientName, context.path);
  const apps = view.installations.get(clientName);
  if (apps === undefined) return NO_FINDINGS;
  const findings: PendingFinding[] = [];
  const add = (pointer: string, target: Target, message: string) => {
    if (budget.admit('drift', 'warning')) findings.push({ rule: 'drift', severity: 'warning', pointer, target, message });
  };
  if (apps.length > 1) {
    const ids = apps.map((a) => (typeof a['id'] === 'string' || typeof a['id'] === 'number' ? quote(String(a['id']), 40) : 'no id')).join(', ');
    add(
      '/client_name',
      'value',
      `${apps.length} installed apps are named ${quote(clientName)} (ids ${ids}): which one this file is cannot be told, so none is compared; LivePerson requires client_name to be unique`,
    );
    return findings;
  }
  compareApp(context, apps[0]!, add);
  return findings.length === 0 ? NO_FINDINGS : findings;
};

function compareApp(context: ManifestContext, app: Readonly<Record<string, unknown>>, add: (pointer: string, target: Target, message: string) => void): void {
  const { manifest } = context;
  const differs = (label: string, installed: unknown, file: unknown) => `${label}: installed: ${show(installed)}; this file: ${show(file)}`;
  for (const field of TOP_FIELDS) {
    const installed = own(app, field);
    const file = own(manifest, field);
    if (same(field, installed, file)) continue;
    if (has(manifest, field)) add(pointerFrom([field]), 'value', differs(field, installed, file));
    else add('', 'open-brace', differs(field, installed, file));
  }
  // capabilities.engagement (the engagement settings of a connector).
  const fileCapabilities = own(manifest, 'capabilities');
  const appCapabilities = own(app, 'capabilities');
  const fileEngagement = isRecord(fileCapabilities) ? own(fileCapabilities, 'engagement') : undefined;
  const appEngagement = isRecord(appCapabilities) ? own(appCapabilities, 'engagement') : undefined;
  if (!same('engagement', appEngagement, fileEngagement)) {
    const message = differs('capabilities.engagement', appEngagement, fileEngagement);
    if (fileEngagement !== undefined) add('/capabilities/engagement', 'value', message);
    else add(isRecord(fileCapabilities) ? '/capabilities' : '', 'open-brace', message);
  }
  const fileHooks = webhooksOf(manifest);
  const appHooks = webhooksOf(app);
  for (const [event, hook] of fileHooks) {
    const at = (...rest: (string | number)[]) => pointerFrom(['capabilities', 'webhooks', event, ...rest]);
    const installedHook = appHooks.get(event);
    if (installedHook === undefined) {
      add(at(), 'key', `webhook ${eventLabel(event)}: installed: none; this file: endpoint ${show(own(hook, 'endpoint'))}`);
      continue;
    }
    for (const field of ['endpoint', 'max_retries']) {
      const installed = own(installedHook, field);
      const file = own(hook, field);
      if (same(field, installed, file)) continue;
      add(has(hook, field) ? at(field) : at(), has(hook, field) ? 'value' : 'open-brace', differs(`${field} of ${eventLabel(event)}`, installed, file));
    }
    const fileHeaders = headersOf(hook);
    const appHeaders = headersOf(installedHook);
    for (const [key, header] of fileHeaders) {
      const installed = appHeaders.get(key);
      const label = `header ${quote(header.name, 60)} of ${eventLabel(event)}`;
      if (installed === undefined) add(at('headers', header.index, 'header_name'), 'value', `${label}: installed: none; this file: set`);
      else if (canonical(installed.value) !== canonical(header.value)) add(at('headers', header.index, 'header_value'), 'value', `${label}: the installed value differs (neither value is shown)`);
    }
    for (const [key, { name }] of appHeaders) {
      if (fileHeaders.has(key)) continue;
      add(has(hook, 'headers') ? at('headers') : at(), has(hook, 'headers') ? 'value' : 'open-brace', `header ${quote(name, 60)} of ${eventLabel(event)}: installed: set; this file: none`);
    }
  }
  for (const [event, hook] of appHooks) {
    if (fileHooks.has(event)) continue;
    const capabilities = own(manifest, 'capabilities');
    const webhooks = isRecord(capabilities) ? own(capabilities, 'webhooks') : undefined;
    const pointer = webhooks !== undefined ? '/capabilities/webhooks' : capabilities !== undefined ? '/capabilities' : '';
    add(pointer, pointer === '' ? 'open-brace' : 'key', `webhook ${eventLabel(event)}: installed: endpoint ${show(own(hook, 'endpoint'))}; this file: none`);
  }
}
