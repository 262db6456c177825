/** The running totals of one step of one script version, as the events recorded it. */
import { Durations } from '../stats/durations.js';
import { bump } from './bump.js';

/** Distinct skip reasons kept per step; past it, new reasons are counted as one "other". */
export const MAX_REASONS = 1000;
export const OTHER_REASON = '\u0000other';

/** One step of one script version (by snapshot sha). */
export interface StepTotals {
  script: string;
  sha: string;
  step: string;
  /** The stage the events gave (the snapshot's, when found, wins in the report). */
  stage: string;
  entered: number;
  done: number;
  skipped: number;
  /** How long the done events took, in ms. */
  durations: Durations;
  reasons: Map<string, number>;
}

export function newStepTotals(
  script: string,
  sha: string,
  step: string,
  stage: string,
): StepTotals {
  return {
    script,
    sha,
    step,
    stage,
    entered: 0,
    done: 0,
    skipped: 0,
    durations: new Durations(),
    reasons: new Map(),
  };
}

/** Counts `by` skips for `reason`, or for "other" once the step has MAX_REASONS reasons. */
export function countReason(reasons: Map<string, number>, reason: string, by = 1): void {
  const n = reasons.get(reason);
  if (n !== undefined) reasons.set(reason, n + by);
  else if (reasons.size < MAX_REASONS) reasons.set(reason, by);
  else bump(reasons, OTHER_REASON, by);
}
