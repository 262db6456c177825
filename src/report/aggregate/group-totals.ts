/** The running totals of a group of sessions: all of them, or one agent, script or locale. */

import type { SessionStatusName } from '../../log/read/index.js';
import { Durations } from '../stats/durations.js';
import { bump } from './bump.js';

export interface GroupTotals {
  sessions: number;
  completed: number;
  aborted: number;
  interrupted: number;
  outcomes: Map<string, number>;
  entered: number;
  done: number;
  skipped: number;
  /** How long each session's call lasted, in ms. */
  callMs: Durations;
}

export function newGroupTotals(): GroupTotals {
  return {
    sessions: 0,
    completed: 0,
    aborted: 0,
    interrupted: 0,
    outcomes: new Map(),
    entered: 0,
    done: 0,
    skipped: 0,
    callMs: new Durations(),
  };
}

/** Counts one session's status, outcome and call length. */
export function countSession(
  g: GroupTotals,
  status: SessionStatusName,
  outcome: string,
  callMs: number,
): void {
  g.sessions++;
  g[status]++;
  if (outcome !== '') bump(g.outcomes, outcome);
  g.callMs.add(callMs);
}
