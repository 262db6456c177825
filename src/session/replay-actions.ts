/**
 * Turns logged events back into the actions that caused them, so a replay can
 * re-drive the machine. `enter` events are consequences, and so is the `done` that
 * a choice emits right after its `choice` event.
 */
import type { Action, SessionEvent } from './types.js';

/**
 * The action behind `event`, or undefined when the event is a consequence of an
 * earlier one. `previous` is the event logged just before (needed to tell a
 * choice's `done` from a `done` key).
 */
export function actionFromEvent(event: SessionEvent, previous?: SessionEvent): Action | undefined {
  switch (event.type) {
    case 'done':
      if (previous?.type === 'choice' && previous.step === event.step) return undefined;
      return { type: 'done' };
    case 'skip':
      return { type: 'skip', reason: event.reason };
    case 'choice':
      return { type: 'choose', option: event.option };
    case 'capture': {
      const values: Record<string, string> = {};
      Object.defineProperty(values, event.var, { value: event.value, enumerable: true });
      return { type: 'capture', values };
    }
    case 'note':
      return { type: 'note', text: event.text };
    case 'toggle':
      return { type: 'toggle', item: event.item };
    case 'back':
      return { type: 'back' };
    case 'end':
      return event.outcome === undefined
        ? { type: 'end' }
        : { type: 'end', outcome: event.outcome };
    default:
      return undefined;
  }
}
