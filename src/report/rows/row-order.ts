/**
 * How the report's rows are ordered: text by code units (`byCodeUnits`, never by
 * locale, so that the same logs give the same report on any machine), stages in
 * script order.
 */
import { STAGES } from '../../script/types.js';

/** A stage's place in a script; unknown stages come after every known one. */
export function stageRank(stage: string): number {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? STAGES.length : i;
}
