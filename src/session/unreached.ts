/**
 * Required steps the call has not dealt with yet but could still reach from where
 * it stands: what an `end` right now would report as unreached.
 */
import { findStep, nextStepAfter, reachableFrom } from '../script/flow.js';
import type { Script } from '../script/types.js';
import type { SessionState, Visit } from './types.js';
import { resultsOf } from './visits.js';

/**
 * The step a call stands on: the open visit at the end of its path, else the
 * step the flow goes to after the last finished one (the first step before any). On the machine a finished
 * last visit means the flow has ended (wrap-up), where that is no step; in a log
 * cut off between a `done` and the `enter` written with it, it is the step the
 * call had moved to.
 */
function standingStep(script: Script, visits: readonly Visit[]): string | undefined {
  const last = visits.at(-1);
  // A call enters its first step as it starts, even if that line was lost.
  if (!last) return script.steps[0]?.id;
  if (last.result === undefined) return last.step;
  return findStep(script, nextStepAfter(script, last.step, last.choice))?.id;
}

/**
 * Required steps, in file order, never done nor skipped on the path, that the flow
 * can reach from the step the call stands on (that step included, since it is
 * not finished). None once the flow has ended. The machine and the readers of
 * logs both decide it from the visits, so they agree.
 */
export function unreachedFrom(script: Script, visits: readonly Visit[]): string[] {
  const from = standingStep(script, visits);
  if (from === undefined) return [];
  const reachable = new Set(reachableFrom(script, from));
  const results = resultsOf(visits);
  const ids = new Set<string>();
  for (const step of script.steps) {
    if (step.required && reachable.has(step.id) && !Object.hasOwn(results, step.id)) {
      ids.add(step.id);
    }
  }
  return [...ids];
}

/** What an `end` right now would report as unreached. */
export function unreachedAt(script: Script, state: SessionState): string[] {
  return unreachedFrom(script, state.visits);
}
