/**
 * How a duration prints, everywhere: a call's or a step's time as a clock
 * (`mm:ss`, `h:mm:ss` from an hour on), and a statistic in seconds with one
 * decimal (`12.5 s`), both in the locale's digits (Bengali for bn).
 */
import { smallInteger } from './digits.js';
import { formatNumber, translatorFor } from './index.js';
import type { Locale } from './locale.js';

/** A whole number of at least `digits` digits, in the locale's digits. */
function padded(value: number, locale: Locale, digits: number): string {
  // Clock parts are below 1,000 except hours of an absurdly long call.
  return smallInteger(value, locale, digits) ?? formatNumber(value, locale);
}

/** `mm:ss`, or `h:mm:ss` from an hour on. */
export function formatClock(ms: number, locale: Locale): string {
  const total = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const seconds = total % 60;
  const clock = `${padded(minutes, locale, 2)}:${padded(seconds, locale, 2)}`;
  return hours > 0 ? `${padded(hours, locale, 1)}:${clock}` : clock;
}

/** Seconds with at most one decimal, for durations that are statistics (medians, p90). */
export function secondsFormatter(locale: Locale): (ms: number) => string {
  const t = translatorFor(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (ms) => t('report.units.seconds', { value: decimal.format(ms / 1000) });
}
