/** Jest 30 + ts-jest in ESM mode. Run with NODE_OPTIONS=--experimental-vm-modules (see package.json). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { types: ['node', 'jest'] } }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Property tests draw the same cases every run (FC_SEED=random to explore).
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/fast-check-seed.ts'],
  testTimeout: 30000,
};
