/**
 * Jest for StrykerJS (npm run mutate): the unit tests only. The end-to-end tests run the BUILT
 * dist/ (the action bundle, the CLI bundle) in child processes, so a mutant in src/ cannot change
 * what they see: they would only cost minutes per mutant and kill nothing. repository.test.ts checks
 * the repository's own files (workflows, README, CHANGELOG) and runs dist/cli.js on examples/ with
 * git, which sees no tracked file in Stryker's sandbox (.stryker-tmp/ is inside the work tree).
 */
import base from './jest.config.js';

export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/.*e2e[^/]*\\.test\\.ts$',
    '/__tests__/hostile/action-faults\\.test\\.ts$',
    '/__tests__/cli\\.test\\.ts$',
    '/__tests__/repository\\.test\\.ts$',
  ],
};
