/**
 * The edits that write imported translations into one script: a replaced
 * scalar, a new locale in a map, a new item at the end of a list, or a new list
 * (written as one flow list, so its items must start at the first and follow
 * each other). What cannot be written that way is refused, never guessed. Pure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ImportTarget, Write } from './apply.js';
import {
  appendItem,
  appendPair,
  type Edit,
  EditRefused,
  nodeAt,
  quoted,
  replaceScalar,
} from './yaml-edit.js';

function refuse(reason: string, row: string): never {
  throw new EditRefused(reason, { cause: { row } });
}

export function editsFor(target: ImportTarget, writes: Write[]): Edit[] {
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
      else if (value === undefined)
        edits.push(appendPair(target.text, map, row.locale, quoted(row.translation)));
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
