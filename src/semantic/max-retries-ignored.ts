// `max-retries-ignored`: capabilities.webhooks.retry.retention_time is set, so LivePerson retries a
// failed notification for that long and ignores a webhook's non-zero max_retries (webhooks
// retry-policy page). `max_retries: 0` still counts there: that event is dropped instead of retried,
// so it is not reported. One warning per such max_retries, located at its value. A retention_time or
// max_retries that is not a number is left to the schema.
import type { PendingFinding } from '../engine/findings.js';
import { pointerFrom } from '../engine/findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { eventLabel, isRecord, NO_FINDINGS, own, webhooksIn } from './manifest-check.js';

export const checkMaxRetriesIgnored: ManifestCheck = (context) => {
  const { manifest } = context;
  const capabilities = own(manifest, 'capabilities');
  if (!isRecord(capabilities)) return NO_FINDINGS;
  const webhooks = own(capabilities, 'webhooks');
  if (!isRecord(webhooks)) return NO_FINDINGS;
  const retry = own(webhooks, 'retry');
  if (!isRecord(retry) || typeof own(retry, 'retention_time') !== 'number') return NO_FINDINGS;
  let findings: PendingFinding[] | undefined;
  const all = webhooksIn(context);
  for (let i = 0; i < all.length; i++) {
    const { event, webhook } = all[i]!;
    const retries = own(webhook, 'max_retries');
    if (typeof retries !== 'number' || retries === 0 || !context.budget.admit('max-retries-ignored', 'warning')) continue;
    (findings ??= []).push({
      rule: 'max-retries-ignored',
      severity: 'warning',
      pointer: pointerFrom(['capabilities', 'webhooks', event, 'max_retries']),
      target: 'value',
      message: `max_retries of ${eventLabel(event)} is ignored because capabilities.webhooks.retry.retention_time is set (failed notifications are retried for that long); remove max_retries, set it to 0 to drop this event instead of retrying it, or remove retry to use max_retries`,
    });
  }
  return findings ?? NO_FINDINGS;
};
