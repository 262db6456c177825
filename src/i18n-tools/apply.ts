/**
 * Importing rows into scripts, all or nothing: every row is checked first (its
 * script and text exist, its locale is not the source, its `{{variables}}` are
 * those of the source), then each script's new text is built from spliced edits,
 * checked again, and compared with what was meant. A row whose translation is
 * what the script already has changes nothing, so exporting and importing
 * untouched leaves every script byte for byte as it was. Pure.
 */
import { variablesIn } from '../script/text/placeholders.js';
import { prunedLock } from './confirm.js';
import { sourceHash } from './hash.js';
import { editsFor } from './import-edits.js';
import type { ImportRow } from './import-rows.js';
import type { Lock, MutableLock } from './lock.js';
import { type ParsedScript, parseScript } from './parse-script.js';
import { placeholders, splitRowId } from './rows.js';
import { stateOf } from './states.js';
import { type TextUnit, textIn } from './units.js';
import { applyEdits, type Edit, EditRefused } from './yaml-edit.js';

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
  readonly expected?: string;
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

export interface Write {
  readonly unit: TextUnit;
  readonly row: ImportRow;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((v) => b.includes(v));

export function planImport(
  targets: readonly ImportTarget[],
  rows: readonly ImportRow[],
): ImportPlan | ImportRefused {
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
    if (found.length === 0)
      return { ok: false, refusal: 'unknownScript', row: row.id, detail: parts.script };
    const target = found[0] as ImportTarget;
    if (found.length > 1)
      return { ok: false, refusal: 'ambiguousScript', row: row.id, file: found[1]?.file };
    const unit = target.table.units.find((u) => u.key === parts.key);
    if (!unit) return { ok: false, refusal: 'unknownText', row: row.id };
    if (row.locale === target.table.source)
      return { ok: false, refusal: 'sourceLocale', row: row.id };
    const seenKey = `${row.id}\u0000${row.locale}`;
    if (seen.has(seenKey)) return { ok: false, refusal: 'duplicateRow', row: row.id };
    seen.add(seenKey);
    if (row.translation.trim() === '') {
      unchanged++;
      continue;
    }
    const current = textIn(unit, row.locale);
    // Only a translation that would be written is checked: one already in the script is the script's own business.
    if (current !== row.translation) {
      const want = unit.variables;
      const got = variablesIn(row.translation);
      if (!sameSet(want, got)) {
        const detail = placeholders(got) || '—';
        return {
          ok: false,
          refusal: 'variables',
          row: row.id,
          detail,
          expected: placeholders(want) || '—',
        };
      }
    }
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

function changeOf(
  target: ImportTarget,
  writes: Write[],
  confirms: Write[],
): FileChange | ImportRefused {
  const lock = prunedLock(target.table, target.lock);
  const record = ({ unit, row }: Write) => {
    if (row.needsReview) return;
    const hashes = lock.get(unit.key) ?? new Map<string, string>();
    hashes.set(row.locale, sourceHash(row.source ?? unit.sourceText));
    lock.set(unit.key, hashes);
  };
  for (const w of writes) record(w);
  for (const c of confirms) record(c);
  if (writes.length === 0)
    return { file: target.file, lock, written: 0, confirmed: confirms.length };
  let edits: Edit[];
  try {
    edits = editsFor(target, writes);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    const row =
      error.cause instanceof Object ? String((error.cause as { row?: string }).row ?? '') : '';
    return {
      ok: false,
      refusal: error.message === 'gap' ? 'gap' : 'layout',
      row,
      file: target.file,
    };
  }
  const text = applyEdits(target.text, edits);
  const problem = verify(target, text, writes);
  if (problem) return { ok: false, refusal: 'invalidResult', file: target.file, row: problem };
  // Entries of texts that were removed by hand go; new translations get theirs.
  return { file: target.file, text, lock, written: writes.length, confirmed: confirms.length };
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
