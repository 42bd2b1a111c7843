import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/tool-info.js';

test('the tool version is the package version', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
