/** Counts of entered, done and skipped steps, with the share skipped. */
import type { Rates } from '../types.js';

/** part / whole; null when there is no whole. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function rates(entered: number, done: number, skipped: number): Rates {
  return { entered, done, skipped, skipRate: rate(skipped, done + skipped) };
}
