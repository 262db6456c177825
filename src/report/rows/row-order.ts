/**
 * How the report's rows are ordered: by code units (never by locale, so that the
 * same logs give the same report on any machine), stages in script order.
 */
import { STAGES } from '../../script/types.js';

export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stage's place in a script; unknown stages come after every known one. */
export function stageRank(stage: string): number {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? STAGES.length : i;
}
