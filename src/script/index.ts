/**
 * Loading and checking service-cycle scripts (format version 1). Pure: text in,
 * model and diagnostics out; no I/O, no clock.
 */
export { checkScript } from './check.js';
export * from './diagnostic.js';
export * from './types.js';
