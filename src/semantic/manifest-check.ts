// What a semantic rule is: a function from one parsed manifest to pending findings (by pointer).
// Rules must tolerate values of the wrong type: the schema already reports those. A rule asks
// `context.budget` before it builds each finding, and builds none it is refused (a file lists at
// most MAX_LISTED_PER_RULE findings of one rule; the budget counts the rest).
import type { ListingBudget } from '../engine/finding-budget.js';
import type { PendingFinding, ProfileId, QuickLaunchStatus } from '../engine/findings.js';
import { EVENT_KEY_LIMIT, WEBHOOK_EVENTS } from '../schema/schema-findings.js';
import { codePointLength, quote } from '../text/describe.js';
import type { LogoMeasurements } from './logo-size.js';
import type { AccountView } from './account-facts.js';
import type { UrlField } from './url-fields.js';
import type { WebhookHeader } from './webhook-headers.js';

export interface CheckOptions {
  /** Profile ids from the `profiles` input; empty when not given. */
  profiles: readonly ProfileId[];
  requireQuickLaunch: boolean;
  /** The run's logo files, each measured once (logo-size.ts); made on first use when not given. */
  logos?: LogoMeasurements;
  /** The LivePerson account's profiles and installations (account checks), when read. */
  account?: AccountView;
}

export interface ManifestContext {
  /** The parsed top-level object. */
  manifest: Readonly<Record<string, unknown>>;
  /** Workspace-relative POSIX path of the manifest. */
  path: string;
  /** Absolute path of the workspace (repository root). */
  workspaceRoot: string;
  options: CheckOptions;
  /** Which findings are listed: ask it before building one (see above). */
  budget: ListingBudget;
  /** Memo of keysIn(context). */
  keys?: readonly string[];
  /** Memo of webhooksIn(context): computed at most once per manifest, shared by the rules. */
  webhooks?: readonly Webhook[];
  /** Memo of headersIn(context) (webhook-headers.ts). */
  headers?: readonly (readonly WebhookHeader[])[];
  /** Memo of urlFieldsIn(context) (url-fields.ts). */
  urls?: readonly UrlField[];
  /** The JSON text of each number in enabled_for_profiles (enabledProfileTokens in quick-launch.ts), when there is one. */
  profileTokens?: readonly (string | undefined)[];
  /** Memo of quickLaunchIn(context) (quick-launch.ts): the rule and the engine's result share it. */
  quickLaunch?: QuickLaunchStatus | null;
}

export interface Webhook {
  /** The event key under capabilities.webhooks. */
  event: string;
  webhook: Record<string, unknown>;
}

export type ManifestCheck = (context: ManifestContext) => readonly PendingFinding[] | Promise<readonly PendingFinding[]>;

/** What a rule returns when it finds nothing (shared: most rules find nothing in most manifests). */
export const NO_FINDINGS: readonly PendingFinding[] = Object.freeze([]);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own property only: manifests may contain keys such as "__proto__" or "constructor". */
export function own(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

const NO_WEBHOOKS: readonly Webhook[] = Object.freeze([]);

/**
 * The webhook objects of a manifest with their event keys (skipping "retry" and non-objects). An
 * unknown key is a webhook too (the schema checks its value as one), unless it is longer than
 * EVENT_KEY_LIMIT (then, as in the schema, only the key is reported).
 */
export function webhooksOf(manifest: Readonly<Record<string, unknown>>): readonly Webhook[] {
  const capabilities = own(manifest, 'capabilities');
  if (!isRecord(capabilities)) return NO_WEBHOOKS;
  const webhooks = own(capabilities, 'webhooks');
  if (!isRecord(webhooks)) return NO_WEBHOOKS;
  const out: Webhook[] = [];
  const events = Object.keys(webhooks);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const webhook = webhooks[event];
    if (event === 'retry' || !isRecord(webhook)) continue;
    if (event.length > EVENT_KEY_LIMIT && codePointLength(event) > EVENT_KEY_LIMIT) continue;
    out.push({ event, webhook });
  }
  return out;
}

/**
 * How a message names a webhook's event key: as it is for one of the five events, else quoted and
 * shortened. An unknown key is still checked as a webhook, and it may be any length: printed whole in
 * the message of each of its headers, it would grow the output with the square of the file's size.
 */
export function eventLabel(event: string): string {
  return WEBHOOK_EVENTS.includes(event) ? event : quote(event, 60);
}

/** Object.keys(context.manifest), computed once per manifest (several rules look at every key). */
export function keysIn(context: ManifestContext): readonly string[] {
  return (context.keys ??= Object.keys(context.manifest));
}

/** webhooksOf(context.manifest), computed once per manifest (several rules read the webhooks). */
export function webhooksIn(context: ManifestContext): readonly Webhook[] {
  return (context.webhooks ??= webhooksOf(context.manifest));
}
