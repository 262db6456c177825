/**
 * Importing rows into scripts, all or nothing: every row is checked first (its
 * script and text exist, its locale is not the source, its `{{variables}}` are
 * those of the source), then each script's new text is built from spliced edits,
 * checked again, and compared with what was meant. A row whose translation is
 * what the script already has changes nothing, so exporting and importing
 * untouched leaves every script byte for byte as it was. Pure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { variablesIn } from '../script/text/placeholders.js';
import { prunedLock } from './confirm.js';
import { sourceHash } from './hash.js';
import type { Lock, MutableLock } from './lock.js';
import type { ImportRow } from './import-rows.js';
import { type ParsedScript, parseScript } from './parse-script.js';
import { splitRowId } from './rows.js';
import { stateOf } from './states.js';
import { type TextUnit, textIn } from './units.js';
import { appendItem, appendPair, applyEdits, type Edit, EditRefused, nodeAt, quoted, replaceScalar } from './yaml-edit.js';

export interface ImportTarget extends ParsedScript {
  readonly file: string;
  readonly text: string;
  readonly lock: Lock;
}

export type Refusal =
  | 'badId'
  | 'unknownScript'
  | 'ambiguousScript'
  | 'unknownText'
  | 'sourceLocale'
  | 'duplicateRow'
  | 'variables'
  | 'gap'
  | 'layout'
  | 'invalidResult';

export interface ImportRefused {
  readonly ok: false;
  readonly refusal: Refusal;
  readonly row?: string;
  readonly file?: string;
  readonly detail?: string;
}

export interface FileChange {
  readonly file: string;
  /** New script text, when a translation changed. */
  readonly text?: string;
  /** New lock, when it changed. */
  readonly lock?: MutableLock;
  readonly written: number;
  readonly confirmed: number;
}

export interface ImportPlan {
  readonly ok: true;
  readonly changes: readonly FileChange[];
  /** Rows with nothing to do: empty, unchanged, or still marked for review. */
  readonly unchanged: number;
}

interface Write {
  readonly unit: TextUnit;
  readonly row: ImportRow;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((v) => b.includes(v));

export function planImport(targets: readonly ImportTarget[], rows: readonly ImportRow[]): ImportPlan | ImportRefused {
  const byId = new Map<string, ImportTarget[]>();
  for (const t of targets) byId.set(t.table.id, [...(byId.get(t.table.id) ?? []), t]);
  const writes = new Map<ImportTarget, Write[]>();
  const confirms = new Map<ImportTarget, Write[]>();
  const seen = new Set<string>();
  let unchanged = 0;
  for (const row of rows) {
    const parts = splitRowId(row.id);
    if (!parts) return { ok: false, refusal: 'badId', row: row.id };
    const found = byId.get(parts.script) ?? [];
    if (found.length === 0) return { ok: false, refusal: 'unknownScript', row: row.id, detail: parts.script };
    const target = found[0] as ImportTarget;
    if (found.length > 1) return { ok: false, refusal: 'ambiguousScript', row: row.id, file: found[1]?.file };
    const unit = target.table.units.find((u) => u.key === parts.key);
    if (!unit) return { ok: false, refusal: 'unknownText', row: row.id };
    if (row.locale === target.table.source) return { ok: false, refusal: 'sourceLocale', row: row.id };
    const seenKey = `${row.id}\u0000${row.locale}`;
    if (seen.has(seenKey)) return { ok: false, refusal: 'duplicateRow', row: row.id };
    seen.add(seenKey);
    if (row.translation.trim() === '') {
      unchanged++;
      continue;
    }
    const want = unit.variables;
    const got = variablesIn(row.translation);
    if (!sameSet(want, got)) return { ok: false, refusal: 'variables', row: row.id, detail: got.join(', ') };
    const current = textIn(unit, row.locale);
    const list = current === row.translation ? (row.needsReview ? undefined : confirms) : writes;
    if (!list || (list === confirms && stateOf(unit, row.locale, target.lock) === 'translated')) {
      unchanged++;
      continue;
    }
    list.set(target, [...(list.get(target) ?? []), { unit, row }]);
  }
  const changes: FileChange[] = [];
  for (const target of targets) {
    const w = writes.get(target) ?? [];
    const c = confirms.get(target) ?? [];
    if (w.length === 0 && c.length === 0) continue;
    const change = changeOf(target, w, c);
    if ('refusal' in change) return change;
    changes.push(change);
  }
  return { ok: true, changes, unchanged };
}

function changeOf(target: ImportTarget, writes: Write[], confirms: Write[]): FileChange | ImportRefused {
  const lock = prunedLock(target.table, target.lock);
  const record = ({ unit, row }: Write) => {
    if (row.needsReview) return;
    const hashes = lock.get(unit.key) ?? new Map<string, string>();
    hashes.set(row.locale, sourceHash(row.source ?? unit.sourceText));
    lock.set(unit.key, hashes);
  };
  for (const w of writes) record(w);
  for (const c of confirms) record(c);
  if (writes.length === 0) return { file: target.file, lock, written: 0, confirmed: confirms.length };
  let edits: Edit[];
  try {
    edits = editsFor(target, writes);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    const row = error.cause instanceof Object ? String((error.cause as { row?: string }).row ?? '') : '';
    return { ok: false, refusal: error.message === 'gap' ? 'gap' : 'layout', row, file: target.file };
  }
  const text = applyEdits(target.text, edits);
  const problem = verify(target, text, writes);
  if (problem) return { ok: false, refusal: 'invalidResult', file: target.file, row: problem };
  // Entries of texts that were removed by hand go; new translations get theirs.
  return { file: target.file, text, lock, written: writes.length, confirmed: confirms.length };
}

function refuse(reason: string, row: string): never {
  throw new EditRefused(reason, { cause: { row } });
}

function editsFor(target: ImportTarget, writes: Write[]): Edit[] {
  const edits: Edit[] = [];
  // List items of a locale that has no list yet are written together, as one flow list.
  const newLists = new Map<string, Write[]>();
  const appended = new Map<string, number>();
  const sorted = [...writes].sort((a, b) => (a.unit.item ?? 0) - (b.unit.item ?? 0));
  for (const w of sorted) {
    const { unit, row } = w;
    const map = nodeAt(target.doc, unit.mapPath);
    if (!isMap(map)) refuse('layout', row.id);
    const value = map.get(row.locale, true);
    if (unit.item === undefined) {
      if (isScalar(value)) edits.push(replaceScalar(target.text, value, row.translation));
      else if (value === undefined) edits.push(appendPair(target.text, map, row.locale, quoted(row.translation)));
      else refuse('layout', row.id);
      continue;
    }
    if (value === undefined) {
      const key = `${unit.mapPath.join('.')}:${row.locale}`;
      newLists.set(key, [...(newLists.get(key) ?? []), w]);
      continue;
    }
    if (!isSeq(value)) refuse('layout', row.id);
    const item = value.items[unit.item];
    if (isScalar(item)) {
      edits.push(replaceScalar(target.text, item, row.translation));
      continue;
    }
    const listKey = `${unit.mapPath.join('.')}:${row.locale}`;
    const length = appended.get(listKey) ?? value.items.length;
    if (item !== undefined || unit.item !== length) refuse('gap', row.id);
    edits.push(appendItem(target.text, value, quoted(row.translation)));
    appended.set(listKey, length + 1);
  }
  for (const list of newLists.values()) {
    const first = list[0] as Write;
    list.forEach((w, i) => {
      if (w.unit.item !== i) refuse('gap', w.row.id);
    });
    const map = nodeAt(target.doc, first.unit.mapPath);
    if (!isMap(map)) refuse('layout', first.row.id);
    const flow = `[${list.map((w) => quoted(w.row.translation)).join(', ')}]`;
    edits.push(appendPair(target.text, map, first.row.locale, flow));
  }
  return edits;
}

/** The new text must check as well as the old, and differ from it by the translations written alone. */
function verify(target: ImportTarget, text: string, writes: Write[]): string | undefined {
  const result = parseScript(text);
  const blame = writes[0]?.row.id ?? '';
  if (!result.ok) return blame;
  const expected = target.doc.toJS() as unknown;
  for (const { unit, row } of writes) {
    let map: unknown = expected;
    for (const segment of unit.mapPath) map = (map as Record<string | number, unknown>)[segment];
    const holder = map as Record<string, unknown>;
    if (unit.item === undefined) holder[row.locale] = row.translation;
    else {
      const list = Array.isArray(holder[row.locale]) ? (holder[row.locale] as unknown[]) : [];
      list[unit.item] = row.translation;
      holder[row.locale] = list;
    }
  }
  return JSON.stringify(result.parsed.doc.toJS()) === JSON.stringify(expected) ? undefined : blame;
}
