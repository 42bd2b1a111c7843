// The account checks in the action: the liveperson-* inputs to an account read through the client
// (loaded only with credentials), its secrets masked with core.setSecret before they can reach a
// line of output, its notes in the log, and the profiles input with names resolved.
import type { ProfileId } from '../engine/findings.js';
import * as core from '@actions/core';
import { accountSetup, ACTION_NAMES, clientOptionsFromEnv, profilesHaveNames, readAccountFacts, resolveProfiles } from '../liveperson/account-checks.js';
import { logSafe } from '../reporters/log-safe.js';
import type { AccountView } from '../semantic/account-facts.js';
import type { ActionInputs } from './inputs.js';

export interface ActionAccount {
  /** The account id, when the account checks were asked for. */
  account?: string;
  view?: AccountView;
  /** What was asked for and not checked, and why: the step fails with it, after every finding is out. */
  failure?: string;
  /** The profiles input resolved (names to ids); the config file's profiles when the input is empty. */
  profiles: ProfileId[];
}

/** Throws UsageError for inputs that contradict each other, or a profile name the account does not have. */
export async function accountForAction(inputs: ActionInputs): Promise<ActionAccount> {
  const setup = accountSetup(inputs.account, ACTION_NAMES);
  if (setup.kind === 'off') {
    if (setup.notice !== undefined) core.notice(logSafe(setup.notice), { title: 'LivePerson account' });
    return { profiles: inputs.profiles };
  }
  if (setup.kind === 'no-credentials') {
    const names = profilesHaveNames(inputs.profilesText) ? '; the profile names of the profiles input were left out (only its ids are checked)' : '';
    core.notice(logSafe(setup.notice + names), { title: 'LivePerson account' });
    return { account: setup.account, profiles: idsOnly(inputs) };
  }
  // The passwords were masked as the inputs were read; the bearer and csrf are masked here as soon as read.
  const masked = new Set([inputs.account.password, inputs.account.appSecret]);
  const outcome = await readAccountFacts(setup, {
    ...clientOptionsFromEnv(process.env),
    onSecret: (s) => {
      if (masked.has(s)) return;
      masked.add(s);
      core.setSecret(s);
    },
    onNote: (note) => core.info(logSafe(note)),
  });
  if (outcome.view?.profiles === undefined) {
    const unresolved = profilesHaveNames(inputs.profilesText) ? '; the profile names of the profiles input could not be resolved, so only its ids were checked' : '';
    return { account: outcome.account, failure: `${outcome.failure ?? 'the account could not be read'}${unresolved}`, profiles: idsOnly(inputs) };
  }
  return {
    account: outcome.account,
    view: outcome.view,
    failure: outcome.failure,
    profiles: inputs.profilesText.trim() === '' ? inputs.profiles : resolveProfiles(inputs.profilesText, outcome.view, 'profiles'),
  };
}

/** The ids of the profiles input, its names left out (the account was not read). */
function idsOnly(inputs: ActionInputs): ProfileId[] {
  if (inputs.profiles.length > 0) return inputs.profiles;
  const ids = new Set<ProfileId>();
  for (const token of inputs.profilesText.split(/[\s,]+/)) if (/^[0-9]{1,15}$/.test(token) && Number(token) > 0) ids.add(Number(token));
  return [...ids];
}
