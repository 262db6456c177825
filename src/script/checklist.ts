/** Facts of a step's checklist that do not depend on the locale shown. */
import type { Script, Step } from './types.js';

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
