/**
 * The call's clock and the step's clock. The step clock is measured against the
 * step's target: it warns from three quarters of the target and alerts past it.
 */
import { smallInteger } from '../i18n/digits.js';
import { formatNumber } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';

export type TimerLevel = 'normal' | 'warning' | 'alert';

/** Share of the target from which the step clock warns. */
export const WARNING_SHARE = 0.75;

export function timerLevel(elapsedMs: number, targetMs: number | undefined): TimerLevel {
  if (targetMs === undefined || targetMs <= 0) return 'normal';
  if (elapsedMs > targetMs) return 'alert';
  if (elapsedMs >= targetMs * WARNING_SHARE) return 'warning';
  return 'normal';
}

/** A whole number of at least `digits` digits, in the locale's digits. */
function padded(value: number, locale: Locale, digits: number): string {
  // Clock parts are below 1,000 except hours of an absurdly long call.
  return smallInteger(value, locale, digits) ?? formatNumber(value, locale);
}

/** `mm:ss`, or `h:mm:ss` from an hour on, in the locale's digits (Bengali for bn). */
export function formatClock(ms: number, locale: Locale): string {
  const total = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const seconds = total % 60;
  const clock = `${padded(minutes, locale, 2)}:${padded(seconds, locale, 2)}`;
  return hours > 0 ? `${padded(hours, locale, 1)}:${clock}` : clock;
}

/** Milliseconds from `from` to `to`, never negative. */
export function span(from: number, to: number): number {
  return to > from ? to - from : 0;
}
