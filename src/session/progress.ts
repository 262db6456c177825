/**
 * What the screen shows about where the call is: "step 3 of 8", the stage bar and
 * the clocks.
 */
import { findStep, nextStepAfter } from '../script/flow.js';
import { type Script, STAGES, type Stage } from '../script/types.js';
import { span } from './clock.js';
import type { SessionState } from './types.js';

/**
 * `index`: steps entered so far on the path (the current one included, loops
 * counted each time). `total`: `index` plus the steps still ahead on the likely
 * path, which follows each step's first option or its `next`, stopping at the end
 * of the flow or where that walk would repeat itself. Outside a step, both are the
 * path's length.
 */
export function stepProgress(
  script: Script,
  state: SessionState,
): { index: number; total: number } {
  const index = state.path.length;
  if (state.status !== 'active' || state.current === undefined) return { index, total: index };
  const seen = new Set([state.current]);
  let step = findStep(script, state.current);
  while (step) {
    const next = findStep(script, nextStepAfter(script, step.id, step.options?.[0]?.id));
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    step = next;
  }
  return { index, total: index + seen.size - 1 };
}

export type StageStatus = 'done' | 'current' | 'skipped' | 'partial' | 'pending';

/**
 * Per stage: `current` for the stage of the current step; otherwise from the
 * results of its steps on the path: all done → `done`, all skipped → `skipped`, a
 * mix → `partial`. A stage with no finished step is `skipped` if the call has moved
 * past it (the flow left it out or jumped over it) and `pending` otherwise.
 */
export function stageStatus(script: Script, state: SessionState): Record<Stage, StageStatus> {
  const stageOf = (id: string | undefined) => findStep(script, id)?.stage;
  const flowEnded =
    state.status === 'wrapup' || (state.status === 'ended' && state.endStatus === 'completed');
  const standing = state.status === 'active' ? state.current : state.path.at(-1);
  const standingStage = stageOf(standing);
  const reached = flowEnded ? STAGES.length : standingStage ? STAGES.indexOf(standingStage) : -1;
  const found = new Map<Stage, Set<string>>();
  for (const [id, result] of Object.entries(state.results)) {
    const stage = stageOf(id);
    if (stage) found.set(stage, (found.get(stage) ?? new Set()).add(result));
  }
  const status = {} as Record<Stage, StageStatus>;
  STAGES.forEach((stage, position) => {
    const results = found.get(stage);
    if (state.status === 'active' && stage === standingStage) status[stage] = 'current';
    else if (results && results.size > 1) status[stage] = 'partial';
    else if (results?.has('done')) status[stage] = 'done';
    else if (results?.has('skipped') || position < reached) status[stage] = 'skipped';
    else status[stage] = 'pending';
  });
  return status;
}

/** The call's clock and the current step's clock; both stop when the call ends. */
export function elapsed(state: SessionState, now: number): { callMs: number; stepMs: number } {
  const clock = state.endedAt ?? now;
  return { callMs: span(state.startedAt, clock), stepMs: span(state.stepStartedAt, clock) };
}
