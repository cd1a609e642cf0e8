/** The Discord stand-in for end-to-end and fault tests: see standin.ts. */
export * from './standin.js';
export * from './payloads.js';
export * from './validate.js';
export * from './bot-process.js';
export * from './signed.js';
