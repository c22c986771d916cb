export * from './course.topic.js';
export * from './certification.topic.js';
export * from './eligibility.topic.js';
export * from './completion.topic.js';
