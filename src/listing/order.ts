/**
 * The order sessions are listed in: newest first, and sessions that started in
 * the same millisecond by id, highest first, so that the same logs list the same
 * way on every machine.
 */
import type { SessionSummary } from '../log/read/index.js';
import { byCodeUnits } from '../text/compare.js';

export function newestFirst(a: SessionSummary, b: SessionSummary): number {
  if (a.startedAt !== b.startedAt) return b.startedAt - a.startedAt;
  return byCodeUnits(b.session, a.session);
}
