// QuickLaunch visibility, from the LivePerson page: an app is in a user's QuickLaunch menu only when
// quick_launch_enabled is true, entry_uri is non-empty and the user's profile is in
// enabled_for_profiles. We also require the app not to be disabled (`enabled: false`).
import type { QuickLaunchStatus } from './findings.js';
import { isRecord, own, type ManifestContext } from './semantic/manifest-check.js';

const NO_PROFILES = Object.freeze([]) as readonly number[] as number[];
/** The status of most manifests (no QuickLaunch, no profiles), shared: results are read-only. */
const NOT_IN_QUICK_LAUNCH: QuickLaunchStatus = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES });
const NOT_IN_QUICK_LAUNCH_LISTED: QuickLaunchStatus = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES, visibleTo: NO_PROFILES });

export function quickLaunchStatus(manifest: unknown, listedProfiles: readonly number[]): QuickLaunchStatus | null {
  if (!isRecord(manifest)) return null;
  const enabled = own(manifest, 'quick_launch_enabled') === true;
  const entry = own(manifest, 'entry_uri');
  const rawProfiles = own(manifest, 'enabled_for_profiles');
  if (!enabled && rawProfiles === undefined) return listedProfiles.length > 0 ? NOT_IN_QUICK_LAUNCH_LISTED : NOT_IN_QUICK_LAUNCH;
  const profiles = Array.isArray(rawProfiles) ? rawProfiles.filter((p): p is number => Number.isInteger(p)) : [];
  const ready = enabled && typeof entry === 'string' && entry.trim() !== '' && profiles.length > 0 && own(manifest, 'enabled') !== false;
  const status: QuickLaunchStatus = { enabled, ready, profiles: unique(profiles) };
  if (listedProfiles.length > 0) {
    // A set: the listed profiles times the manifest's (thousands of each) would be quadratic.
    const enabledFor = ready ? new Set(profiles) : undefined;
    status.visibleTo = enabledFor ? listedProfiles.filter((p) => enabledFor.has(p)) : [];
  }
  return status;
}

/** quickLaunchStatus of a manifest being checked, computed once (quick-launch-profile and the result). */
export function quickLaunchIn(context: ManifestContext): QuickLaunchStatus | null {
  if (context.quickLaunch === undefined) context.quickLaunch = quickLaunchStatus(context.manifest, context.options.profiles);
  return context.quickLaunch;
}

/** The values without repeats, in order of first appearance (as [...new Set(values)], which also turns -0 into 0). */
function unique(values: readonly number[]): number[] {
  if (values.length > 16) return [...new Set(values)];
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!out.includes(v)) out.push(v === 0 ? 0 : v);
  }
  return out;
}
