// The headers of every webhook, with where they are: shared by header-name and secret-in-header.
// Items that are not objects are skipped (the schema reports them).
import { pointerFrom } from '../engine/findings.js';
import { eventLabel, isRecord, webhooksIn, type ManifestContext } from './manifest-check.js';

export interface WebhookHeader {
  /** The webhook's event key. */
  event: string;
  /** Index in the webhook's headers array. */
  index: number;
  header: Record<string, unknown>;
}

/** Every header object of every webhook, grouped by webhook (in manifest order); computed once per manifest. */
export function headersIn(context: ManifestContext): readonly (readonly WebhookHeader[])[] {
  return (context.headers ??= headersByWebhook(context));
}

const NO_HEADERS: readonly (readonly WebhookHeader[])[] = Object.freeze([]);

function headersByWebhook(context: ManifestContext): readonly (readonly WebhookHeader[])[] {
  let groups: WebhookHeader[][] | undefined;
  const webhooks = webhooksIn(context);
  for (let w = 0; w < webhooks.length; w++) {
    const { event, webhook } = webhooks[w]!;
    const headers = Object.prototype.hasOwnProperty.call(webhook, 'headers') ? webhook['headers'] : undefined;
    if (!Array.isArray(headers)) continue;
    const group: WebhookHeader[] = [];
    for (let index = 0; index < headers.length; index++) {
      const header: unknown = headers[index];
      if (isRecord(header)) group.push({ event, index, header });
    }
    (groups ??= []).push(group);
  }
  return groups ?? NO_HEADERS;
}

/** Pointer of a field of a header object, e.g. /capabilities/webhooks/<event>/headers/0/header_name. */
export function headerPointer(h: WebhookHeader, field: string): string {
  return pointerFrom(['capabilities', 'webhooks', h.event, 'headers', h.index, field]);
}

/** "headers[0] of cqm.ExConversationChangeNotification" (an odd event key quoted): a place a person can find. */
export function headerLabel(h: WebhookHeader): string {
  return `headers[${h.index}] of ${eventLabel(h.event)}`;
}
