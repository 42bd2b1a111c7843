// quick-launch: quick_launch_enabled is true but the app cannot appear in QuickLaunch.
// Located (the most useful token): a MISSING entry_uri or enabled_for_profiles at the
// quick_launch_enabled value (`true`, the setting that cannot work as written); an EMPTY entry_uri
// ("") or enabled_for_profiles ([]) at that empty value; `"enabled": false` at the `false`.
import { describe, expect, test } from '@jest/globals';
import { checkText, lines, where } from '../support/workspace.js';

describe('quick-launch', () => {
  test('no entry_uri: error at the quick_launch_enabled value', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "enabled_for_profiles": [42]', '}'));
    expect(findings.map(where)).toEqual(['quick-launch error 3:27-3:31']);
    expect(findings[0]!.pointer).toBe('/quick_launch_enabled');
    expect(findings[0]!.message).toContain('no entry_uri');
  });

  test('a blank entry_uri: the quick-launch error only, not also a format error', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": "  ",', '  "enabled_for_profiles": [42]', '}'));
    expect(findings.map(where)).toEqual(['quick-launch error 4:16-4:20']);
    expect(findings[0]!.message).toContain('entry_uri is empty');
  });

  test('an empty entry_uri: error at the entry_uri value', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": "",', '  "enabled_for_profiles": [42]', '}'));
    expect(findings.map(where)).toEqual(['quick-launch error 4:16-4:18']);
    expect(findings[0]!.pointer).toBe('/entry_uri');
  });

  test('no enabled_for_profiles: warning at the quick_launch_enabled value', async () => {
    const findings = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": "https://app.example.com/start"', '}'));
    expect(findings.map(where)).toEqual(['quick-launch warning 3:27-3:31']);
    expect(findings[0]!.message).toContain('enabled_for_profiles');
  });

  test('an empty enabled_for_profiles: warning at the array; enabled: false: warning at false', async () => {
    const findings = await checkText(
      lines('{', '  "quick_launch_enabled": true,', '  "entry_uri": "https://app.example.com/start",', '  "enabled_for_profiles": [],', '  "client_name": "a",', '  "enabled": false', '}'),
    );
    expect(findings.map(where)).toEqual(['quick-launch warning 4:27-4:29', 'quick-launch warning 6:14-6:19']);
    expect(findings[1]!.message).toContain('"enabled": false');
  });

  test('near misses: a QuickLaunch-ready app, and an app without QuickLaunch', async () => {
    expect(await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": "https://app.example.com/start",', '  "enabled_for_profiles": [42]', '}'))).toEqual(
      [],
    );
    expect(await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": false,', '  "enabled": false', '}'))).toEqual([]);
  });

  test('wrongly typed values are left to the schema', async () => {
    const a = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": "true"', '}'));
    expect(a.map((f) => f.rule)).toEqual(['type']);
    const b = await checkText(lines('{', '  "client_name": "a",', '  "quick_launch_enabled": true,', '  "entry_uri": 5,', '  "enabled_for_profiles": "42"', '}'));
    expect(b.map((f) => f.rule)).toEqual(['type', 'type']);
  });
});
