/**
 * Loading and checking service-cycle scripts (format version 1). Pure: text in,
 * model and diagnostics out; no I/O, no clock.
 */
export { type CheckOptions, type CheckResult, checkScript } from './check.js';
export * from './diagnostic.js';
export { parseDuration } from './text/duration.js';
export { interpolate, variablesIn } from './text/placeholders.js';
export * from './types.js';
