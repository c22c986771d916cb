export * from './psych-declaration.topic.js';
