/** What every rule gets: the draft model plus what several rules need, computed once. */
import { stepIndex as stepIndexOf } from '../flow.js';
import type { Issue, Path } from '../issues.js';
import type { Draft } from '../normalize.js';
import { closest, type SuggestionBudget } from '../text/similar.js';
import { BUILTIN_VARIABLES, type Variable } from '../types.js';
import { buildGraph, type FlowGraph } from './graph.js';
import { type TextField, textFields } from './text-fields.js';

export interface RuleContext {
  readonly draft: Draft;
  /** Step id → index of its first step: the one a `next` names. */
  readonly stepIndex: ReadonlyMap<string, number>;
  /** Declared variables by name. */
  readonly declared: ReadonlyMap<string, Variable>;
  /** Names usable in `{{…}}`: declared and built-in. */
  readonly known: ReadonlySet<string>;
  readonly graph: FlowGraph;
  readonly texts: readonly TextField[];
  /** 1-based line of the node at `path`, for params that name another place. */
  lineOf(path: Path): number;
  /** A close candidate for a misspelt name, within the check's suggestion budget. */
  suggest(word: string, candidates: Iterable<string>): string | undefined;
}

export type Rule = (ctx: RuleContext) => Issue[];

export function createContext(
  draft: Draft,
  lineOf: (path: Path) => number,
  budget: SuggestionBudget,
): RuleContext {
  const stepIndex = stepIndexOf(draft.steps);
  const declared = new Map(draft.variables.map((v) => [v.name, v]));
  return {
    draft,
    stepIndex,
    declared,
    known: new Set([...BUILTIN_VARIABLES, ...declared.keys()]),
    graph: buildGraph(draft.steps, stepIndex),
    texts: textFields(draft),
    lineOf,
    suggest: (word, candidates) => closest(word, candidates, budget),
  };
}
