/**
 * A script's text → its text table and the yaml document (for positions and
 * edits). The checker runs first, so the document walked here has passed every
 * guard (size, depth, aliases, shape); the only errors tolerated are missing
 * translations, which are what this tool is for. Pure.
 */
import { type Document, isCollection, isNode, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, Position } from '../script/diagnostic.js';
import { checkScript } from '../script/index.js';
import { extractTable, type ScriptTable, type YamlPath } from './units.js';

export interface ParsedScript {
  readonly table: ScriptTable;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export type ParseResult =
  | { readonly ok: true; readonly parsed: ParsedScript }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** The options the checker parses with: YAML 1.2 core, no merge keys. */
export const YAML_OPTIONS = {
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

export const TOLERATED = new Set(['MISSING_TRANSLATION']);

export function blockingDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && !TOLERATED.has(d.code));
}

export function parseScript(text: string): ParseResult {
  const { diagnostics } = checkScript(text);
  const blocking = blockingDiagnostics(diagnostics);
  if (blocking.length > 0) return { ok: false, diagnostics: blocking };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  return { ok: true, parsed: { table: extractTable(doc.toJS()), doc, lineCounter } };
}

/** Where `path` is in the file; a path that leads nowhere stops at the nearest node. */
export function positionOf(parsed: ParsedScript, path: YamlPath): Position {
  let node: unknown = parsed.doc.contents;
  for (const segment of path) {
    if (!isCollection(node)) break;
    const next = node.get(segment, true);
    if (!isNode(next)) break;
    node = next;
  }
  const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, col };
}
