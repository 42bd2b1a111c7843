// The action's inputs (action.yml), read and checked once. A bad value fails the step with a message
// that names the input.
import * as core from '@actions/core';
import { splitList } from '../discovery/discovery.js';
import type { SeverityOverrides } from '../engine/engine.js';
import type { ProfileId } from '../engine/findings.js';
import { profilesHaveNames, type AccountSettings } from '../liveperson/account-checks.js';
import { parseAuto, parseBoolean, parseFailOn, parseProfiles, parseSeverityOverrides, type FailOn } from '../engine/options.js';

export interface ActionInputs {
  files: string[];
  exclude: string[];
  profiles: ProfileId[];
  requireQuickLaunch: boolean;
  severities: SeverityOverrides;
  /** Per file, when the config file has overrides (src/action/config-input.ts). */
  severitiesFor?: (path: string) => SeverityOverrides;
  failOn: FailOn;
  onlyChanged: boolean;
  createCheck: boolean;
  checkName: string;
  /** auto: only when no check run carries the findings; true / false force. */
  annotations: 'auto' | 'true' | 'false';
  jobSummary: boolean;
  /** Fixes and suggestions as a pull request review: auto (on pull request events, a 403 a notice), true (a 403 a warning), false. */
  suggestions: 'auto' | 'true' | 'false';
  reportFile: string;
  sarifFile: string;
  token: string;
  /** The config input: the config file's path ('' for .lp-manifest.yaml / .yml at the root, when there is one). */
  config: string;
  /**
   * The inputs that were given: not empty and not their action.yml default (the runner passes the
   * default when an input is not given, so an input set to its default lets the config file decide).
   */
  given: ReadonlySet<'files' | 'exclude' | 'profiles' | 'rules' | 'fail-on' | 'require-quick-launch'>;
  /** The account checks' inputs (liveperson-*, compare-installed); the secrets are masked as they are read. */
  account: AccountSettings;
  /** The profiles input as given: it may name profiles, resolved once the account is read (then `profiles` is set). */
  profilesText: string;
}

/** action.yml's defaults of the inputs the config file can set. */
const CONFIG_INPUT_DEFAULTS = { files: '', exclude: '', profiles: '', rules: '', 'fail-on': 'error', 'require-quick-launch': 'false' } as const;

export function readInputs(): ActionInputs {
  const bool = (name: string, fallback: boolean) => parseBoolean(core.getInput(name), name, fallback);
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  // Masked before anything else runs, let alone the first request to LivePerson.
  const secret = (name: string) => {
    const value = core.getInput(name);
    if (value) core.setSecret(value);
    return value;
  };
  const account: AccountSettings = {
    account: core.getInput('liveperson-account'),
    username: core.getInput('liveperson-username'),
    password: secret('liveperson-password'),
    appKey: core.getInput('liveperson-app-key'),
    appSecret: secret('liveperson-app-secret'),
    compareInstalled: bool('compare-installed', false),
  };
  const profilesText = core.getInput('profiles');
  // Names need the account's profiles: parsed once it is read (src/action/account.ts).
  const named = account.account !== '' && profilesHaveNames(profilesText);
  const inputs: ActionInputs = {
    files: splitList(core.getInput('files')),
    exclude: splitList(core.getInput('exclude')),
    profiles: named ? [] : parseProfiles(profilesText, 'profiles'),
    requireQuickLaunch: bool('require-quick-launch', false),
    severities: parseSeverityOverrides(core.getInput('rules'), 'rules'),
    failOn: parseFailOn(core.getInput('fail-on'), 'fail-on'),
    onlyChanged: bool('only-changed', false),
    createCheck: bool('create-check', true),
    checkName: core.getInput('check-name') || 'LivePerson manifests',
    annotations: parseAuto(core.getInput('annotations'), 'annotations'),
    jobSummary: bool('job-summary', true),
    suggestions: parseAuto(core.getInput('suggestions'), 'suggestions'),
    reportFile: core.getInput('report-file'),
    sarifFile: core.getInput('sarif-file'),
    token,
    config: core.getInput('config'),
    given: new Set(
      (Object.keys(CONFIG_INPUT_DEFAULTS) as (keyof typeof CONFIG_INPUT_DEFAULTS)[]).filter((name) => {
        const value = core.getInput(name).trim();
        return value !== '' && value.toLowerCase() !== CONFIG_INPUT_DEFAULTS[name];
      }),
    ),
    account,
    profilesText,
  };
  return inputs;
}
