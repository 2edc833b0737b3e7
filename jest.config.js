/**
 * Two projects: most tests run in node; component tests (`*.dom.test.tsx`) run in jsdom.
 * ts-jest only transpiles (isolatedModules in tsconfig.json); `npm run typecheck` does the type checking once.
 */
const transform = { '^.+\\.tsx?$': 'ts-jest' };
const moduleNameMapper = {
  // office-addin-mock imports office-addin-manifest by its package name, whose "main" jest cannot resolve.
  '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  '\\.(css)$': '<rootDir>/test/support/style-stub.js',
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.dom.test.tsx'],
      transform,
      moduleNameMapper,
    },
  ],
  testTimeout: 120000,
};
