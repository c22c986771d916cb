/** Staff well-being confidentiality rules (./RULES.md, W1…W13): pure, time passed in. */
export * from './rules.js';
export * from './policy.js';
export * from './calendar.js';
export * from './screening.js';
export * from './debrief.js';
export * from './peer-support.js';
export * from './escalation.js';
export * from './reports.js';
export * from './training-goal.js';
export * from './access.js';
