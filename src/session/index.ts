export { nextStepAfter, reachableFrom, successorsOf } from '../script/flow.js';
export { applyAction, startSession } from './machine.js';
export { elapsed, type StageStatus, stageStatus, stepProgress } from './progress.js';
export { actionFromEvent, actionsFromEvents } from './replay-actions.js';
export * from './types.js';
export { unreachedAt } from './unreached.js';
