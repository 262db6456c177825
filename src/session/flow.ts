/**
 * The flow rules of a script, shared by the session machine and the script checks,
 * so that what the checker calls reachable is what a call can actually reach.
 */
import type { Script, Step } from '../script/types.js';

export function findStep(script: Script, stepId: string | undefined): Step | undefined {
  if (stepId === undefined) return undefined;
  return script.steps.find((step) => step.id === stepId);
}

/**
 * Where the flow goes after `stepId`, or undefined when the call's flow ends there.
 * Precedence: the chosen option's `next`; then `end: true`; then the step's `next`;
 * then the following step in file order (none after the last step).
 * Without `optionId` (a skipped choice step) the option rule does not apply. The
 * returned id is the raw target: it may name a missing step in an unchecked script.
 */
export function nextStepAfter(
  script: Script,
  stepId: string,
  optionId?: string,
): string | undefined {
  const index = script.steps.findIndex((step) => step.id === stepId);
  const step = script.steps[index];
  if (!step) return undefined;
  if (optionId !== undefined) {
    const target = step.options?.find((option) => option.id === optionId)?.next;
    if (target !== undefined) return target;
  }
  if (step.end) return undefined;
  if (step.next !== undefined) return step.next;
  return script.steps[index + 1]?.id;
}

/**
 * Every step the flow can go to straight after `stepId`: one per option and the
 * target of a skip. Missing steps are left out; `exits` tells whether one of the
 * ways leads out of the flow (its end, or a missing step).
 */
export function successorsOf(
  script: Script,
  stepId: string,
): { readonly steps: readonly string[]; readonly exits: boolean } {
  const step = findStep(script, stepId);
  if (!step) return { steps: [], exits: true };
  const targets = [
    nextStepAfter(script, stepId),
    ...(step.options ?? []).map((option) => nextStepAfter(script, stepId, option.id)),
  ];
  const steps: string[] = [];
  let exits = false;
  for (const target of targets) {
    if (target === undefined || !findStep(script, target)) exits = true;
    else if (!steps.includes(target)) steps.push(target);
  }
  return { steps, exits };
}

/** Steps reachable from `from` (itself included), in the order they are found. */
export function reachableFrom(script: Script, from: string): string[] {
  if (!findStep(script, from)) return [];
  const seen = [from];
  for (let i = 0; i < seen.length; i += 1) {
    for (const next of successorsOf(script, seen[i] as string).steps) {
      if (!seen.includes(next)) seen.push(next);
    }
  }
  return seen;
}

/**
 * How many checklist items a step has. Translations should all have the same
 * count; the source locale decides, else the longest list.
 */
export function checklistSize(script: Script, step: Step): number {
  const lists = step.checklist;
  if (!lists) return 0;
  const source = Object.hasOwn(lists, script.source) ? lists[script.source] : undefined;
  if (source) return source.length;
  return Math.max(0, ...Object.values(lists).map((items) => items.length));
}
