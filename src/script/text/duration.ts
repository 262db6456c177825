/**
 * A step's time budget: `15s`, `2m`, `1m30s` (minutes, then seconds, digits only).
 * Returns milliseconds, or undefined when the text is not such a duration.
 */
export function parseDuration(text: string): number | undefined {
  let i = 0;
  let minutes = 0;
  let seconds = 0;
  let sawMinutes = false;
  let sawSeconds = false;
  while (i < text.length) {
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === start || i === text.length) return undefined;
    const value = Number(text.slice(start, i));
    const unit = text[i++];
    if (unit === 'm' && !sawMinutes && !sawSeconds) {
      minutes = value;
      sawMinutes = true;
    } else if (unit === 's' && !sawSeconds) {
      seconds = value;
      sawSeconds = true;
    } else {
      return undefined;
    }
  }
  if (!sawMinutes && !sawSeconds) return undefined;
  const ms = (minutes * 60 + seconds) * 1000;
  return Number.isFinite(ms) ? ms : undefined;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
