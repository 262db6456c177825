/** A list for a diagnostic's params: the first few items, then `…` if there are more. */
export const LISTED = 8;

export function listed(items: readonly string[], total = items.length): string {
  const shown = items.slice(0, LISTED).join(', ');
  return total > LISTED ? `${shown}, …` : shown;
}
