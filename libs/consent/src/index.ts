/**
 * libs/consent: the consent and disclosure rules of libs/consent/RULES.md, as pure functions.
 * No framework, no I/O, no clock: services pass the facts and the time in, and store what comes out.
 */
export * from './rules.js';
export * from './classes.js';
export * from './purposes.js';
export * from './recipients.js';
export * from './labels.js';
export * from './crossing-minimum.js';
export * from './policy.js';
export * from './consent.js';
export * from './emergency.js';
export * from './team.js';
export * from './decision.js';
export { decide, decideFor } from './decide.js';
export * from './redact.js';
export * from './disclosure-log.js';
export * from './analytics.js';
export { isAdultAt, localDate, within, reached } from './time.js';
export * from './wellness/index.js';
