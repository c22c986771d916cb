/** Architecture rules, checked in CI by `npm test` (npm run lint:deps). */
module.exports = {
  forbidden: [
    {
      name: 'no-app-imports-another-app',
      severity: 'error',
      comment: 'Services share only libs/. Facts from another service arrive as events or over HTTP.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'consent-is-pure',
      severity: 'error',
      comment: 'libs/consent is a policy document in code: no Nest, no I/O, no other packages; time is passed in.',
      from: { path: '^libs/consent/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: '^libs/(consent|contracts)/' },
    },
    {
      name: 'contracts-are-plain',
      severity: 'error',
      comment: 'libs/contracts holds event envelopes, topics, schemas and shared enums: no framework, no I/O (TypeBox only builds the schemas).',
      from: { path: '^libs/contracts/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/contracts/', '^node_modules/typebox/'] },
    },
    {
      name: 'production-code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: ['\\.spec\\.ts$', '\\.e2e-spec\\.ts$', '^libs/testing/', '/test/'] },
      to: { path: ['^libs/testing/', '\\.spec\\.ts$', '^test/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '\\.d\\.ts$'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
