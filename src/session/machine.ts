/**
 * The session machine: state + action + time → state + events. Pure and
 * deterministic, so that a replay feeding the logged actions at their logged times
 * sees exactly what the agent saw. Bad actions are refused with a reason, never
 * thrown.
 */
import type { Script } from '../script/types.js';
import { back, end } from './back-end.js';
import { choose, done, skip } from './finish-actions.js';
import { moveTo, reject } from './moves.js';
import { capture, note, toggle } from './record-actions.js';
import type { Action, SessionEvent, SessionState, Transition } from './types.js';
import { define } from './visits.js';

/**
 * The values a call starts with, made here only: each variable's default, then the
 * values given (`--var`, the agent…). A live call and its replay both start from
 * the values that do not come from the script (the start line's `vars`).
 */
function initialVars(
  script: Script,
  given: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const variable of script.variables) {
    if (variable.default !== undefined) define(vars, variable.name, variable.default);
  }
  for (const [name, value] of Object.entries(given ?? {})) {
    if (typeof value === 'string') define(vars, name, value);
  }
  return vars;
}

/** Starts a call at `now` and enters its first step (straight to wrapup if it has none). */
export function startSession(
  script: Script,
  now: number,
  vars?: Readonly<Record<string, string>>,
): { state: SessionState; events: SessionEvent[] } {
  const empty: SessionState = {
    status: 'active',
    current: undefined,
    startedAt: now,
    stepStartedAt: now,
    path: [],
    visits: [],
    vars: initialVars(script, vars),
    results: {},
    checked: {},
    choices: {},
    notes: [],
  };
  const moved = moveTo(script, empty, [], script.steps[0]?.id, now, []);
  // moveTo always accepts; the guard keeps the types honest without a cast.
  return moved.ok
    ? { state: moved.state, events: [...moved.events] }
    : { state: empty, events: [] };
}

export function applyAction(
  script: Script,
  state: SessionState,
  action: Action,
  now: number,
): Transition {
  if (state.status === 'ended') return reject(state, 'ended');
  if (typeof action !== 'object' || action === null) return reject(state, 'unknown-action');
  // Read through `unknown`: actions may come from an answers file or a damaged log.
  const fields = action as { readonly [key: string]: unknown };
  switch (action.type) {
    case 'done':
      return done(script, state, now);
    case 'choose':
      return choose(script, state, fields.option, now);
    case 'skip':
      return skip(script, state, fields.reason, now);
    case 'capture':
      return capture(script, state, fields.values);
    case 'note':
      return note(state, fields.text);
    case 'toggle':
      return toggle(script, state, fields.item);
    case 'back':
      return back(script, state, now);
    case 'end':
      return end(script, state, fields.outcome, now);
    default:
      return reject(state, 'unknown-action');
  }
}
