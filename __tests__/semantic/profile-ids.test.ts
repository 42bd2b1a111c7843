// Profile ids are judged by their JSON text (issue 19): an integer token (digits only: no fraction,
// no exponent, no sign) from 1 to 2^63-1 (9223372036854775807, the largest Java long). JSON.parse
// reads `9223372036854775808` and `1e300` as integers and `4.99999999999999999` as 5; the schema
// alone sees only those numbers. The same rule for the `profiles` input.
import { describe, expect, test } from '@jest/globals';
import { parseProfiles } from '../../src/engine/options.js';
import { checkFiles, lines, where } from '../support/workspace.js';

const manifest = (profiles: string, extra = '') =>
  lines('{', '  "client_name": "a",', `  "entry_uri": "https://app.acme.com/start",${extra}`, '  "quick_launch_enabled": true,', `  "enabled_for_profiles": [${profiles}]`, '}');

async function check(profiles: string, options: { profiles?: (number | string)[]; requireQuickLaunch?: boolean } = {}) {
  const [result] = await checkFiles({ 'app.json': manifest(profiles) }, options);
  return { findings: result!.findings.map((f) => `${where(f)} ${f.message}`), quickLaunch: result!.quickLaunch };
}

describe('enabled_for_profiles: each id judged by its text', () => {
  test.each([
    ['9223372036854775808', 'range error 5:28-5:47 enabled_for_profiles[0] is 9223372036854775808; it must be between 1 and 9223372036854775807 (a profile id is a positive 64-bit integer)'],
    ['18446744073709551616', 'range error 5:28-5:48 enabled_for_profiles[0] is 18446744073709551616; it must be between 1 and 9223372036854775807 (a profile id is a positive 64-bit integer)'],
    ['1e300', 'type error 5:28-5:33 enabled_for_profiles[0] must be an integer written in digits only, not 1e300: a profile id has no fraction or exponent'],
    ['4.99999999999999999', 'type error 5:28-5:47 enabled_for_profiles[0] must be an integer written in digits only, not 4.99999999999999999: a profile id has no fraction or exponent'],
    ['5.0', 'type error 5:28-5:31 enabled_for_profiles[0] must be an integer written in digits only, not 5.0: a profile id has no fraction or exponent'],
    ['1E2', 'type error 5:28-5:31 enabled_for_profiles[0] must be an integer written in digits only, not 1E2: a profile id has no fraction or exponent'],
    ['50e-1', 'type error 5:28-5:33 enabled_for_profiles[0] must be an integer written in digits only, not 50e-1: a profile id has no fraction or exponent'],
    ['-0', 'range error 5:28-5:30 enabled_for_profiles[0] is -0; it must be at least 1 (a profile id is a positive integer)'],
    ['0', 'range error 5:28-5:29 enabled_for_profiles[0] is 0; it must be at least 1 (a profile id is a positive integer)'],
    ['4.5', 'type error 5:28-5:31 enabled_for_profiles[0] must be an integer, not a number with a fraction'],
  ])('%s: one error, and no profile', async (token, finding) => {
    const { findings, quickLaunch } = await check(token);
    expect(findings).toEqual([finding]);
    expect(quickLaunch).toEqual({ enabled: true, ready: false, profiles: [] });
  });

  test('2^63-1 and 2^53+1 are valid ids, kept exactly (as digits past Number.MAX_SAFE_INTEGER)', async () => {
    const { findings, quickLaunch } = await check('9223372036854775807, 9007199254740993, 9007199254740992, 9007199254740991, 42');
    expect(findings).toEqual([]);
    expect(quickLaunch).toEqual({ enabled: true, ready: true, profiles: ['9223372036854775807', '9007199254740993', '9007199254740992', 9007199254740991, 42] });
  });

  test('repeats are judged by the id: 9007199254740993 is not a repeat of 9007199254740992; 42 after 42 is', async () => {
    expect((await check('9007199254740993, 9007199254740992')).findings).toEqual([]);
    expect((await check('42, 7, 42')).findings).toEqual(['duplicate-item warning 5:35-5:37 42 is repeated in enabled_for_profiles (first at enabled_for_profiles[0])']);
  });

  test('among valid ids, only the bad one is reported, at its own token; nested values are not profile ids', async () => {
    const { findings, quickLaunch } = await check('42, 1e300, "x", [5.0], 43');
    expect(findings).toEqual([
      'type error 5:32-5:37 enabled_for_profiles[1] must be an integer written in digits only, not 1e300: a profile id has no fraction or exponent',
      'type error 5:39-5:42 enabled_for_profiles[2] must be an integer, not a string',
      'type error 5:44-5:49 enabled_for_profiles[3] must be an integer, not an array',
    ]);
    expect(quickLaunch!.profiles).toEqual([42, 43]);
  });

  test('the profiles input compares exactly: 9223372036854775806 is not 9223372036854775807', async () => {
    const seen = await check('9223372036854775807', { profiles: parseProfiles('9223372036854775807') });
    expect(seen.findings).toEqual([]);
    expect(seen.quickLaunch!.visibleTo).toEqual(['9223372036854775807']);
    const unseen = await check('9223372036854775806', { profiles: parseProfiles('9223372036854775807') });
    expect(unseen.quickLaunch!.visibleTo).toEqual([]);
    expect(unseen.findings).toEqual([
      'quick-launch-profile error 5:27-5:48 no user of profile 9223372036854775807 will see this app in QuickLaunch: enabled_for_profiles (9223372036854775806) lists none of them',
    ]);
  });

  test('the key found as JSON.parse reads it: escaped, and the last of a repeated key', async () => {
    const text = lines('{', '  "client_name": "a",', '  "enabled_for_profiles": [1],', '  "enabled\\u005ffor_profiles": [2, 1e3]', '}');
    const [result] = await checkFiles({ 'app.json': text });
    expect(result!.findings.map(where)).toEqual(['duplicate-key error 4:3-4:30', 'type error 4:36-4:39']);
    expect(result!.quickLaunch!.profiles).toEqual([2]);
  });
});

describe('the profiles input: the same ids', () => {
  test('digits from 1 to 2^63-1, leading zeros allowed, each once', () => {
    expect(parseProfiles('42, 042\n9223372036854775807 9007199254740991,9007199254740993')).toEqual([42, '9223372036854775807', 9007199254740991, '9007199254740993']);
  });

  test.each([
    ['9223372036854775808', 'profiles: "9223372036854775808" is not a profile id; profile ids are at most 9223372036854775807 (a 64-bit integer)'],
    ['99999999999999999999999', 'profiles: "99999999999999999999999" is not a profile id; profile ids are at most 9223372036854775807 (a 64-bit integer)'],
    ['000', 'profiles: "000" is not a profile id; profile ids are positive integers (e.g. "42, 43")'],
    ['5.0', 'profiles: "5.0" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
    ['1e3', 'profiles: "1e3" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
    ['+5', 'profiles: "+5" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
    ['-1', 'profiles: "-1" is not a profile id; give integers separated by commas, spaces or newlines (e.g. "42, 43")'],
  ])('%s is refused', (value, message) => {
    expect(() => parseProfiles(value)).toThrow(message);
  });
});
