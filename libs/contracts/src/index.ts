export * from './roles.js';
export * from './services.js';
