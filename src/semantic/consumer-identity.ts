// `consumer-identity`: capabilities.engagement.consumer_identity is an array without "auth" (the
// LivePerson page: "The value has to be set to auth"). Located at the array.
import type { ManifestCheck } from './manifest-check.js';
import { isRecord, NO_FINDINGS, own } from './manifest-check.js';

export const checkConsumerIdentity: ManifestCheck = ({ manifest, budget }) => {
  const capabilities = own(manifest, 'capabilities');
  if (!isRecord(capabilities)) return NO_FINDINGS;
  const engagement = own(capabilities, 'engagement');
  if (!isRecord(engagement)) return NO_FINDINGS;
  const identity = own(engagement, 'consumer_identity');
  if (!Array.isArray(identity) || identity.includes('auth') || !budget.admit('consumer-identity', 'warning')) return NO_FINDINGS;
  return [
    {
      rule: 'consumer-identity',
      severity: 'warning',
      pointer: '/capabilities/engagement/consumer_identity',
      target: 'value',
      message: `consumer_identity ${identity.length === 0 ? 'is empty' : 'lacks "auth"'}; the LivePerson page says it has to be set to "auth"`,
    },
  ];
};
