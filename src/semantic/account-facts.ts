// What the account checks know of the LivePerson account, as plain values: its profiles and, with
// compare-installed, its installed apps. The shells read them (src/liveperson/); the rules
// (unknown-profile, drift) and the reporters get them from here, so every rule runs without a
// network. Everything in here came from the account: untrusted text, shown only quoted or inert.
import type { ProfileId } from '../engine/findings.js';
import { escapeInvisible } from '../text/describe.js';

export interface AccountProfileFact {
  id: number;
  name: string;
  roleTypeId?: number;
  deleted?: boolean;
}

export interface AccountFacts {
  account: string;
  /** Undefined: the profiles were not read. */
  profiles?: readonly AccountProfileFact[];
  /** Undefined: the installations were not read (no compare-installed, or it failed). */
  installations?: readonly Readonly<Record<string, unknown>>[];
}

export interface AccountView {
  account: string;
  /** Every profile by id, deleted ones too (a deleted one is reported as such). */
  profiles?: ReadonlyMap<number, AccountProfileFact>;
  /** The installed apps that are not deleted, by client_name. */
  installations?: ReadonlyMap<string, readonly Readonly<Record<string, unknown>>[]>;
  /**
   * client_name -> the first manifest checked with it. Filled by the drift rule as it runs (the
   * one piece of state of a run's checks), for the lists of apps installed but not in the
   * repository and manifests not yet installed.
   */
  manifests: Map<string, string>;
  /** Memo of profileListing(). */
  listing?: string;
}

/** Profiles a message lists; the rest are counted. */
export const MAX_PROFILES_LISTED = 20;

export const ROLE_NAMES: Readonly<Record<number, string>> = { 1: 'Administrator', 2: 'Agent', 3: 'Agent Manager', 4: 'Campaign Manager', 5: 'LPA' };

export function accountView(facts: AccountFacts): AccountView {
  const view: AccountView = { account: facts.account, manifests: new Map() };
  if (facts.profiles !== undefined) {
    const byId = new Map<number, AccountProfileFact>();
    for (const p of facts.profiles) if (!byId.has(p.id) || byId.get(p.id)!.deleted) byId.set(p.id, p);
    view.profiles = byId;
  }
  if (facts.installations !== undefined) {
    const byName = new Map<string, Readonly<Record<string, unknown>>[]>();
    for (const app of facts.installations) {
      if (app['deleted'] === true) continue;
      const name = Object.prototype.hasOwnProperty.call(app, 'client_name') ? app['client_name'] : undefined;
      if (typeof name !== 'string' || name.trim() === '') continue;
      const group = byName.get(name);
      if (group) group.push(app);
      else byName.set(name, [app]);
    }
    view.installations = byName;
  }
  return view;
}

/** A profile's name for a line of text: invisible characters escaped, at most 60 code points. */
export function profileName(name: string): string {
  const points = [...name.slice(0, 240)];
  const shown = points.length > 60 ? points.slice(0, 60).join('') + '…' : points.join('');
  return escapeInvisible(shown, { oneLine: true });
}

/** `42 (Agent Manager)`, or `42` when the account is not known or has no such profile. */
export function profileLabel(id: ProfileId, view: Pick<AccountView, 'profiles'> | undefined): string {
  // (An id past 2^53 is a string of digits: no account profile has one.)
  const p = typeof id === 'number' ? view?.profiles?.get(id) : undefined;
  return p === undefined || p.name.trim() === '' ? String(id) : `${id} (${profileName(p.name)})`;
}

/** The account's live profiles by id, at most MAX_PROFILES_LISTED, for messages: "42 (Agent), 43 (Administrator) and 3 more". */
export function profileListing(view: AccountView): string {
  if (view.listing !== undefined) return view.listing;
  const live = [...(view.profiles?.values() ?? [])].filter((p) => p.deleted !== true).sort((a, b) => a.id - b.id);
  const shown = live.slice(0, MAX_PROFILES_LISTED).map((p) => profileLabel(p.id, view));
  const more = live.length - shown.length;
  view.listing = live.length === 0 ? 'the account has no profiles' : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return view.listing;
}

export interface AccountComparison {
  /** Installed apps (client_name and id) no manifest checked has. */
  installedNotInRepository: { clientName: string; id?: string }[];
  /** Manifests checked (path and client_name) with no installation of that name. */
  notYetInstalled: { path: string; clientName: string }[];
}

/** After the run: what is installed and not in the repository, and what is not installed yet. */
export function compareWithInstalled(view: AccountView): AccountComparison | undefined {
  if (view.installations === undefined) return undefined;
  const installedNotInRepository: AccountComparison['installedNotInRepository'] = [];
  for (const [clientName, apps] of view.installations) {
    if (view.manifests.has(clientName)) continue;
    for (const app of apps) {
      const id = app['id'];
      installedNotInRepository.push(typeof id === 'string' || typeof id === 'number' ? { clientName, id: String(id) } : { clientName });
    }
  }
  const notYetInstalled: AccountComparison['notYetInstalled'] = [];
  for (const [clientName, path] of view.manifests) if (!view.installations.has(clientName)) notYetInstalled.push({ path, clientName });
  installedNotInRepository.sort((a, b) => (a.clientName < b.clientName ? -1 : a.clientName > b.clientName ? 1 : 0));
  notYetInstalled.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { installedNotInRepository, notYetInstalled };
}
