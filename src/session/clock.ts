/** Milliseconds from `from` to `to`; never negative, even if the clock went backwards. */
export function span(from: number, to: number): number {
  return to > from ? to - from : 0;
}
