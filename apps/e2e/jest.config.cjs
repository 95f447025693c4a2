module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@inno/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.mjs',
  testTimeout: 60000,
  // One browser, one platform: the files run one after another.
  maxWorkers: 1,
};
