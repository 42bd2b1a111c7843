// Every manifest from LivePerson's docs (vendored in __tests__/fixtures/docs-samples, sources in its
// README) must give zero errors.
import { describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifests } from '../src/engine/engine.js';

const samplesDir = join(process.cwd(), '__tests__', 'fixtures', 'docs-samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.json'));

describe('LivePerson documentation samples', () => {
  test('the vendored samples are all here', () => {
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
