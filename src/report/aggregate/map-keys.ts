/** Helpers for the maps of running totals. */

/** Map keys are copied so that they never keep a whole file's text alive. */
export function own(text: string): string {
  // Code unit by code unit, so even a lone surrogate from a damaged log is kept as it was.
  return text.split('').join('');
}

export function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
