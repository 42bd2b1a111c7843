// The config file in the action: its settings under the inputs that were given (a given input wins,
// then the config file, then the defaults), and whether the pull request changes it.
import * as core from '@actions/core';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { configChangeMarkdown, configChangeText, loweringsOf, type ConfigChange } from '../config/config-change.js';
import { effectiveSeverities } from '../config/severities.js';
import { UsageError } from '../discovery/discovery.js';
import { describeError } from './describe-error.js';
import type { RunContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { PullFiles } from './only-changed.js';

/** The inputs with the config file's settings where no input was given. A broken config file is a UsageError. */
export async function withConfig(inputs: ActionInputs, workspace: string): Promise<{ inputs: ActionInputs; config?: LoadedConfig }> {
  const config = await loadConfig({ workspaceRoot: workspace, explicit: inputs.config });
  const given = inputs.given;
  const merged: ActionInputs = { ...inputs };
  if (config !== undefined) {
    if (!given.has('files') && config.files) merged.files = config.files;
    // The exclude input adds to the config file's exclude.
    if (config.exclude) merged.exclude = [...config.exclude, ...inputs.exclude];
    if (!given.has('profiles') && config.profiles) merged.profiles = config.profiles;
    if (!given.has('fail-on') && config.failOn) merged.failOn = config.failOn;
    if (!given.has('require-quick-launch') && config.requireQuickLaunch !== undefined) merged.requireQuickLaunch = config.requireQuickLaunch;
    const { severities, severitiesFor } = effectiveSeverities(config, inputs.severities);
    merged.severities = severities;
    if (severitiesFor) merged.severitiesFor = severitiesFor;
  }
  if (merged.requireQuickLaunch && merged.profiles.length === 0 && merged.profilesText.trim() === '') {
    throw new UsageError('require-quick-launch: needs the profiles input (the profiles that must see each app)');
  }
  return config === undefined ? { inputs: merged } : { inputs: merged, config };
}

/**
 * On a pull request that changes the config file: the note for the check run and the job summary
 * (Markdown), said in the log too. From the pull request's files (listed once a run, as for
 * only-changed); when they cannot be listed, the log says so and there is no note.
 */
export async function configChangeNote(config: LoadedConfig | undefined, inputs: ActionInputs, context: RunContext, pullFiles: PullFiles): Promise<string | undefined> {
  if (config === undefined || !context.pullRequest || !context.owner || !context.repo) return undefined;
  let changed: boolean;
  try {
    const files = await pullFiles();
    changed = files.files.has(config.path);
    if (!changed && !files.complete) {
      core.notice(`config: the GitHub API did not list every file of pull request #${context.pullRequest.number}; whether it changes ${config.path} is not known.`);
      return undefined;
    }
  } catch (error) {
    core.notice(`config: could not list the files of pull request #${context.pullRequest.number} (${describeError(error)}); whether it changes ${config.path} is not known.`);
    return undefined;
  }
  if (!changed) return undefined;
  const change: ConfigChange = {
    path: config.path,
    lowered: loweringsOf(config, { rules: inputs.severities, failOn: inputs.given.has('fail-on'), files: inputs.given.has('files') }),
  };
  core.warning(configChangeText(change), { title: 'Config file changed', file: config.path });
  return configChangeMarkdown(change);
}
