/**
 * Edits of a script's text that change one translation and nothing else: the
 * yaml Document says where each node is, and the new text is spliced in there,
 * so comments, key order, quoting and blank lines stay byte for byte. A replaced
 * scalar keeps its quoting style when it can carry the new text. Pure.
 */
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parse,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { YamlPath } from './units.js';

export interface Edit {
  readonly at: number;
  /** Characters replaced from `at` (0 for an insertion). */
  readonly length: number;
  readonly text: string;
}

export class EditRefused extends Error {}

function plainSafe(text: string): boolean {
  if (text !== text.trim() || text === '' || /[\n\r\t]/.test(text)) return false;
  try {
    const block = parse(`k: ${text}`, { schema: 'core' }) as Record<string, unknown>;
    const flow = parse(`{k: ${text}}`, { schema: 'core' }) as Record<string, unknown>;
    return block?.k === text && flow?.k === text;
  } catch {
    return false;
  }
}

/** A YAML scalar for `text`: double-quoted JSON string syntax is valid YAML. */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

function scalarText(node: Scalar, text: string): string {
  if (node.type === 'PLAIN' && plainSafe(text)) return text;
  if (node.type === 'QUOTE_SINGLE' && !/[\n\r\t\p{Cc}]/u.test(text))
    return `'${text.replace(/'/g, "''")}'`;
  return quoted(text);
}

export function nodeAt(doc: Document, path: YamlPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (!isMap(node) && !isSeq(node)) return undefined;
    node = node.get(segment, true);
  }
  return isNode(node) ? node : undefined;
}

export function replaceScalar(source: string, node: Scalar, text: string): Edit {
  const [start, end] = node.range ?? [0, 0];
  const old = source.slice(start, end);
  // A block scalar's range takes its line break; the quoted text that replaces it must not.
  const tail = /\r?\n$/.exec(old)?.[0] ?? '';
  return { at: start, length: end - start, text: scalarText(node, text) + tail };
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** New lines end as the file's lines do. */
const eol = (source: string) => (source.includes('\r\n') ? '\r\n' : '\n');

/** Just after the line break ending the line of `offset - 1`; a missing final break is added. */
function afterLine(source: string, offset: number): { at: number; prefix: string } {
  if (offset > 0 && source[offset - 1] === '\n') return { at: offset, prefix: '' };
  const nl = source.indexOf('\n', offset);
  return nl === -1 ? { at: source.length, prefix: eol(source) } : { at: nl + 1, prefix: '' };
}

/** Adds `key: value` (value already YAML text) at the end of a mapping. */
export function appendPair(source: string, map: YAMLMap, key: string, value: string): Edit {
  const last = map.items.at(-1);
  if (!last || !isPair(last) || !isScalar(last.key)) throw new EditRefused('empty map');
  const lastEnd =
    (isNode(last.value) ? last.value.range?.[1] : undefined) ?? last.key.range?.[1] ?? 0;
  if (map.flow) return { at: lastEnd, length: 0, text: `, ${key}: ${value}` };
  const first = map.items[0];
  const firstKey = isPair(first) && isScalar(first.key) ? (first.key.range?.[0] ?? 0) : 0;
  const indent = source.slice(lineStart(source, firstKey), firstKey);
  if (/\S/.test(indent)) throw new EditRefused('indent');
  const { at, prefix } = afterLine(source, lastEnd);
  return { at, length: 0, text: `${prefix}${indent}${key}: ${value}${eol(source)}` };
}

/** Adds an item at the end of a list. */
export function appendItem(source: string, seq: YAMLSeq, value: string): Edit {
  const last = seq.items.at(-1);
  const first = seq.items[0];
  if (!isNode(last) || !isNode(first)) throw new EditRefused('empty list');
  const lastEnd = last.range?.[1] ?? 0;
  if (seq.flow) return { at: lastEnd, length: 0, text: `, ${value}` };
  const firstStart = first.range?.[0] ?? 0;
  const dash = source.lastIndexOf('-', firstStart);
  const indent = source.slice(lineStart(source, dash), dash);
  if (dash === -1 || /\S/.test(indent)) throw new EditRefused('indent');
  const { at, prefix } = afterLine(source, lastEnd);
  return { at, length: 0, text: `${prefix}${indent}- ${value}${eol(source)}` };
}

/** Applies edits made against the same text; at one place, in the order given. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const ordered = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => b.edit.at - a.edit.at || b.i - a.i);
  let out = source;
  for (const { edit } of ordered)
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
  return out;
}
