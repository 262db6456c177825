/** The five stages of the call, each drawn with a symbol and a colour for its state. */
import { STAGES } from '../script/types.js';
import { flow } from './layout.js';
import { STAGE_SYMBOL, stagePaint } from './theme.js';
import type { Translate } from './translate.js';
import type { ScreenView } from './view.js';

export function renderStageBar(view: ScreenView, t: Translate): string[] {
  const tokens = STAGES.map((stage) => {
    const state = view.stages[stage] ?? 'pending';
    return {
      text: `${STAGE_SYMBOL[state]} ${t(`screen.stages.${stage}`)}`,
      paint: stagePaint[state],
    };
  });
  return flow(tokens, view.columns);
}

/** `✓ done  ▶ current  …`: the key to the stage bar, for the help screen. */
export function renderStageLegend(columns: number, t: Translate): string[] {
  const states = ['done', 'current', 'skipped', 'partial', 'pending'] as const;
  const tokens = states.map((state) => ({
    text: `${STAGE_SYMBOL[state]} ${t(`screen.stageStates.${state}`)}`,
    paint: stagePaint[state],
  }));
  return flow(tokens, columns);
}
