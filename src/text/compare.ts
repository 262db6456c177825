/**
 * The one order of text when an order must not depend on the machine: UTF-16
 * code units, as `<` compares strings. Locale-aware collation would make the same
 * logs list in another order on another machine.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
