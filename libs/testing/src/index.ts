export * from './test-auth.js';
export * from './test-database.js';
export * from './test-service.js';
export * from './service-conformance.js';
export * from './test-broker.js';
export * from './keyset-walk.js';
export * from './district-date.js';
export * from './deliver-event.js';
