/**
 * What a session did with its steps, from its per-session record: the steps
 * skipped on its final path, and the stage of each step met. One rule for the
 * listing, the report and their filters.
 */
import type { Stage } from '../../script/types.js';
import { type PathVisit, visitsFromEvents } from '../../session/path.js';
import { skippedSteps } from '../../session/visits.js';
import { stringList } from './line-rules.js';
import type { SessionScratch } from './scratch.js';

/**
 * Steps whose result on the final path is skipped: the end line's list, which
 * the machine wrote by this very rule, else (an interrupted call) the path's.
 */
export function skippedOf(s: SessionScratch, visits?: readonly PathVisit[]): string[] {
  if (s.status !== 'interrupted') return stringList(s.endSkippedJson);
  return skippedSteps(visits ?? visitsFromEvents(s.pathEvents()));
}

/** The stage of each step met in the events, as first seen, by step id. */
export function stageOfEach(s: SessionScratch): Record<string, Stage> {
  // No prototype: a step id such as `__proto__` stays a plain key.
  const stages: Record<string, Stage> = Object.create(null);
  for (let i = 0; i < s.count; i++) {
    const step = s.steps[i] as string;
    const stage = s.stages[i] as string;
    if (stage !== '' && stages[step] === undefined) stages[step] = stage as Stage;
  }
  return stages;
}
