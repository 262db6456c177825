/**
 * The actions that finish the current step and move the call on: done, choose
 * (which finishes the step with the chosen option) and skip.
 */
import { nextStepAfter } from '../script/flow.js';
import type { Script } from '../script/types.js';
import { span } from './clock.js';
import { currentStep, moveTo, reject } from './moves.js';
import type { SessionEvent, SessionState, Transition } from './types.js';
import { replaceLast } from './visits.js';

export function done(script: Script, state: SessionState, now: number): Transition {
  const here = currentStep(script, state);
  if (!here) return reject(state, 'no-step');
  const { step, visit } = here;
  if ((step.options?.length ?? 0) > 0 && visit.choice === undefined) {
    return reject(state, 'choose-first');
  }
  const event: SessionEvent = {
    type: 'done',
    step: step.id,
    stage: step.stage,
    ms: span(state.stepStartedAt, now),
  };
  const visits = replaceLast(state.visits, { ...visit, result: 'done' });
  return moveTo(script, state, visits, nextStepAfter(script, step.id, visit.choice), now, [event]);
}

export function choose(
  script: Script,
  state: SessionState,
  option: unknown,
  now: number,
): Transition {
  const here = currentStep(script, state);
  if (!here) return reject(state, 'no-step');
  const { step, visit } = here;
  const options = step.options ?? [];
  if (options.length === 0) return reject(state, 'not-a-choice');
  const chosen = options.find((candidate) => candidate.id === option);
  if (!chosen) return reject(state, 'unknown-option');
  const events: SessionEvent[] = [
    { type: 'choice', step: step.id, option: chosen.id },
    { type: 'done', step: step.id, stage: step.stage, ms: span(state.stepStartedAt, now) },
  ];
  const visits = replaceLast(state.visits, { ...visit, choice: chosen.id, result: 'done' });
  return moveTo(script, state, visits, nextStepAfter(script, step.id, chosen.id), now, events);
}

export function skip(
  script: Script,
  state: SessionState,
  reason: unknown,
  now: number,
): Transition {
  const here = currentStep(script, state);
  if (!here) return reject(state, 'no-step');
  const { step, visit } = here;
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (step.required && why === '') return reject(state, 'reason-required');
  const event: SessionEvent = {
    type: 'skip',
    step: step.id,
    stage: step.stage,
    reason: why,
    ms: span(state.stepStartedAt, now),
  };
  // A skipped choice step has no choice: it follows its own `next`, else file order.
  const visits = replaceLast(state.visits, {
    step: step.id,
    result: 'skipped',
    checked: visit.checked,
  });
  return moveTo(script, state, visits, nextStepAfter(script, step.id), now, [event]);
}
