/**
 * Required steps the call has not dealt with yet but could still reach from where
 * it stands: what an `end` right now would report as unreached.
 */
import { reachableFrom } from '../script/flow.js';
import type { Script } from '../script/types.js';
import type { SessionState } from './types.js';

/**
 * Where the call stands: the current step, or for a call that was aborted, the
 * step it was on. Undefined once the flow has ended (wrapup, completed).
 */
function standingStep(state: SessionState): string | undefined {
  if (state.status === 'active') return state.current;
  if (state.status === 'ended' && state.endStatus === 'aborted') {
    const last = state.visits.at(-1);
    return last && last.result === undefined ? last.step : undefined;
  }
  return undefined;
}

/**
 * Required steps, in file order, never done nor skipped on the path, that the flow
 * can reach from the step the call stands on (that step included, since it is not
 * finished). Empty once the flow has ended.
 */
export function unreachedAt(script: Script, state: SessionState): string[] {
  const from = standingStep(state);
  if (from === undefined) return [];
  const reachable = new Set(reachableFrom(script, from));
  const ids = new Set<string>();
  for (const step of script.steps) {
    if (step.required && reachable.has(step.id) && !Object.hasOwn(state.results, step.id)) {
      ids.add(step.id);
    }
  }
  return [...ids];
}
