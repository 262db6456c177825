/**
 * The call's clock and the step's clock. The step clock is measured against the
 * step's target: it warns from three quarters of the target and alerts past it.
 */
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

const twoDigits = new Map<string, Intl.NumberFormat>();
const oneDigit = new Map<string, Intl.NumberFormat>();

function formatter(cache: Map<string, Intl.NumberFormat>, locale: string, digits: number) {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumIntegerDigits: digits, useGrouping: false });
    cache.set(locale, format);
  }
  return format;
}

/** `mm:ss`, or `h:mm:ss` from an hour on, in the locale's digits (Bengali for bn). */
export function formatClock(ms: number, locale: Locale): string {
  const total = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const seconds = total % 60;
  const two = formatter(twoDigits, locale, 2);
  const clock = `${two.format(minutes)}:${two.format(seconds)}`;
  return hours > 0 ? `${formatter(oneDigit, locale, 1).format(hours)}:${clock}` : clock;
}

/** Milliseconds from `from` to `to`, never negative. */
export function span(from: number, to: number): number {
  return to > from ? to - from : 0;
}
