/**
 * The call flow as a graph over step indexes: the successors the flow rules give
 * (../flow.ts), and the graph algorithms the checker's rules run on them.
 */
import { END, reachableIndexes, successorsAt } from '../flow.js';
import type { DraftStep } from '../normalize.js';

export interface FlowGraph {
  /** Successors of each step: step indexes or END, without duplicates. */
  readonly successors: readonly (readonly number[])[];
  /** Steps the call can reach from the first step. */
  readonly reachable: readonly boolean[];
}

export function buildGraph(
  steps: readonly DraftStep[],
  index: ReadonlyMap<string, number>,
): FlowGraph {
  const successors = steps.map((_, i) => successorsAt(steps, index, i));
  return { successors, reachable: reachableIndexes([0], successors) };
}

/** Whether each step can lead to the end of the call. */
export function canEnd(successors: readonly (readonly number[])[]): boolean[] {
  const count = successors.length;
  const predecessors: number[][] = Array.from({ length: count }, () => []);
  const ends: number[] = [];
  successors.forEach((next, i) => {
    if (next.length === 0 || next.includes(END)) ends.push(i);
    for (const n of next) if (n !== END) predecessors[n]?.push(i);
  });
  return reachableIndexes(ends, predecessors);
}

/**
 * Strongly connected components among `nodes` (Tarjan's algorithm, iterative so a
 * long chain of steps cannot overflow the stack). Components come out in any order.
 */
export function components(
  nodes: readonly number[],
  successors: readonly (readonly number[])[],
  include: readonly boolean[],
): number[][] {
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (order.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [node, edge] = frame;
      const next = successors[node] ?? [];
      if (edge < next.length) {
        frame[1]++;
        const to = next[edge] as number;
        if (to === END || !include[to]) continue;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node) as number, order.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(node) as number));
      if (low.get(node) === order.get(node)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        result.push(component);
      }
    }
  }
  return result;
}
