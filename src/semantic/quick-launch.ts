// `quick-launch`: quick_launch_enabled is true but the app cannot appear in the QuickLaunch menu
// (the LivePerson page's last section: it needs a non-empty entry_uri and the user's profile in
// enabled_for_profiles; we also require it not to be disabled).
// - error: entry_uri missing (located at the quick_launch_enabled value) or empty / blank (located
//   at the entry_uri value).
// - warning: enabled_for_profiles missing (at the quick_launch_enabled value) or empty (at the
//   enabled_for_profiles value); `"enabled": false` (at the enabled value).
// Values of the wrong type are left to the schema.
import type { PendingFinding } from '../engine/findings.js';
import type { ManifestCheck } from './manifest-check.js';
import { NO_FINDINGS, own } from './manifest-check.js';

export const checkQuickLaunch: ManifestCheck = ({ manifest, budget }) => {
  if (own(manifest, 'quick_launch_enabled') !== true) return NO_FINDINGS;
  let findings: PendingFinding[] | undefined;
  const entry = own(manifest, 'entry_uri');
  if (entry === undefined) {
    if (budget.admit('quick-launch', 'error'))
      (findings ??= []).push({
        rule: 'quick-launch',
        severity: 'error',
        pointer: '/quick_launch_enabled',
        target: 'value',
        message: 'quick_launch_enabled is true but there is no entry_uri: the app will not appear in the QuickLaunch menu; add the URI that starts the app',
      });
  } else if (typeof entry === 'string' && entry.trim() === '' && budget.admit('quick-launch', 'error')) {
    (findings ??= []).push({
      rule: 'quick-launch',
      severity: 'error',
      pointer: '/entry_uri',
      target: 'value',
      message: 'entry_uri is empty but quick_launch_enabled is true: the app will not appear in the QuickLaunch menu; set the URI that starts the app',
    });
  }
  const profiles = own(manifest, 'enabled_for_profiles');
  if (profiles === undefined) {
    if (budget.admit('quick-launch', 'warning'))
      (findings ??= []).push({
        rule: 'quick-launch',
        severity: 'warning',
        pointer: '/quick_launch_enabled',
        target: 'value',
        message: 'quick_launch_enabled is true but there is no enabled_for_profiles: no user profile will see the app in QuickLaunch; list the profile ids',
      });
  } else if (Array.isArray(profiles) && profiles.length === 0 && budget.admit('quick-launch', 'warning')) {
    (findings ??= []).push({
      rule: 'quick-launch',
      severity: 'warning',
      pointer: '/enabled_for_profiles',
      target: 'value',
      message: 'enabled_for_profiles is empty but quick_launch_enabled is true: no user profile will see the app in QuickLaunch; list the profile ids',
    });
  }
  if (own(manifest, 'enabled') === false && budget.admit('quick-launch', 'warning')) {
    (findings ??= []).push({
      rule: 'quick-launch',
      severity: 'warning',
      pointer: '/enabled',
      target: 'value',
      message: 'the app is disabled ("enabled": false) but quick_launch_enabled is true: it will not appear in QuickLaunch',
    });
  }
  return findings ?? NO_FINDINGS;
};
