/** Ids must be unique: step ids in the script, option ids within their step. */
import { error, type Issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function duplicateStepIds(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  ctx.draft.steps.forEach((step, i) => {
    if (step.id === undefined) return;
    const first = ctx.stepIndex.get(step.id);
    if (first === undefined || first === i) return;
    const firstLine = ctx.lineOf(['steps', first, 'id']);
    issues.push(error('DUPLICATE_STEP_ID', ['steps', i, 'id'], { id: step.id, firstLine }));
  });
  return issues;
}

export function duplicateOptionIds(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  ctx.draft.steps.forEach((step, i) => {
    const seen = new Set<string>();
    step.options?.forEach((option, j) => {
      if (option.id === undefined) return;
      if (seen.has(option.id)) {
        const params = { id: option.id, step: step.id ?? '' };
        issues.push(error('DUPLICATE_OPTION_ID', ['steps', i, 'options', j, 'id'], params));
      }
      seen.add(option.id);
    });
  });
  return issues;
}
