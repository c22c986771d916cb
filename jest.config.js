/** Jest in ESM mode (Nest 12 is ESM-only), transformed by swc; `tsc -b` type-checks separately. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Mirrors package.json "imports": tests resolve libs/ from source, the build from dist/.
  moduleNameMapper: {
    '^#(contracts|consent|devkit|messaging|platform|testing)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @fastify/static (CJS) requires this ESM-only package; Node 20 can, jest's CJS loader cannot.
    '^content-disposition$': 'content-disposition-cjs',
  },
  testMatch: ['<rootDir>/{apps,libs,scripts,test}/**/*.spec.ts', '<rootDir>/{apps,libs,scripts,test}/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  maxWorkers: 2,
  testTimeout: 30_000,
};
