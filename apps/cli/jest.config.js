/** The CLI's tests: unit specs of its formatting and config (`*.spec.ts`), and specs that run the built CLI
 * as a child process against the real API (`*.int-spec.ts`): the api's own integration setup provides
 * PostgreSQL (DATABASE_URL, else an embedded one) and `startTestApp()` boots the built api from dist/.
 * Build the api first (npx nx run api:build); the CLI builds itself on first run (bin/build.mjs). */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'cli',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  moduleNameMapper: { '^@tokenroll/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  globalSetup: '<rootDir>/../api/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/../api/src/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
