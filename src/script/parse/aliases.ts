/**
 * `*alias` resolution without expanding anything. A script may reuse a text with
 * an anchor, but a "billion laughs" file multiplies aliases of aliases: here each
 * anchored node's expansion count is computed once, so the total cost of expanding
 * the whole document is known in one pass and refused when it exceeds the limit.
 * Like yaml's own `maxAliasCount` (default 100), the limit counts expansions.
 */
import { type Alias, isAlias, isCollection, isPair, isScalar, type Node } from 'yaml';

export const MAX_ALIAS_EXPANSIONS = 100;

export interface AliasTable {
  /** The node each alias stands for: the last node anchored with its name before it. */
  readonly targets: ReadonlyMap<Alias, Node>;
  /** Aliases whose anchor is not defined before them. */
  readonly unresolved: readonly Alias[];
  /** The alias at which the expansions went over the limit. */
  readonly overLimit?: Alias;
}

export function analyzeAliases(root: unknown, limit = MAX_ALIAS_EXPANSIONS): AliasTable {
  const targets = new Map<Alias, Node>();
  const unresolved: Alias[] = [];
  const anchors = new Map<string, Node>();
  const expansions = new Map<Node, number>();
  const open = new Set<Node>();
  let total = 0;
  let overLimit: Alias | undefined;

  // Depth is bounded by the CST check that runs before composing.
  const visit = (node: unknown): number => {
    if (overLimit) return 0;
    if (isPair(node)) return visit(node.key) + visit(node.value);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        unresolved.push(node);
        return 0;
      }
      targets.set(node, target);
      // An alias inside its own anchor would expand forever.
      const cost = open.has(target) ? Number.POSITIVE_INFINITY : 1 + (expansions.get(target) ?? 0);
      total += cost;
      if (total > limit) overLimit = node;
      return cost;
    }
    if (isScalar(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      return 0;
    }
    if (!isCollection(node)) return 0;
    const anchored = Boolean(node.anchor);
    if (anchored) {
      anchors.set(node.anchor as string, node);
      open.add(node);
    }
    let sum = 0;
    for (const item of node.items) sum += visit(item);
    if (anchored) {
      open.delete(node);
      expansions.set(node, sum);
    }
    return sum;
  };
  visit(root);
  return overLimit ? { targets, unresolved, overLimit } : { targets, unresolved };
}
