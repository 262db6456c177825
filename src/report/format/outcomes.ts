/**
 * The outcomes a report shows for a group of sessions, what supervisors look at
 * first: the five an agent can pick when a call ends, then the sessions without
 * one (cut short, ended without picking, or an outcome the log format does not
 * know, which readers leave out).
 */
import { OUTCOMES } from '../../session/types.js';

export const OUTCOME_COLUMNS = [...OUTCOMES, 'noOutcome'] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

export function outcomeCounts(
  sessions: number,
  byOutcome: Readonly<Record<string, number>>,
): Record<OutcomeColumn, number> {
  let picked = 0;
  const counts = { noOutcome: 0 } as Record<OutcomeColumn, number>;
  for (const outcome of OUTCOMES) {
    const n = Object.hasOwn(byOutcome, outcome) ? (byOutcome[outcome] as number) : 0;
    counts[outcome] = n;
    picked += n;
  }
  counts.noOutcome = sessions - picked;
  return counts;
}
