import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/tool-info.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the tool version is the package version', () => {
  expect(TOOL_VERSION).toBe(pkg.version);
});

// The npm package is the command line: dist/ is bundled, so installing it pulls nothing (.ci/run packs
// it, installs it in an empty prefix and runs it); every package the build needs is a devDependency.
test('the package is publishable, with no runtime dependencies, and ships the command line and the schema only', () => {
  expect(pkg.private).toBeUndefined();
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) expect([field, pkg[field]]).toEqual([field, undefined]);
  expect(pkg.bin).toEqual({ 'lp-manifest': 'dist/cli.js' });
  expect(pkg.files).toEqual(['dist/cli.js', 'dist/cli/', 'schemas/']);
  expect(pkg.type).toBe('module');
  expect(pkg.engines).toEqual({ node: '>=22' });
  // No lifecycle script runs on a user's install.
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect([script, pkg.scripts[script]]).toEqual([script, undefined]);
});
