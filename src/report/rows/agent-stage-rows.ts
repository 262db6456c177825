/** The report's agent × stage rows (the HTML heat map), agents and stages in report order. */
import { byCodeUnits } from '../../text/compare.js';
import type { StageCell } from '../aggregate/accumulate.js';
import type { AgentStageRow } from '../types.js';
import { rates } from './rates.js';
import { stageRank } from './row-order.js';

/** `cells`: agent (by agentKey) → stage → counts; `shown` names an agent by its key. */
export function agentStageRows(
  cells: ReadonlyMap<string, ReadonlyMap<string, StageCell>>,
  shown: (agent: string) => string,
): AgentStageRow[] {
  return [...cells]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .flatMap(([agent, row]) =>
      [...row]
        .sort(([a], [b]) => stageRank(a) - stageRank(b) || byCodeUnits(a, b))
        .map(([stage, c]) => ({
          agent: shown(agent),
          stage,
          ...rates(c.entered, c.done, c.skipped),
        })),
    );
}
