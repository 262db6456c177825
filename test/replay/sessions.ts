/** Calls through the test cycle, as actions with the milliseconds before each. */
import type { Action } from '../../src/session/types.js';

export const FULL_CALL: readonly (readonly [Action, number])[] = [
  [{ type: 'done' }, 4000],
  [{ type: 'capture', values: { customer: '‹redacted›' } }, 2000],
  [{ type: 'note', text: 'asked to be called Ana' }, 1000],
  [{ type: 'skip', reason: 'customer in a hurry' }, 1000],
  [{ type: 'choose', option: 'unsure' }, 3000],
  [{ type: 'toggle', item: 0 }, 1000],
  [{ type: 'done' }, 2000],
  [{ type: 'choose', option: 'return' }, 10_000],
  [{ type: 'back' }, 5000],
  [{ type: 'choose', option: 'buy' }, 2000],
  [{ type: 'toggle', item: 1 }, 1000],
  [{ type: 'done' }, 30_000],
  [{ type: 'done' }, 3000],
  [{ type: 'done' }, 20_000],
  [{ type: 'end', outcome: 'resolved' }, 4000],
];

/** Cut short on the third step (Ctrl-C): an aborted call. */
export const ABORTED_CALL: readonly (readonly [Action, number])[] = [
  [{ type: 'done' }, 4000],
  [{ type: 'done' }, 3000],
  [{ type: 'end' }, 2000],
];
