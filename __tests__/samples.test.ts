// Every manifest from LivePerson's docs (../shared/samples/docs) must give zero errors.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests } from '../src/engine.js';

const samplesDir = join(process.cwd(), '..', 'shared', 'samples', 'docs');
const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.json')) : [];

describe('LivePerson documentation samples', () => {
  test('the samples folder is present beside the checkout', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
  });

  test.each(samples)('%s has no error', async (name) => {
    const [result] = await validateManifests([{ path: name }], { workspaceRoot: samplesDir });
    expect(result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result!.valid).toBe(true);
  });

  // The warnings each sample is expected to give, in file order: template placeholders
  // (https://your/webhooks/endpoint, {YOUR_APPLICATION_DOMAIN}), http:// redirect URIs, a QuickLaunch
  // app without enabled_for_profiles, max_retries next to retry.retention_time.
  const fiveEndpoints = Array<string>(5).fill('placeholder');
  const expectedWarnings: Record<string, string[]> = {
    'connector-api-template.json': fiveEndpoints,
    'custom-connector-example.json': ['insecure-url', 'placeholder', 'quick-launch', 'placeholder', ...fiveEndpoints],
    'functions-client-credentials.json': [],
    'seed-private-app-sample.json': fiveEndpoints,
    'web-application-example.json': ['placeholder', 'insecure-url', 'placeholder'],
    'webhooks-configuration-example.json': [],
    'webhooks-retry-retention-time.json': ['max-retries-ignored'],
  };

  test('every sample is listed with its expected warnings', () => {
    expect([...samples].sort()).toEqual(Object.keys(expectedWarnings).sort());
  });

  test.each(Object.entries(expectedWarnings))('%s gives exactly the expected warnings', async (name, rules) => {
    const [result] = await validateManifests([{ path: name }], { workspaceRoot: samplesDir });
    expect(result!.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(rules.map((r) => `warning ${r}`));
  });
});
