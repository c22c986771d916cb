export * from './embedded-postgres.js';
export * from './local-broker.js';
export * from './repo-root.js';
export * from './ports.js';
