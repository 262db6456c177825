/**
 * From a problem to a place in the file. Problems found on the model carry a path
 * (`steps.3.next`); it is followed through yaml's nodes only when a problem exists,
 * so a clean script never pays for positions. A path that leads nowhere stops at
 * the nearest node that exists. Every lookup is bounded, so a file with thousands
 * of problems still costs time in proportion to its size.
 */
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, DiagnosticCode, Position } from './diagnostic.js';
import type { Issue, Path } from './issues.js';
import type { AliasTable } from './parse/aliases.js';
import { placeOf, rangeOf } from './shape/reader.js';

/** Longest scalar searched for a `needle`; a longer one is pointed at as a whole. */
const MAX_NEEDLE_SEARCH = 4096;

export class Locator {
  private readonly indexes = new Map<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly source: string,
    private readonly root: unknown,
    private readonly aliases: AliasTable | undefined,
  ) {}

  range(path: Path, atKey = false, needle?: string | RegExp): readonly [number, number] {
    let node = this.root;
    let key: unknown;
    for (const segment of path) {
      const current = this.deref(node);
      const next = this.child(current, segment);
      if (!next) return rangeOf(current);
      node = next.value;
      key = next.key;
    }
    if (atKey && key) return rangeOf(key);
    const value = this.deref(node);
    const [start, end] = rangeOf(placeOf(value, key));
    if (needle === undefined || !isScalar(value) || end - start > MAX_NEEDLE_SEARCH) {
      return [start, end];
    }
    const text = this.source.slice(start, end);
    const match = typeof needle === 'string' ? undefined : needle.exec(text);
    const at = typeof needle === 'string' ? text.indexOf(needle) : (match?.index ?? -1);
    const length = typeof needle === 'string' ? needle.length : (match?.[0].length ?? 0);
    return at === -1 ? [start, end] : [start + at, start + at + length];
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? (this.aliases?.targets.get(node) ?? node) : node;
  }

  private child(
    node: unknown,
    segment: string | number,
  ): { value: unknown; key?: unknown } | undefined {
    if (isMap(node)) {
      const pair = this.index(node).get(String(segment));
      return pair ? { value: pair.value, key: pair.key } : undefined;
    }
    if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      return { value: node.items[segment] };
    }
    return undefined;
  }

  /** Key → pair of a mapping, built once; the first of repeated keys, as the shape stage reads it. */
  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (!index.has(name)) index.set(name, pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
}

/** Line and column of offsets, and where each line ends (for the underline). */
export interface Lines {
  position(offset: number): Position;
  lineEnd(offset: number): number;
}

export function linesFrom(lineCounter: LineCounter, source: string): Lines {
  const starts = lineCounter.lineStarts;
  return {
    position(offset) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, col };
    },
    lineEnd(offset) {
      const { line } = lineCounter.linePos(offset);
      const next = starts[line];
      if (next === undefined) return source.length;
      return source.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
    },
  };
}

/** Lines before the YAML parser has run (too large, binary): one diagnostic, counted by hand. */
export function linesInText(source: string): Lines {
  return {
    position(offset) {
      let line = 1;
      let lineStart = 0;
      for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return { line, col: offset - lineStart + 1 };
    },
    lineEnd(offset) {
      const newline = source.indexOf('\n', offset);
      return newline === -1 ? source.length : newline;
    },
  };
}

/** The underline stops at the end of the first line: a whole step is marked by its start. */
export function toDiagnostic(
  issue: Issue,
  lines: Lines,
  locator: Locator | undefined,
): Diagnostic<DiagnosticCode> {
  const [start, rangeEnd] =
    issue.range ??
    locator?.range(issue.at ?? issue.path, issue.atKey, issue.needle) ??
    ([0, 0] as const);
  const end = Math.min(rangeEnd, lines.lineEnd(start));
  return {
    code: issue.code,
    severity: issue.severity,
    params: issue.params,
    start: lines.position(start),
    ...(end > start ? { end: lines.position(end) } : {}),
    ...(issue.path.length > 0 ? { path: issue.path.join('.') } : {}),
  };
}
