/**
 * Jest for the mutation run of the semantic rules (stryker.rules.config.json): the tests written for
 * the rules and their fixes, not every test that happens to run a rule. On 2 cores a mutant of a rule
 * is reached by some 25 test files, and Jest in ESM mode loads each file's modules anew for every
 * mutant: the whole unit suite would take over 10 hours for src/semantic/ alone. A mutant only
 * another test would kill counts as survived here, so the score is a lower bound.
 */
import base from './jest.stryker.config.js';

export default {
  ...base,
  testMatch: [
    '<rootDir>/__tests__/semantic/**/*.test.ts',
    '<rootDir>/__tests__/boundaries.test.ts',
    '<rootDir>/__tests__/samples.test.ts',
    '<rootDir>/__tests__/schema-rules.test.ts',
    '<rootDir>/__tests__/hostile/rule-attacks.test.ts',
    '<rootDir>/__tests__/fixes/fix-kinds.test.ts',
  ],
};
