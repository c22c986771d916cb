export * from './incident.values.js';
export * from './incident.topic.js';
export * from './tip.topic.js';
export * from './referral.topic.js';
export * from './critical-incident.topic.js';
