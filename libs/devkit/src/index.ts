export * from './embedded-postgres.js';
export * from './kafka/kafka-distribution.js';
export * from './kafka/local-kafka.js';
export * from './repo-root.js';
export * from './ports.js';
