// The account checks for both entry points, as plain data: which settings turn them on, reading the
// account (the client, src/liveperson/client.ts, is imported only here and only when there are
// credentials), what could not be checked and why, and `profiles` given by name. Nothing here
// prints: the shells say what it returns (the action with @actions/core, the command line on stderr).
import type { ProfileId } from '../engine/findings.js';
import { UsageError } from '../discovery/discovery.js';
import { parseProfiles } from '../engine/options.js';
import { accountView, type AccountFacts, type AccountView } from '../semantic/account-facts.js';
import { byCloseness } from '../text/closest.js';
import { quote } from '../text/describe.js';
import type { ClientOptions, LivePersonCredentials } from './client.js';

export interface AccountSettings {
  /** The account id; empty: the account checks are off. */
  account: string;
  username: string;
  password: string;
  appKey: string;
  appSecret: string;
  compareInstalled: boolean;
}

/** How each setting is called where it was given (action inputs or the command line's options and variables). */
export interface SettingNames {
  account: string;
  username: string;
  password: string;
  appKey: string;
  appSecret: string;
  compareInstalled: string;
}

export const ACTION_NAMES: SettingNames = {
  account: 'liveperson-account',
  username: 'liveperson-username',
  password: 'liveperson-password',
  appKey: 'liveperson-app-key',
  appSecret: 'liveperson-app-secret',
  compareInstalled: 'compare-installed',
};

export const CLI_NAMES: SettingNames = {
  account: '--account (or LP_ACCOUNT)',
  username: 'LP_USERNAME',
  password: 'LP_PASSWORD',
  appKey: 'LP_APP_KEY',
  appSecret: 'LP_APP_SECRET',
  compareInstalled: '--compare-installed',
};

export type AccountSetup =
  | { kind: 'off'; notice?: string }
  /** The account is named but the credentials are not all there (a pull request from a fork gets no secrets). */
  | { kind: 'no-credentials'; account: string; notice: string }
  | { kind: 'on'; credentials: LivePersonCredentials; compareInstalled: boolean };

/** Which account checks the settings ask for. Throws UsageError for settings that contradict each other. */
export function accountSetup(settings: AccountSettings, names: SettingNames): AccountSetup {
  const account = settings.account.trim();
  if (account === '') {
    return settings.compareInstalled
      ? { kind: 'off', notice: `${names.compareInstalled}: no LivePerson account is given (${names.account}), so the installed apps are not compared` }
      : { kind: 'off' };
  }
  if (!/^[A-Za-z0-9]{1,40}$/.test(account)) throw new UsageError(`${names.account}: ${quote(account, 40)} is not a LivePerson account id (letters and digits)`);
  if (settings.password !== '' && (settings.appKey !== '' || settings.appSecret !== '')) {
    throw new UsageError(`${names.password} and ${names.appKey}/${names.appSecret}: give one way to log in (a user's password, or an application's key and secret)`);
  }
  const missing: string[] = [];
  if (settings.username.trim() === '') missing.push(names.username);
  if (settings.password === '') {
    if (settings.appKey === '' && settings.appSecret === '') missing.push(`${names.password} (or ${names.appKey} and ${names.appSecret})`);
    else if (settings.appKey === '') missing.push(names.appKey);
    else if (settings.appSecret === '') missing.push(names.appSecret);
  }
  if (missing.length > 0) {
    return {
      kind: 'no-credentials',
      account,
      notice: `LivePerson account ${account}: no credentials (${missing.join(', ')} empty; a pull request from a fork gets no secrets), so the account checks (unknown-profile, profile names${settings.compareInstalled ? ', drift' : ''}) did not run; every other check did`,
    };
  }
  const credentials: LivePersonCredentials =
    settings.password !== ''
      ? { account, username: settings.username.trim(), password: settings.password }
      : { account, username: settings.username.trim(), appKey: settings.appKey, appSecret: settings.appSecret };
  return { kind: 'on', credentials, compareInstalled: settings.compareInstalled };
}

export interface AccountOutcome {
  account: string;
  facts?: AccountFacts;
  view?: AccountView;
  /** What was asked for and not checked, and why: the step (or the command) fails with it. */
  failure?: string;
}

/** Reads the account (the client loaded on first use). Never throws: a fault is `failure`. */
export async function readAccountFacts(setup: Extract<AccountSetup, { kind: 'on' }>, options: ClientOptions): Promise<AccountOutcome> {
  const { credentials, compareInstalled } = setup;
  const account = credentials.account;
  const { readAccount, AccountError, PartialReadError } = await import('./client.js');
  try {
    const read = await readAccount(credentials, { installations: compareInstalled }, options);
    const facts: AccountFacts = { account, profiles: read.profiles, ...(read.installations ? { installations: read.installations } : {}) };
    return { account, facts, view: accountView(facts) };
  } catch (error) {
    if (error instanceof PartialReadError) {
      const facts: AccountFacts = { account, profiles: error.partial.profiles };
      return { account, facts, view: accountView(facts), failure: `LivePerson account ${account}: drift was not checked (compare-installed): ${error.message}; the profiles were read and checked` };
    }
    const why = error instanceof AccountError ? error.message : `an unexpected error (${error instanceof Error ? error.name : 'unknown'})`;
    return {
      account,
      failure: `LivePerson account ${account} could not be read, so unknown-profile, the profile names${compareInstalled ? ' and drift (compare-installed)' : ''} were not checked: ${why}`,
    };
  }
}

/** Environment variables that tune the client for tests (a loopback LivePerson, short waits). */
export function clientOptionsFromEnv(env: Record<string, string | undefined>): Pick<ClientOptions, 'csdsUrl' | 'unitMs' | 'timeoutMs'> {
  const num = (value: string | undefined, max: number) => (value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Math.min(Number(value), max) : undefined);
  const out: Pick<ClientOptions, 'csdsUrl' | 'unitMs' | 'timeoutMs'> = {};
  if (env.LP_CSDS_URL) out.csdsUrl = env.LP_CSDS_URL;
  const unit = num(env.LP_MANIFEST_RETRY_UNIT_MS, 60_000);
  if (unit !== undefined) out.unitMs = unit;
  const timeout = num(env.LP_MANIFEST_API_TIMEOUT_MS, 600_000);
  if (timeout !== undefined && timeout > 0) out.timeoutMs = timeout;
  return out;
}

/** Whether `profiles` needs the account: it names a profile instead of giving its id. */
export function profilesHaveNames(text: string): boolean {
  return splitProfiles(text).some((t) => !/^[0-9\s]+$/.test(t));
}

/** Comma or line separated; a token of digits and spaces is ids ("42 43"), anything else a name. */
function splitProfiles(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/**
 * `profiles` (input or --profiles) with names resolved against the account's profiles ("Agent
 * Manager, 42"). A name matches a live profile's name, ignoring case; no match, or more than one
 * profile of that name, is a usage error naming the closest names or the ids.
 */
export function resolveProfiles(text: string, view: AccountView | undefined, inputName: string): ProfileId[] {
  // Without the account's profiles, as without the account checks: ids only.
  if (view?.profiles === undefined || !profilesHaveNames(text)) return parseProfiles(text, inputName);
  const live = [...(view?.profiles?.values() ?? [])].filter((p) => p.deleted !== true && p.name.trim() !== '');
  const byName = new Map<string, number[]>();
  for (const p of live) {
    const key = p.name.trim().toLowerCase();
    const ids = byName.get(key);
    if (ids) ids.push(p.id);
    else byName.set(key, [p.id]);
  }
  const out = new Set<ProfileId>();
  for (const token of splitProfiles(text)) {
    if (/^[0-9\s]+$/.test(token)) {
      for (const id of parseProfiles(token, inputName)) out.add(id);
      continue;
    }
    const ids = byName.get(token.toLowerCase());
    if (ids === undefined) {
      const closest = byCloseness(token, [...new Set(live.map((p) => p.name.trim()))]).slice(0, 3);
      throw new UsageError(
        `${inputName}: no profile of account ${view.account} is named ${quote(token, 60)}${closest.length > 0 ? `; the closest: ${closest.map((n) => quote(n, 60)).join(', ')}` : ''}`,
      );
    }
    if (ids.length > 1) throw new UsageError(`${inputName}: ${ids.length} profiles of account ${view.account} are named ${quote(token, 60)} (ids ${ids.join(', ')}): give the id`);
    out.add(ids[0]!);
  }
  return [...out];
}
