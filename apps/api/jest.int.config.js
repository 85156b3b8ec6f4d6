/** Integration specs: a real PostgreSQL (DATABASE_URL, else an embedded one started in globalSetup);
 * each test file gets a fresh, migrated database and boots the app once. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api-int',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  moduleNameMapper: { '^@tokenroll/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  // The app itself runs as a child process from dist/ (see src/test/test-app.ts): build the api first.
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
