/**
 * `back` (reopen the previous step of the path) and `end` (close the call).
 */
import { findStep } from '../script/flow.js';
import type { Script } from '../script/types.js';
import { span } from './clock.js';
import { accept, reject } from './moves.js';
import {
  OUTCOMES,
  type Outcome,
  type SessionEvent,
  type SessionState,
  type Transition,
} from './types.js';
import { unreachedAt } from './unreached.js';
import { openVisit, skippedSteps, withVisits } from './visits.js';

/**
 * From a step: drops its visit and reopens the previous one. From wrapup: reopens
 * the last step. A reopened step loses its result, choice and ticks: it will be done
 * or skipped again. Notes and captured values stay: they were said on the call.
 */
export function back(script: Script, state: SessionState, now: number): Transition {
  const fromWrapup = state.status === 'wrapup';
  const kept = fromWrapup ? state.visits : state.visits.slice(0, -1);
  const target = kept.at(-1);
  if (!target) return reject(state, 'nothing-to-go-back-to');
  const step = findStep(script, target.step);
  if (!step) return reject(state, 'no-step');
  const from = fromWrapup ? step.id : (state.current ?? step.id);
  const visits = [...kept.slice(0, -1), openVisit(step.id)];
  const reopened = withVisits(
    { ...state, status: 'active', current: step.id, stepStartedAt: now },
    visits,
  );
  return accept(reopened, [
    { type: 'back', from, to: step.id },
    { type: 'enter', step: step.id, stage: step.stage },
  ]);
}

const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);

/** From wrapup the call is completed; from a step it is aborted (ended early). */
export function end(
  script: Script,
  state: SessionState,
  outcome: unknown,
  now: number,
): Transition {
  if (outcome !== undefined && !isOutcome(outcome)) return reject(state, 'unknown-outcome');
  const status = state.status === 'wrapup' ? 'completed' : 'aborted';
  const event: SessionEvent = {
    type: 'end',
    status,
    ...(outcome === undefined ? {} : { outcome }),
    skipped: skippedSteps(state.visits),
    unreached: unreachedAt(script, state),
    ms: span(state.startedAt, now),
  };
  const ended: SessionState = {
    ...state,
    status: 'ended',
    current: undefined,
    endStatus: status,
    ...(outcome === undefined ? {} : { outcome }),
    endedAt: now,
  };
  return accept(ended, [event]);
}
