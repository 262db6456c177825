/**
 * From a problem to a place in the file. Problems found on the model carry a path
 * (`steps.3.next`); it is followed through yaml's nodes only when a problem exists,
 * so a clean script never pays for positions. A path that leads nowhere stops at
 * the nearest node that exists.
 */
import { isAlias, isMap, isScalar, isSeq, type LineCounter } from 'yaml';
import type { Diagnostic, Position } from './diagnostic.js';
import type { Issue, Path } from './issues.js';
import type { AliasTable } from './parse/aliases.js';
import { placeOf, rangeOf } from './shape/reader.js';

export class Locator {
  constructor(
    private readonly source: string,
    private readonly root: unknown,
    private readonly aliases: AliasTable | undefined,
  ) {}

  range(path: Path, atKey = false, needle?: string): readonly [number, number] {
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
    const [start, end] = rangeOf(placeOf(this.deref(node), key));
    if (needle === undefined || !isScalar(this.deref(node))) return [start, end];
    const at = this.source.slice(start, end).indexOf(needle);
    return at === -1 ? [start, end] : [start + at, start + at + needle.length];
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? (this.aliases?.targets.get(node) ?? node) : node;
  }

  private child(
    node: unknown,
    segment: string | number,
  ): { value: unknown; key?: unknown } | undefined {
    if (isMap(node)) {
      // The last of duplicate keys is the one the shape stage kept.
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        const key = pair?.key;
        if (isScalar(key) && String(key.value) === String(segment))
          return { value: pair?.value, key };
      }
      return undefined;
    }
    if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      return { value: node.items[segment] };
    }
    return undefined;
  }
}

export function toDiagnostic(
  issue: Issue,
  source: string,
  locator: Locator | undefined,
  position: (offset: number) => Position,
): Diagnostic {
  const [start, rangeEnd] =
    issue.range ??
    locator?.range(issue.at ?? issue.path, issue.atKey, issue.needle) ??
    ([0, 0] as const);
  const end = Math.min(rangeEnd, lineEnd(source, start));
  const startPos = position(start);
  return {
    code: issue.code,
    severity: issue.severity,
    params: issue.params,
    start: startPos,
    ...(end > start ? { end: position(end) } : {}),
    ...(issue.path.length > 0 ? { path: issue.path.join('.') } : {}),
  };
}

/** The underline stops at the end of the first line: a whole step is marked by its start. */
function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  if (newline === -1) return source.length;
  return source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

/** Positions before the YAML parser has run (too large, binary): counted by hand. */
export function positionInText(source: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

export function positionFrom(lineCounter: LineCounter): (offset: number) => Position {
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
}
