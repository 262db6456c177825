/**
 * Nesting depth, measured on yaml's concrete syntax tree before composing it.
 * yaml's composer recurses once per level: a few thousand brackets overflow the
 * stack, and V8 can abort the whole process (not throw) when that happens while
 * it compiles a regular expression. The CST parser is not recursive, so the depth
 * is checked here, without recursion, and deep documents are never composed.
 */
import type { CST } from 'yaml';

export const MAX_DEPTH = 64;

export interface CstFacts {
  /** Offset of the first collection nested deeper than the limit. */
  readonly tooDeepAt?: number;
  /** Whether the document uses `*alias` at all (most scripts do not). */
  readonly hasAlias: boolean;
}

export function inspectCst(tokens: readonly CST.Token[], limit = MAX_DEPTH): CstFacts {
  const nodes: (CST.Token | null | undefined)[] = [];
  const depths: number[] = [];
  for (const token of tokens) {
    if (token.type === 'document') {
      nodes.push(token.value);
      depths.push(0);
    }
  }
  let hasAlias = false;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() ?? 0;
    if (!node) continue;
    if (node.type === 'alias') {
      hasAlias = true;
      continue;
    }
    if (node.type !== 'block-map' && node.type !== 'block-seq' && node.type !== 'flow-collection') {
      continue;
    }
    if (depth + 1 > limit) return { tooDeepAt: node.offset, hasAlias };
    for (const item of node.items) {
      nodes.push(item.key, item.value);
      depths.push(depth + 1, depth + 1);
    }
  }
  return { hasAlias };
}
