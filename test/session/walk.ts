/**
 * Routes through a script's flow by the keys an agent would press (done, or choose
 * an option), to prove that every branch can be walked to the end of the call.
 */
import { nextStepAfter } from '../../src/script/flow.js';
import type { Script } from '../../src/script/types.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionState } from '../../src/session/types.js';

interface Move {
  readonly action: Action;
  readonly to: string | undefined;
}

function movesFrom(script: Script, stepId: string): Move[] {
  const step = script.steps.find((candidate) => candidate.id === stepId);
  if (!step) return [];
  if (step.options && step.options.length > 0) {
    return step.options.map((option) => ({
      action: { type: 'choose', option: option.id },
      to: nextStepAfter(script, stepId, option.id),
    }));
  }
  return [{ action: { type: 'done' }, to: nextStepAfter(script, stepId) }];
}

/** Shortest key sequence from `from` to `goal` (undefined goal: out of the flow), if any. */
export function route(
  script: Script,
  from: string,
  goal: string | undefined,
): Action[] | undefined {
  if (from === goal) return [];
  const seen = new Map<string, Action[]>([[from, []]]);
  const queue = [from];
  for (let step = queue.shift(); step !== undefined; step = queue.shift()) {
    const before = seen.get(step) ?? [];
    for (const move of movesFrom(script, step)) {
      const actions = [...before, move.action];
      if (move.to === goal) return actions;
      if (move.to !== undefined && !seen.has(move.to)) {
        seen.set(move.to, actions);
        queue.push(move.to);
      }
    }
  }
  return undefined;
}

/** Every option of every choice step, each with a walk from the start through it to the end. */
export function branchWalks(script: Script): { label: string; actions: Action[] | undefined }[] {
  const first = script.steps[0]?.id;
  if (first === undefined) return [];
  const walks: { label: string; actions: Action[] | undefined }[] = [];
  for (const step of script.steps) {
    for (const option of step.options ?? []) {
      const label = `${step.id} → ${option.id}`;
      const target = nextStepAfter(script, step.id, option.id);
      const there = route(script, first, step.id);
      const after = target === undefined ? [] : route(script, target, undefined);
      const actions =
        there && after
          ? [...there, { type: 'choose', option: option.id } as Action, ...after]
          : undefined;
      walks.push({ label, actions });
    }
  }
  return walks;
}

/** Plays `actions` one second apart; the refusal reason of the first refused action, if any. */
export function play(
  script: Script,
  actions: readonly Action[],
): { state: SessionState; refused?: string } {
  let state = startSession(script, 0).state;
  for (const [i, action] of actions.entries()) {
    const t = applyAction(script, state, action, (i + 1) * 1000);
    if (!t.ok) return { state, refused: `${JSON.stringify(action)}: ${t.reason}` };
    state = t.state;
  }
  return { state };
}
