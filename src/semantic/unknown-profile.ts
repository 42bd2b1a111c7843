// `unknown-profile` (only when the account's profiles were read): an id in enabled_for_profiles
// that is not a profile of the account, or a deleted one: the QuickLaunch entry reaches nobody
// through it. One error per such id, located at the id; the message lists the account's profiles
// with their names (at most 20). Values that are not positive integers are left to the schema.
import type { PendingFinding } from '../engine/findings.js';
import { profileListing, profileName } from './account-facts.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

export const checkUnknownProfile: ManifestCheck = ({ manifest, options, budget }) => {
  const view = options.account;
  if (view?.profiles === undefined) return NO_FINDINGS;
  const ids = own(manifest, 'enabled_for_profiles');
  if (!Array.isArray(ids)) return NO_FINDINGS;
  let findings: PendingFinding[] | undefined;
  for (let i = 0; i < ids.length; i++) {
    const id: unknown = ids[i];
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) continue;
    const profile = view.profiles.get(id);
    if (profile !== undefined && profile.deleted !== true) continue;
    if (!budget.admit('unknown-profile', 'error')) continue;
    const what =
      profile === undefined
        ? `profile ${id} is not a profile of account ${view.account}`
        : `profile ${id}${profile.name.trim() === '' ? '' : ` (${profileName(profile.name)})`} is deleted in account ${view.account}`;
    (findings ??= []).push({
      rule: 'unknown-profile',
      severity: 'error',
      pointer: `/enabled_for_profiles/${i}`,
      target: 'value',
      message: `${what}: no user sees the app in QuickLaunch through it; the account's profiles: ${profileListing(view)}`,
    });
  }
  return findings ?? NO_FINDINGS;
};
