/** Unit specs: no database, no app boot. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api-unit',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  moduleNameMapper: { '^@tokenroll/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
};
