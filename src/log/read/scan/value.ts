/** Skipping over one JSON value of a line the fast path reads (pure ASCII, no escapes). */

export const QUOTE = 34;

/** Index just past the JSON value at `i` (a nested object or array), or -1. */
export function skipValue(s: string, i: number, b: number, depth: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) {
    const end = s.indexOf('"', i + 1);
    return end < 0 || end >= b ? -1 : end + 1;
  }
  if (c === 123 || c === 91) {
    if (depth > 8) return -1;
    const close = c === 123 ? 125 : 93;
    let k = i + 1;
    if (s.charCodeAt(k) === close) return k + 1;
    for (;;) {
      if (c === 123) {
        if (s.charCodeAt(k) !== QUOTE) return -1;
        k = skipValue(s, k, b, depth + 1);
        if (k < 0 || s.charCodeAt(k) !== 58) return -1;
        k++;
      }
      k = skipValue(s, k, b, depth + 1);
      if (k < 0) return -1;
      const sep = s.charCodeAt(k);
      if (sep === close) return k + 1;
      if (sep !== 44) return -1;
      k++;
    }
  }
  if ((c >= 48 && c <= 57) || c === 45) {
    let k = c === 45 ? i + 1 : i;
    const first = s.charCodeAt(k);
    if (first < 48 || first > 57) return -1;
    while (k < b && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    const next = s.charCodeAt(k);
    if (next === 46 || next === 101 || next === 69) return -1;
    if (first === 48 && k - (c === 45 ? i + 1 : i) > 1) return -1;
    return k;
  }
  if (s.startsWith('true', i) || s.startsWith('null', i)) return i + 4;
  if (s.startsWith('false', i)) return i + 5;
  return -1;
}
