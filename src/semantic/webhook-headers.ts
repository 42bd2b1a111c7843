// The headers of every webhook, with where they are: shared by header-name and secret-in-header.
// Items that are not objects are skipped (the schema reports them).
import { pointerFrom } from '../findings.js';
import { isRecord, webhooksOf } from './manifest-check.js';

export interface WebhookHeader {
  /** The webhook's event key. */
  event: string;
  /** Index in the webhook's headers array. */
  index: number;
  header: Record<string, unknown>;
  /** Pointer of the header object. */
  pointer: string;
}

/** Every header object of every webhook, grouped by webhook (in manifest order). */
export function headersByWebhook(manifest: Readonly<Record<string, unknown>>): WebhookHeader[][] {
  const groups: WebhookHeader[][] = [];
  for (const { event, webhook } of webhooksOf(manifest)) {
    const headers = Object.prototype.hasOwnProperty.call(webhook, 'headers') ? webhook['headers'] : undefined;
    if (!Array.isArray(headers)) continue;
    const group: WebhookHeader[] = [];
    headers.forEach((header: unknown, index) => {
      if (isRecord(header)) group.push({ event, index, header, pointer: pointerFrom(['capabilities', 'webhooks', event, 'headers', index]) });
    });
    groups.push(group);
  }
  return groups;
}

/** "headers[0] of cqm.ExConversationChangeNotification": a place a person can find. */
export function headerLabel(h: WebhookHeader): string {
  return `headers[${h.index}] of ${h.event}`;
}
