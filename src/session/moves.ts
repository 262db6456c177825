/**
 * The building blocks every transition is made of: accept or refuse, and move the
 * call to a step (or to wrapup when the flow has ended).
 */
import { findStep } from '../script/flow.js';
import type { Script, Step } from '../script/types.js';
import type { RejectReason, SessionEvent, SessionState, Transition, Visit } from './types.js';
import { openVisit, withVisits } from './visits.js';

export const reject = (state: SessionState, reason: RejectReason): Transition => ({
  ok: false,
  state,
  reason,
});

export const accept = (state: SessionState, events: readonly SessionEvent[]): Transition => ({
  ok: true,
  state,
  events,
});

/** The step the agent is on, with its open visit; undefined outside a step. */
export function currentStep(
  script: Script,
  state: SessionState,
): { readonly step: Step; readonly visit: Visit } | undefined {
  if (state.status !== 'active') return undefined;
  const step = findStep(script, state.current);
  const visit = state.visits.at(-1);
  if (!step || !visit || visit.step !== step.id) return undefined;
  return { step, visit };
}

/**
 * Enters `target` as a new visit after `visits`, or moves to wrapup when there is no
 * target. A target that names no step (possible only in an unchecked script) ends
 * the flow too, rather than stranding the call.
 */
export function moveTo(
  script: Script,
  state: SessionState,
  visits: readonly Visit[],
  target: string | undefined,
  now: number,
  events: readonly SessionEvent[],
): Transition {
  const step = findStep(script, target);
  if (!step) {
    const wrapup = withVisits(
      { ...state, status: 'wrapup', current: undefined, stepStartedAt: now },
      visits,
    );
    return accept(wrapup, events);
  }
  const entered = withVisits({ ...state, status: 'active', current: step.id, stepStartedAt: now }, [
    ...visits,
    openVisit(step.id),
  ]);
  return accept(entered, [...events, { type: 'enter', step: step.id, stage: step.stage }]);
}
