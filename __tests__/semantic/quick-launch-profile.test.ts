// quick-launch-profile (with the profiles input; require-quick-launch widens it to every manifest).
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

const ready = (profiles: string) =>
  lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": "https://app.example.com/start",', `  "enabled_for_profiles": ${profiles}`, '}');

describe('quick-launch-profile', () => {
  test('a QuickLaunch app none of the listed profiles will see: error at enabled_for_profiles, naming them', async () => {
    const findings = await checkText(ready('[7]'), { profiles: [42, 43] });
    expect(findings.map(where)).toEqual(['quick-launch-profile error 5:27-5:30']);
    expect(findings[0]!.message).toBe('no user of profiles 42, 43 will see this app in QuickLaunch: enabled_for_profiles (7) lists none of them');
  });

  test('near misses: one listed profile is enough; no profiles input, no check; not a QuickLaunch app', async () => {
    expect(await checkText(ready('[7, 43]'), { profiles: [42, 43] })).toEqual([]);
    expect(await checkText(ready('[7]'))).toEqual([]);
    expect(await checkText(lines('{', '  "client_name": "a"', '}'), { profiles: [42] })).toEqual([]);
  });

  test('an enabled app whose entry_uri is missing: both quick-launch and quick-launch-profile, at the flag', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "enabled_for_profiles": [42]', '}'), { profiles: [42] });
    expect(findings.map(where)).toEqual(['quick-launch error 3:27-3:31', 'quick-launch-profile error 3:27-3:31']);
    expect(findings[1]!.message).toBe('no user of profile 42 will see this app in QuickLaunch: there is no entry_uri');
  });

  describe('with require-quick-launch', () => {
    test('a manifest without any QuickLaunch setting: error at the document brace, every reason named', async () => {
      const findings = await checkText(lines('{', '  "client_name": "a"', '}'), { profiles: [42, 43], requireQuickLaunch: true });
      expect(findings.map(where)).toEqual(['quick-launch-profile error 1:1-1:2']);
      expect(findings[0]!.message).toBe(
        'not QuickLaunch-ready for any of profiles 42, 43 (require-quick-launch): quick_launch_enabled is not set; there is no entry_uri; there is no enabled_for_profiles',
      );
    });

    test('quick_launch_enabled: false: error at false', async () => {
      const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": false', '}'), { profiles: [42], requireQuickLaunch: true });
      expect(findings.map(where)).toEqual(['quick-launch-profile error 3:27-3:32']);
      expect(findings[0]!.message).toMatch(/^not QuickLaunch-ready for profile 42 \(require-quick-launch\): quick_launch_enabled is false/);
    });

    test('a ready app that one listed profile sees passes; one none of them sees fails', async () => {
      expect(await checkText(ready('[42]'), { profiles: [42, 43], requireQuickLaunch: true })).toEqual([]);
      const findings = await checkText(ready('[7]'), { profiles: [42, 43], requireQuickLaunch: true });
      expect(findings.map(where)).toEqual(['quick-launch-profile error 5:27-5:30']);
    });

    test('without profiles, require-quick-launch does nothing', async () => {
      expect(await checkText(lines('{', '  "client_name": "a"', '}'), { requireQuickLaunch: true })).toEqual([]);
    });
  });
});
