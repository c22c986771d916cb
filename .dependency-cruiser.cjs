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
      name: 'controllers-do-not-touch-the-database',
      severity: 'error',
      comment: 'A controller maps HTTP to a handler; queries and writes live in handlers and data/ (issue 20).',
      from: { path: '\\.controller\\.ts$' },
      to: { path: '(^|/)node_modules/(typeorm|@nestjs/typeorm|pg)/' },
    },
    {
      name: 'use-cases-do-not-import-each-other',
      severity: 'error',
      comment:
        'apps/<svc>/src/<feature>/<use-case>/: a use case may use its feature\'s (or another feature\'s) domain/, data/ and api/, never another use case. Shared code moves down into those.',
      from: { path: '^apps/([^/]+)/src/([^/]+)/([^/]+)/', pathNot: '^apps/[^/]+/src/[^/]+/(domain|data|api)/' },
      to: { path: '^apps/$1/src/[^/]+/[^/]+/', pathNot: ['^apps/$1/src/[^/]+/(domain|data|api)/', '^apps/$1/src/$2/$3/'] },
    },
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      comment: 'domain/ holds the feature\'s rules: no framework, no I/O, no persistence; libs/consent and libs/contracts are plain too.',
      from: { path: '^apps/[^/]+/src/[^/]+/domain/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^apps/[^/]+/src/[^/]+/domain/', '^libs/(consent|contracts)/'], dependencyTypesNot: ['core'] },
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
    // Our own .d.ts are build output; a package's types are how TypeORM and friends resolve, so they count.
    exclude: { path: ['^dist/', '^(?!node_modules/).*\\.d\\.ts$'] },
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
