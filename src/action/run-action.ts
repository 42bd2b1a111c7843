// The GitHub Action shell: inputs -> discovery -> engine -> reporters (annotations, check run, job
// summary, JSON report, SARIF) -> outputs. Wiring only; the verdict depends on findings and fail-on.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { discoverManifests, UsageError } from '../discovery.js';
import { validateManifests } from '../engine.js';
import type { Report } from '../findings.js';
import { isFailing } from '../options.js';
import { buildReport } from '../report.js';
import { formatJson } from '../reporters/json-report.js';
import { formatMarkdownSummary, reportTitle } from '../reporters/markdown-summary.js';
import { formatSarif } from '../reporters/sarif-report.js';
import { formatText } from '../reporters/text-report.js';
import { annotationCommands } from '../reporters/workflow-commands.js';
import { README_URL } from '../tool-info.js';
import { readInputs, type ActionInputs } from './inputs.js';

/** GitHub refuses a job summary over 1 MiB; stay well below it. */
export const JOB_SUMMARY_MAX_CHARS = 1_000_000;

function resolveIn(workspace: string, path: string): string {
  return isAbsolute(path) ? path : join(workspace, path);
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

function quickLaunchOutput(report: Report): string {
  const out: Record<string, number[]> = {};
  for (const f of report.files) out[f.path] = f.quickLaunch?.visibleTo ?? [];
  return JSON.stringify(out);
}

export async function runAction(): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (error) {
    core.setFailed(error instanceof UsageError ? error.message : `cannot read the inputs: ${String(error)}`);
    return;
  }
  try {
    await check(inputs);
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(error.message);
    else core.setFailed(`lp-manifest failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function check(inputs: ActionInputs): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const discovery = await discoverManifests({ workspaceRoot: workspace, files: inputs.files, exclude: inputs.exclude });
  const manifests = discovery.manifests;
  const unmatched = discovery.explicit && manifests.length === 0;

  const files = await validateManifests(manifests, {
    workspaceRoot: workspace,
    profiles: inputs.profiles,
    requireQuickLaunch: inputs.requireQuickLaunch,
    severities: inputs.severities,
  });
  const report = buildReport(files);
  const failing = isFailing(files, inputs.failOn) || unmatched;

  // Every finding reaches the log first, whatever happens to the API calls below.
  core.info(formatText(report).trimEnd());
  if (inputs.annotations) {
    for (const line of annotationCommands(report, { moreAt: inputs.jobSummary ? 'the job summary and the JSON report' : 'the log and the JSON report' })) {
      process.stdout.write(line + '\n');
    }
  }

  const reportPath = resolveIn(workspace, inputs.reportFile || join(process.env.RUNNER_TEMP || workspace, 'lp-manifest-report.json'));
  await writeText(reportPath, formatJson(report));
  if (inputs.sarifFile) await writeText(resolveIn(workspace, inputs.sarifFile), formatSarif(report, { readmeUrl: README_URL }));

  if (inputs.jobSummary) {
    const markdown = formatMarkdownSummary(report, { maxChars: JOB_SUMMARY_MAX_CHARS, profiles: inputs.profiles, readmeUrl: README_URL, moreAt: 'the JSON report' });
    try {
      await core.summary.addRaw(markdown, true).write();
    } catch (error) {
      core.warning(`could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  core.setOutput('valid', report.summary.valid ? 'true' : 'false');
  core.setOutput('manifests', String(report.summary.manifests));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-file', reportPath);
  core.setOutput('quick-launch', quickLaunchOutput(report));

  if (unmatched) {
    core.setFailed(`files: no file matches ${inputs.files.map((g) => JSON.stringify(g)).join(', ')}; a typo in a glob must not pass silently`);
  } else if (manifests.length === 0) {
    core.notice('No LivePerson manifests found.');
  } else if (failing) {
    core.setFailed(`LivePerson manifests: ${reportTitle(report)}`);
  }
}
