/**
 * The report's summary lines for people, shared by the terminal table and the
 * HTML page: how many sessions, how they turned out (what supervisors look at
 * first), then how they ended; and how many log lines were left out and why,
 * for each reason the one reader counts (SkipCounts), in the words `coach
 * sessions` uses for them.
 */
import type { Report } from '../types.js';
import { outcomeCounts } from './outcomes.js';
import type { ValueFormatter } from './values.js';

export interface Summary {
  readonly sessions: string;
  readonly outcomes: string;
  readonly statuses: string;
  /** Absent when every line was read. */
  readonly skippedLines?: string;
}

function skippedLines(report: Report, f: ValueFormatter): string | undefined {
  const counts = Object.entries(report.skippedLines).filter(([, n]) => n > 0);
  if (counts.length === 0) return undefined;
  const reasons = counts.map(([reason, count]) => f.t(`reader.reasons.${reason}`, { count }));
  return f.t('report.summary.skippedLines', {
    count: counts.reduce((sum, [, n]) => sum + n, 0),
    reasons: reasons.join(f.t('reader.separator')),
  });
}

export function summaryOf(report: Report, f: ValueFormatter): Summary {
  const s = report.sessions;
  const count = (n: number) => f.format('count', n);
  const outcomes = outcomeCounts(s.total, s.byOutcome);
  const skipped = skippedLines(report, f);
  return {
    ...(skipped === undefined ? {} : { skippedLines: skipped }),
    sessions: f.t('report.summary.sessions', { count: s.total }),
    outcomes: f.t('report.summary.byOutcome', {
      resolved: count(outcomes.resolved),
      unresolved: count(outcomes.unresolved),
      callback: count(outcomes.callback),
      complaint: count(outcomes.complaint),
      compliment: count(outcomes.compliment),
      noOutcome: count(outcomes.noOutcome),
    }),
    statuses: f.t('report.summary.byStatus', {
      completed: count(s.byStatus.completed),
      aborted: count(s.byStatus.aborted),
      interrupted: count(s.byStatus.interrupted),
    }),
  };
}
