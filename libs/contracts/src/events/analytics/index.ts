export * from './incident.topic.js';
export * from './student-group.topic.js';
