/**
 * Where a call goes next (docs/script-format.md §8). The session machine moves by
 * these rules and the checker judges reachability and loops by them, so what the
 * checker calls reachable is what a call can reach. They read drafts as well as
 * checked scripts: the checker's steps may lack ids, and ids may repeat.
 */
import type { Script, Step } from './types.js';

/** What the flow reads of a step. */
export interface FlowStep {
  readonly id?: string;
  readonly next?: string;
  readonly end: boolean;
  readonly options?: readonly { readonly id?: string; readonly next?: string }[];
}
type FlowOption = NonNullable<FlowStep['options']>[number];

/** How a step is left: a jump to an id, on to the following step, or out of the flow. */
export type Way =
  | { readonly kind: 'jump'; readonly to: string }
  | { readonly kind: 'following' }
  | { readonly kind: 'end' };

/** Stands for "the call's flow ends" where a step index is expected. */
export const END = -1;

/**
 * The way out of `step` when the agent picks `option`, or leaves the step without
 * one (done, or skipped: a skipped choice step has no choice). Precedence: the
 * option's `next`; `end: true`; the step's `next`; the following step.
 */
export function wayOut(step: FlowStep, option?: FlowOption): Way {
  if (option?.next !== undefined) return { kind: 'jump', to: option.next };
  if (step.end) return { kind: 'end' };
  if (step.next !== undefined) return { kind: 'jump', to: step.next };
  return { kind: 'following' };
}

/** Id → index of the first step with it: the one a `next` names. */
export function stepIndex(steps: readonly FlowStep[]): Map<string, number> {
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (step.id !== undefined && !index.has(step.id)) index.set(step.id, i);
  });
  return index;
}

/**
 * The index of the step `way` leads to from step `from`, or END: after the last
 * step, and at a jump to a missing step, the flow ends rather than strand the call.
 */
export function landing(
  steps: readonly FlowStep[],
  index: ReadonlyMap<string, number>,
  from: number,
  way: Way,
): number {
  if (way.kind === 'jump') return index.get(way.to) ?? END;
  if (way.kind === 'end' || from + 1 >= steps.length) return END;
  return from + 1;
}

/**
 * Where the flow can go straight after step `at` (indexes, or END), without
 * duplicates: leaving it without a choice first, then by each of its options.
 */
export function successorsAt(
  steps: readonly FlowStep[],
  index: ReadonlyMap<string, number>,
  at: number,
): number[] {
  const step = steps[at];
  if (!step) return [END];
  const ways = [wayOut(step), ...(step.options ?? []).map((o) => wayOut(step, o))];
  return [...new Set(ways.map((way) => landing(steps, index, at, way)))];
}

/** `successorsAt` of every step. */
export function successorLists(steps: readonly FlowStep[]): number[][] {
  const index = stepIndex(steps);
  return steps.map((_, at) => successorsAt(steps, index, at));
}

/** Which steps the flow reaches from `starts` (included), following `successors`. */
export function reachableIndexes(
  starts: readonly number[],
  successors: readonly (readonly number[])[],
): boolean[] {
  const seen = new Array<boolean>(successors.length).fill(false);
  const queue = starts.filter((s) => s >= 0 && s < successors.length);
  for (const s of queue) seen[s] = true;
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const next of successors[node] ?? []) {
      if (next !== END && !seen[next]) {
        seen[next] = true;
        queue.push(next);
      }
    }
  }
  return seen;
}

// The same rules by step id, as a call (which stands on a step id) asks them.

export function findStep(script: Script, stepId: string | undefined): Step | undefined {
  if (stepId === undefined) return undefined;
  return script.steps.find((step) => step.id === stepId);
}

/**
 * The step the flow goes to after `stepId` when the agent picked `optionId` (none,
 * or an id the step does not have: left without a choice), or undefined when the
 * call's flow ends there.
 */
export function nextStepAfter(
  script: Script,
  stepId: string,
  optionId?: string,
): string | undefined {
  const index = stepIndex(script.steps);
  const from = index.get(stepId);
  const step = from === undefined ? undefined : script.steps[from];
  if (from === undefined || !step) return undefined;
  const option = optionId === undefined ? undefined : step.options?.find((o) => o.id === optionId);
  return script.steps[landing(script.steps, index, from, wayOut(step, option))]?.id;
}

/** Steps the flow reaches from `from` (itself included), in file order. */
export function reachableFrom(script: Script, from: string): string[] {
  const start = stepIndex(script.steps).get(from);
  if (start === undefined) return [];
  const reached = reachableIndexes([start], successorLists(script.steps));
  return [...new Set(script.steps.flatMap((step, i) => (reached[i] ? [step.id] : [])))];
}
