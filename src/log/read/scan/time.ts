/**
 * The time of a line, in epoch ms, NaN when it cannot be read. A time exactly in
 * the writer's shape (`2026-11-23T14:32:01.123Z`) is read digit by digit in the
 * text where it lies, without a copy: a report reads millions of them. Any other
 * text is left to Date.parse; in that shape the digits are read to accept
 * exactly what Date.parse accepts (a property test holds them together).
 */

/** Where the writer's shape has digits (the rest: - - T : : . Z). */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

function shaped(s: string, a: number, b: number): boolean {
  if (b - a !== 24) return false;
  if (s.charCodeAt(a + 4) !== 45 || s.charCodeAt(a + 7) !== 45) return false;
  if (s.charCodeAt(a + 10) !== 84 || s.charCodeAt(a + 13) !== 58) return false;
  if (s.charCodeAt(a + 16) !== 58 || s.charCodeAt(a + 19) !== 46) return false;
  if (s.charCodeAt(a + 23) !== 90) return false;
  for (const i of DIGITS) {
    const c = s.charCodeAt(a + i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const two = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/**
 * Whether `s[a..b)` is a time Date.parse reads, without computing it: every line
 * of every log is checked, so the writer's shape is read in place.
 */
export function isTimeAt(s: string, a: number, b: number): boolean {
  if (!shaped(s, a, b) || two(s, a) === 0) return Number.isFinite(Date.parse(s.slice(a, b)));
  const month = two(s, a + 5);
  const day = two(s, a + 8);
  const hour = two(s, a + 11);
  const rest = two(s, a + 14) + two(s, a + 17) + two(s, a + 20) + s.charCodeAt(a + 22) - 48;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (two(s, a + 14) > 59 || two(s, a + 17) > 59) return false;
  return hour < 24 || (hour === 24 && rest === 0);
}

/** `s[a..b)` as epoch ms, or NaN. */
export function timeAt(s: string, a: number, b: number): number {
  if (!shaped(s, a, b) || two(s, a) === 0) return Date.parse(s.slice(a, b));
  if (!isTimeAt(s, a, b)) return Number.NaN;
  const year = two(s, a) * 100 + two(s, a + 2);
  const milli = two(s, a + 20) * 10 + s.charCodeAt(a + 22) - 48;
  const [month, day, hour] = [two(s, a + 5), two(s, a + 8), two(s, a + 11)];
  return Date.UTC(year, month - 1, day, hour, two(s, a + 14), two(s, a + 17), milli);
}

/** A whole time given as text. */
export function timeOf(text: string): number {
  return timeAt(text, 0, text.length);
}
