// `quick-launch-profile` (only with the `profiles` input):
// - a QuickLaunch app (quick_launch_enabled: true) that none of the listed profiles will see;
// - with `require-quick-launch`, any manifest that is not QuickLaunch-ready for at least one of them.
// One error per manifest, naming the profiles and every reason. Located at the value of the first
// reason's property that is present, in the order quick_launch_enabled, entry_uri, enabled,
// enabled_for_profiles (so usually enabled_for_profiles for a QuickLaunch app); when none is
// present, at the quick_launch_enabled value, else at the document's `{`.
import type { PendingFinding, ProfileId, Target } from '../engine/findings.js';
import { quickLaunchIn } from '../engine/quick-launch.js';
import { profileLabel, type AccountView } from './account-facts.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

/** Whether the lists share a profile (with a set: thousands listed times thousands enabled would be quadratic). */
function overlaps(listed: readonly ProfileId[], enabled: readonly ProfileId[]): boolean {
  const set = new Set(enabled);
  return listed.some((p) => set.has(p));
}

/** With the account's profiles read, each with its name: `profile 42 (Agent Manager)`. */
function profileList(profiles: readonly ProfileId[], account: AccountView | undefined): string {
  const labels = profiles.map((p) => profileLabel(p, account));
  return profiles.length === 1 ? `profile ${labels[0]}` : `profiles ${labels.join(', ')}`;
}

export const checkQuickLaunchProfile: ManifestCheck = (context) => {
  const { manifest, options } = context;
  const listed = options.profiles;
  if (listed.length === 0) return NO_FINDINGS;
  const status = quickLaunchIn(context);
  if (!status || (status.visibleTo?.length ?? 0) > 0) return NO_FINDINGS;
  if (!status.enabled && !options.requireQuickLaunch) return NO_FINDINGS;
  if (!context.budget.admit('quick-launch-profile', 'error')) return NO_FINDINGS;

  const present = (key: string) => own(manifest, key) !== undefined;
  const reasons: { text: string; pointer: string }[] = [];
  if (!status.enabled) {
    const flag = own(manifest, 'quick_launch_enabled');
    const text = flag === undefined ? 'quick_launch_enabled is not set' : flag === false ? 'quick_launch_enabled is false' : 'quick_launch_enabled is not true';
    reasons.push({ text, pointer: '/quick_launch_enabled' });
  }
  const entry = own(manifest, 'entry_uri');
  if (!(typeof entry === 'string' && entry.trim() !== '')) {
    const text = entry === undefined ? 'there is no entry_uri' : typeof entry === 'string' ? 'entry_uri is empty' : 'entry_uri is not a string';
    reasons.push({ text, pointer: '/entry_uri' });
  }
  if (own(manifest, 'enabled') === false) reasons.push({ text: 'the app is disabled ("enabled": false)', pointer: '/enabled' });
  if (status.profiles.length === 0) {
    reasons.push({ text: present('enabled_for_profiles') ? 'enabled_for_profiles lists no profile' : 'there is no enabled_for_profiles', pointer: '/enabled_for_profiles' });
  } else if (!overlaps(listed, status.profiles)) {
    const shown = status.profiles.length > 10 ? `${status.profiles.slice(0, 10).join(', ')}, …` : status.profiles.join(', ');
    reasons.push({ text: `enabled_for_profiles (${shown}) lists none of them`, pointer: '/enabled_for_profiles' });
  }

  // Locate at the first reason whose property is present, else at quick_launch_enabled, else at `{`.
  const at = reasons.find((r) => present(r.pointer.slice(1)));
  let pointer = '';
  let target: Target = 'open-brace';
  if (at) {
    pointer = at.pointer;
    target = 'value';
  } else if (present('quick_launch_enabled')) {
    pointer = '/quick_launch_enabled';
    target = 'value';
  }
  const why = reasons.map((r) => r.text).join('; ');
  const message = options.requireQuickLaunch
    ? `not QuickLaunch-ready for ${listed.length === 1 ? '' : 'any of '}${profileList(listed, options.account)} (require-quick-launch): ${why}`
    : `no user of ${profileList(listed, options.account)} will see this app in QuickLaunch: ${why}`;
  return [{ rule: 'quick-launch-profile', severity: 'error', pointer, target, message } satisfies PendingFinding];
};
