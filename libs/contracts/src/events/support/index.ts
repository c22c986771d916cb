export * from './referral.topic.js';
export * from './plan.topic.js';
export * from './safety-plan.topic.js';
export * from './threat-case.topic.js';
export * from './consent.topic.js';
export * from './police-projection.topic.js';
export * from './break-glass.topic.js';
