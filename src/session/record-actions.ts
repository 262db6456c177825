/**
 * The actions that record something without moving the call: capture, note and
 * toggle. Captures and notes are also accepted in wrapup, where they belong to the
 * last step of the call (a complaint is often told at the very end).
 */
import { checklistSize } from '../script/checklist.js';
import type { Script } from '../script/types.js';
import { BUILTIN_VARIABLES } from '../script/types.js';
import { accept, currentStep, reject } from './moves.js';
import type { SessionEvent, SessionState, Transition } from './types.js';
import { define, replaceLast, withVisits } from './visits.js';

/** The step a capture or note belongs to. */
function recordingStep(state: SessionState): string | undefined {
  if (state.status === 'active') return state.current;
  if (state.status === 'wrapup') return state.path.at(-1);
  return undefined;
}

const isKnownVariable = (script: Script, name: string): boolean =>
  (BUILTIN_VARIABLES as readonly string[]).includes(name) ||
  script.variables.some((variable) => variable.name === name);

export function capture(script: Script, state: SessionState, values: unknown): Transition {
  const step = recordingStep(state);
  if (step === undefined) return reject(state, 'no-step');
  if (typeof values !== 'object' || values === null) return reject(state, 'unknown-variable');
  const entries = Object.entries(values);
  if (entries.some(([name]) => !isKnownVariable(script, name))) {
    return reject(state, 'unknown-variable');
  }
  const vars: Record<string, string> = { ...state.vars };
  const events: SessionEvent[] = [];
  for (const [name, raw] of entries) {
    const value = typeof raw === 'string' ? raw.trim() : '';
    define(vars, name, value);
    events.push({ type: 'capture', step, var: name, value });
  }
  return accept({ ...state, vars }, events);
}

export function note(state: SessionState, text: unknown): Transition {
  const step = recordingStep(state);
  if (step === undefined) return reject(state, 'no-step');
  const clean = typeof text === 'string' ? text.trim() : '';
  if (clean === '') return reject(state, 'empty-note');
  return accept({ ...state, notes: [...state.notes, { step, text: clean }] }, [
    { type: 'note', step, text: clean },
  ]);
}

export function toggle(script: Script, state: SessionState, item: unknown): Transition {
  const here = currentStep(script, state);
  if (!here) return reject(state, 'no-step');
  const { step, visit } = here;
  const size = checklistSize(script, step);
  if (size === 0) return reject(state, 'not-a-checklist');
  if (typeof item !== 'number' || !Number.isInteger(item) || item < 0 || item >= size) {
    return reject(state, 'unknown-item');
  }
  const checked = !visit.checked.includes(item);
  const ticks = checked
    ? [...visit.checked, item].sort((a, b) => a - b)
    : visit.checked.filter((tick) => tick !== item);
  const visits = replaceLast(state.visits, { ...visit, checked: ticks });
  return accept(withVisits(state, visits), [{ type: 'toggle', step: step.id, item, checked }]);
}
