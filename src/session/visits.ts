/**
 * The visits are the truth of a session's path; `path`, `results`, `choices` and
 * `checked` are views of them kept in the state so that the screen can read them
 * directly. Every change of the visits goes through `withVisits` to keep them in step.
 */
import type { SessionState, StepResult, Visit } from './types.js';

/** Per step: `done` if any visit was done, else `skipped` if one was skipped. */
export function resultsOf(visits: readonly Visit[]): Record<string, StepResult> {
  const results: Record<string, StepResult> = {};
  for (const visit of visits) {
    if (
      visit.result === 'done' ||
      (visit.result === 'skipped' && !Object.hasOwn(results, visit.step))
    ) {
      define(results, visit.step, visit.result);
    }
  }
  return results;
}

export function withVisits(state: SessionState, visits: readonly Visit[]): SessionState {
  const choices: Record<string, string> = {};
  const checked: Record<string, readonly number[]> = {};
  for (const visit of visits) {
    if (visit.choice !== undefined) define(choices, visit.step, visit.choice);
    if (visit.checked.length > 0) define(checked, visit.step, visit.checked);
    else delete checked[visit.step];
  }
  return {
    ...state,
    path: visits.map((visit) => visit.step),
    visits,
    results: resultsOf(visits),
    choices,
    checked,
  };
}

/** Replaces the last visit (the open one, or the last finished one in wrapup). */
export function replaceLast(visits: readonly Visit[], visit: Visit): Visit[] {
  return [...visits.slice(0, -1), visit];
}

export const openVisit = (step: string): Visit => ({ step, checked: [] });

/** Step ids in path order, each once, whose outcome on the path is `skipped`. */
export function skippedSteps(visits: readonly Visit[]): string[] {
  const results = resultsOf(visits);
  const ids: string[] = [];
  for (const visit of visits) {
    if (results[visit.step] === 'skipped' && !ids.includes(visit.step)) ids.push(visit.step);
  }
  return ids;
}

/** Own data properties only, so that an id such as `__proto__` stays a plain key. */
export function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
