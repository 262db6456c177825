import { flatCopy } from '../../log/read/index.js';

/** Adds `by` to a count kept in a map; a new key is copied, never kept as a slice of a file. */
export function bump(map: Map<string, number>, key: string, by = 1): void {
  const n = map.get(key);
  if (n === undefined) map.set(flatCopy(key), by);
  else map.set(key, n + by);
}
