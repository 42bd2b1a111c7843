// `max-retries-ignored`: capabilities.webhooks.retry.retention_time is set, so LivePerson ignores
// the max_retries of every webhook (webhooks retry-policy page). One warning per max_retries,
// located at its value. A retention_time that is not a number is left to the schema.
import type { PendingFinding } from '../findings.js';
import { pointerFrom } from '../findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { isRecord, NO_FINDINGS, own, webhooksIn } from './manifest-check.js';

export const checkMaxRetriesIgnored: ManifestCheck = (context) => {
  const { manifest } = context;
  const capabilities = own(manifest, 'capabilities');
  if (!isRecord(capabilities)) return NO_FINDINGS;
  const webhooks = own(capabilities, 'webhooks');
  if (!isRecord(webhooks)) return NO_FINDINGS;
  const retry = own(webhooks, 'retry');
  if (!isRecord(retry) || typeof own(retry, 'retention_time') !== 'number') return NO_FINDINGS;
  const findings: PendingFinding[] = [];
  for (const { event, webhook } of webhooksIn(context)) {
    if (own(webhook, 'max_retries') === undefined) continue;
    findings.push({
      rule: 'max-retries-ignored',
      severity: 'warning',
      pointer: pointerFrom(['capabilities', 'webhooks', event, 'max_retries']),
      target: 'value',
      message: `max_retries of ${event} is ignored because capabilities.webhooks.retry.retention_time is set; remove max_retries, or remove retry to use it`,
    });
  }
  return findings;
};
