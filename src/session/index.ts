export { applyAction, startSession } from './machine.js';
export { stageStatus, stepProgress } from './progress.js';
export { actionFromEvent } from './replay-actions.js';
export * from './types.js';
export { unreachedAt } from './unreached.js';
