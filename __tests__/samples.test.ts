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
});
