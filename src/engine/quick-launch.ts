// QuickLaunch visibility, from the LivePerson page: an app is in a user's QuickLaunch menu only when
// quick_launch_enabled is true, entry_uri is non-empty and the user's profile is in
// enabled_for_profiles. We also require the app not to be disabled (`enabled: false`).
// Profile ids are judged by their JSON text, not by the number JSON.parse makes of it: only an
// integer token (digits, no fraction, no exponent) from 1 to 2^63-1 is a profile id.
// `9223372036854775808` and `1e300` parse to integers, and `4.99999999999999999` to 5.
import type { ProfileId, QuickLaunchStatus } from './findings.js';
import { profileIdOfToken } from './profile-id.js';
import { isRecord, own, type ManifestContext } from '../semantic/manifest-check.js';

const NO_PROFILES = Object.freeze([]) as readonly ProfileId[] as ProfileId[];
/** The status of most manifests (no QuickLaunch, no profiles), shared: results are read-only. */
const NOT_IN_QUICK_LAUNCH: QuickLaunchStatus = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES });
const NOT_IN_QUICK_LAUNCH_LISTED: QuickLaunchStatus = Object.freeze({ enabled: false, ready: false, profiles: NO_PROFILES, visibleTo: NO_PROFILES });

/**
 * The JSON text of each item of the top-level `enabled_for_profiles` array of `text` (whose parse
 * is `manifest`), by index: the number tokens as written (`5.0`, `1e300`), undefined for an item
 * that is not a number. Undefined when there is no such array or no number in it. One pass over the
 * array's text (located as JSON.parse reads it: the last of repeated keys).
 */
export function enabledProfileTokens(text: string, manifest: unknown): (string | undefined)[] | undefined {
  if (!isRecord(manifest)) return undefined;
  const items = own(manifest, 'enabled_for_profiles');
  if (!Array.isArray(items) || !items.some((p) => typeof p === 'number')) return undefined;
  const start = topLevelValueStart(text, 'enabled_for_profiles');
  if (start < 0 || text.charCodeAt(start) !== 91) return undefined;
  const tokens: (string | undefined)[] = [];
  let depth = 0;
  let index = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i) - 1;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === 44) index++;
    else if (depth === 0 && (c === 45 || (c >= 48 && c <= 57))) {
      let j = i + 1;
      while (j < text.length && isNumberPart(text.charCodeAt(j))) j++;
      tokens[index] = text.slice(i, j);
      i = j - 1;
    }
  }
  return tokens;
}

function isNumberPart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/** From an opening quote at `i`: the offset after the closing quote (text JSON.parse accepted). */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j + 1;
  }
  return text.length;
}

/**
 * The offset where the value of the top-level member `key` starts (the last such member, as
 * JSON.parse keeps it), or -1. Keys are compared decoded (`"enabled\u005ffor_profiles"`). One pass.
 */
function topLevelValueStart(text: string, key: string): number {
  let depth = 0;
  let found = -1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const raw = text.slice(i + 1, end - 1);
        const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (name === key) {
          let v = end;
          while (v < text.length && text.charCodeAt(v) !== 58) v++;
          v++;
          while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9 || text.charCodeAt(v) === 10 || text.charCodeAt(v) === 13)) v++;
          found = v;
        }
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 123 || c === 91) {
      depth++;
      expectKey = depth === 1 && c === 123;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 44 && depth === 1) expectKey = true;
  }
  return found;
}

/**
 * `tokens`: enabledProfileTokens of the manifest's text. Without them (a caller with only the parsed
 * value), a profile id is a safe integer from 1 (a larger number cannot be judged exactly).
 */
export function quickLaunchStatus(manifest: unknown, listedProfiles: readonly ProfileId[], tokens?: readonly (string | undefined)[]): QuickLaunchStatus | null {
  if (!isRecord(manifest)) return null;
  const enabled = own(manifest, 'quick_launch_enabled') === true;
  const entry = own(manifest, 'entry_uri');
  const rawProfiles = own(manifest, 'enabled_for_profiles');
  if (!enabled && rawProfiles === undefined) return listedProfiles.length > 0 ? NOT_IN_QUICK_LAUNCH_LISTED : NOT_IN_QUICK_LAUNCH;
  const profiles: ProfileId[] = [];
  if (Array.isArray(rawProfiles)) {
    for (let i = 0; i < rawProfiles.length; i++) {
      const p: unknown = rawProfiles[i];
      if (typeof p !== 'number') continue;
      const token = tokens?.[i];
      const id = token !== undefined ? profileIdOfToken(token) : Number.isSafeInteger(p) && p >= 1 ? p : undefined;
      if (id !== undefined) profiles.push(id);
    }
  }
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
  if (context.quickLaunch === undefined) context.quickLaunch = quickLaunchStatus(context.manifest, context.options.profiles, context.profileTokens);
  return context.quickLaunch;
}

/** The values without repeats, in order of first appearance. */
function unique(values: readonly ProfileId[]): ProfileId[] {
  if (values.length > 16) return [...new Set(values)];
  const out: ProfileId[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
