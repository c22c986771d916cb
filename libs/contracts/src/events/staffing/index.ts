export * from './staff.topic.js';
export * from './assignment.topic.js';
export * from './on-call.topic.js';
export * from './district.topic.js';
export * from './sharing-agreement.topic.js';
