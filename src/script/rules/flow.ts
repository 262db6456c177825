/** The call flow: every jump lands on a step, every step can be reached, every path can end. */
import { error, type Issue, shorten, withSuggestion } from '../issues.js';
import type { RuleContext } from './context.js';
import { canEnd, components } from './graph.js';
import { listed } from './listed.js';

export function missingSteps(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const check = (target: string | undefined, path: (string | number)[]) => {
    if (target === undefined || ctx.stepIndex.has(target)) return;
    const suggestion = ctx.suggest(target, ctx.stepIndex.keys());
    issues.push(
      error('MISSING_STEP', path, withSuggestion({ target: shorten(target) }, suggestion)),
    );
  };
  ctx.draft.steps.forEach((step, i) => {
    check(step.next, ['steps', i, 'next']);
    step.options?.forEach((option, j) => {
      check(option.next, ['steps', i, 'options', j, 'next']);
    });
  });
  return issues;
}

export function unreachableSteps(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  ctx.draft.steps.forEach((step, i) => {
    if (!ctx.graph.reachable[i]) {
      const issue = error('UNREACHABLE_STEP', ['steps', i], { step: step.id ?? '' });
      issues.push({ ...issue, at: ['steps', i, 'id'] });
    }
  });
  return issues;
}

/**
 * Loops the call can enter but never leave. Steps that cannot reach the end either
 * sit on such a loop or lead into one; each loop is reported once, at its first step
 * in file order. Unreachable steps are left to UNREACHABLE_STEP.
 */
export function loopsWithoutExit(ctx: RuleContext): Issue[] {
  const { successors, reachable } = ctx.graph;
  const ends = canEnd(successors);
  const trapped = reachable.map((r, i) => r && !ends[i]);
  const nodes = trapped.flatMap((t, i) => (t ? [i] : []));
  if (nodes.length === 0) return [];
  const issues: Issue[] = [];
  for (const component of components(nodes, successors, trapped)) {
    component.sort((a, b) => a - b);
    const first = component[0] as number;
    const isLoop = component.length > 1 || successors[first]?.includes(first);
    if (!isLoop) continue;
    const ids = listed(component.map((i) => ctx.draft.steps[i]?.id ?? String(i)));
    const step = ctx.draft.steps[first]?.id ?? '';
    const issue = error('LOOP_WITHOUT_EXIT', ['steps', first], { step, steps: ids });
    issues.push({ ...issue, at: ['steps', first, 'id'] });
  }
  return issues;
}
