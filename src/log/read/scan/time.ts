/**
 * The time of a line, in epoch ms, NaN when it cannot be read. A time exactly in
 * the writer's shape (`2026-11-23T14:32:01.123Z`) is read digit by digit in the
 * text where it lies, without a copy: a report reads millions of them. Any other
 * text is left to Date.parse, and the digit reading accepts exactly what
 * Date.parse accepts in that shape (a property test holds them together).
 */

const SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ';

function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + (s.charCodeAt(i) - 48);
  return value;
}

function inWriterShape(s: string, a: number): boolean {
  for (let i = 0; i < SHAPE.length; i++) {
    const c = s.charCodeAt(a + i);
    const want = SHAPE.charCodeAt(i);
    if (want === 100) {
      if (c < 48 || c > 57) return false;
    } else if (c !== want) return false;
  }
  return true;
}

/** `s[a..b)` as epoch ms, or NaN. */
export function timeAt(s: string, a: number, b: number): number {
  if (b - a !== SHAPE.length || !inWriterShape(s, a)) return Date.parse(s.slice(a, b));
  const year = digits(s, a, 4);
  const month = digits(s, a + 5, 2);
  const day = digits(s, a + 8, 2);
  const hour = digits(s, a + 11, 2);
  const minute = digits(s, a + 14, 2);
  const second = digits(s, a + 17, 2);
  const milli = digits(s, a + 20, 3);
  // Years below 100 would be taken as 19xx by Date.UTC; they are not worth a fast path.
  if (year < 100) return Date.parse(s.slice(a, b));
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59) {
    return Number.NaN;
  }
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || milli > 0))) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** A whole time given as text. */
export function timeOf(text: string): number {
  return timeAt(text, 0, text.length);
}
