/** The five stages of the service cycle: each one present, in cycle order through the file. */
import { error, type Issue } from '../issues.js';
import { STAGES, type Stage } from '../types.js';
import type { RuleContext } from './context.js';

export function missingStages(ctx: RuleContext): Issue[] {
  const { steps } = ctx.draft;
  if (steps.length === 0) return [];
  const used = new Set(steps.map((s) => s.stage));
  return STAGES.filter((stage) => !used.has(stage)).map((stage) => ({
    ...error('MISSING_STAGE', ['steps'], { stage }),
    atKey: true,
  }));
}

export function stageOrder(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  let previous: { stage: Stage; id: string } | undefined;
  ctx.draft.steps.forEach((step, i) => {
    if (step.stage === undefined) return;
    if (previous && STAGES.indexOf(step.stage) < STAGES.indexOf(previous.stage)) {
      issues.push(
        error('STAGE_ORDER', ['steps', i, 'stage'], {
          stage: step.stage,
          previous: previous.stage,
          previousStep: previous.id,
        }),
      );
    }
    previous = { stage: step.stage, id: step.id ?? '' };
  });
  return issues;
}
