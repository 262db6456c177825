/**
 * Stage 2 plumbing: walking yaml's nodes (never `toJS`), following aliases through
 * the table built at parse time, and reporting at the offending node's offsets.
 */
import { isAlias, isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DiagnosticCode } from '../diagnostic.js';
import { type Issue, type Params, type Path, shorten, withSuggestion } from '../issues.js';
import type { AliasTable } from '../parse/aliases.js';
import { closest, type SuggestionBudget } from '../text/similar.js';
import { EXAMPLES, type Expected, type Where } from './vocabulary.js';

type Ranged = { range?: readonly [number, number, number] | null };

export class Reader {
  readonly issues: Issue[] = [];

  constructor(
    private readonly aliases: AliasTable | undefined,
    private readonly budget: SuggestionBudget,
  ) {}

  /** The node an alias stands for; undefined for an alias without anchor (already reported). */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    return this.aliases?.targets.get(node);
  }

  report(code: DiagnosticCode, at: unknown, path: Path, params: Params = {}): void {
    this.issues.push({ code, severity: 'error', params, path, range: rangeOf(at) });
  }

  wrongType(at: unknown, path: Path, expected: Expected): void {
    this.report('WRONG_TYPE', at, path, { expected, example: EXAMPLES[expected] });
  }

  invalid(at: unknown, path: Path, expected: Expected, value: string): void {
    this.report('INVALID_VALUE', at, path, {
      expected,
      example: EXAMPLES[expected],
      value: shorten(value),
    });
  }

  /** The mapping at `node`, or undefined after reporting what it is instead. */
  map(node: unknown, key: unknown, path: Path, expected: Expected): YAMLMap | undefined {
    const value = this.deref(node);
    if (isMap(value)) return value;
    if (value !== undefined) this.wrongType(placeOf(value, key), path, expected);
    return undefined;
  }

  seq(node: unknown, key: unknown, path: Path, expected: Expected): YAMLSeq | undefined {
    const value = this.deref(node);
    if (isSeq(value)) return value;
    if (value !== undefined) this.wrongType(placeOf(value, key), path, expected);
    return undefined;
  }

  /**
   * Each pair of a mapping with its key as text. Keys that are not plain scalars
   * (aliases, collections) are refused; scalar keys such as `1:` are read as text,
   * so they come out as unknown keys. A repeated key is reported here and skipped:
   * the first one counts. (yaml's own check compares every key with every other,
   * which takes minutes on a large mapping, so it is off.)
   */
  pairs(map: YAMLMap, path: Path, visit: (key: string, pair: Pair) => void): void {
    const items = map.items;
    // Small mappings (most of a script) compare keys directly; large ones use a set.
    const seen = items.length > SMALL_MAP ? new Set<string>() : undefined;
    for (let i = 0; i < items.length; i++) {
      const keyNode = (items[i] as Pair).key;
      if (!isScalar(keyNode)) {
        this.wrongType(keyNode ?? map, path, 'string');
        continue;
      }
      const key = String(keyNode.value);
      if (seen ? seen.has(key) : repeats(items, i, key)) {
        this.report('DUPLICATE_KEY', keyNode, [...path, key], { key: shorten(key) });
        continue;
      }
      seen?.add(key);
      visit(key, items[i] as Pair);
    }
  }

  unknownKey(pair: Pair, key: string, path: Path, where: Where, allowed: readonly string[]): void {
    const suggestion = closest(key, allowed, this.budget);
    const params = withSuggestion(
      { key: shorten(key), where, allowed: allowed.join(', ') },
      suggestion,
    );
    this.report('UNKNOWN_KEY', pair.key, [...path, key], params);
  }

  /** A required key absent from `map`: reported at the mapping's first key. */
  missingKey(map: YAMLMap, key: string, path: Path, where: Where): void {
    this.report('MISSING_KEY', map.items[0]?.key ?? map, [...path, key], { key, where });
  }
}

const SMALL_MAP = 8;

function repeats(items: readonly Pair[], i: number, key: string): boolean {
  for (let j = 0; j < i; j++) {
    const other = items[j]?.key;
    if (isScalar(other) && String(other.value) === key) return true;
  }
  return false;
}

/** Where to point for a value: the value itself, or its key when the value is empty. */
export function placeOf(value: unknown, key: unknown): unknown {
  if (isScalar(value) && value.value === null && value.range && value.range[0] === value.range[1]) {
    return key ?? value;
  }
  return value ?? key;
}

export function rangeOf(node: unknown): readonly [number, number] {
  const range = (node as Ranged | null | undefined)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}
