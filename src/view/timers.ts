/**
 * The step clock measured against the step's target: it warns from three
 * quarters of the target and alerts past it.
 */

export type TimerLevel = 'normal' | 'warning' | 'alert';

/** Share of the target from which the step clock warns. */
export const WARNING_SHARE = 0.75;

export function timerLevel(elapsedMs: number, targetMs: number | undefined): TimerLevel {
  if (targetMs === undefined || targetMs <= 0) return 'normal';
  if (elapsedMs > targetMs) return 'alert';
  if (elapsedMs >= targetMs * WARNING_SHARE) return 'warning';
  return 'normal';
}
