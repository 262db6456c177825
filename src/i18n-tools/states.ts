/**
 * The state of each translation. A translation whose lock entry holds the hash of
 * the current source text is `translated`; another hash means the source changed
 * since (`stale`); no entry means nobody recorded what it was made from
 * (`unconfirmed`, counted as stale: `coach i18n confirm` records it). Pure.
 */
import { sourceHash } from './hash.js';
import type { Lock } from './lock.js';
import { type ScriptTable, type TextUnit, textIn } from './units.js';

export type TranslationState = 'translated' | 'missing' | 'stale' | 'unconfirmed';

export function stateOf(unit: TextUnit, locale: string, lock: Lock): TranslationState {
  if (textIn(unit, locale) === undefined) return 'missing';
  const recorded = lock.get(unit.key)?.get(locale);
  if (recorded === undefined) return 'unconfirmed';
  return recorded === sourceHash(unit.sourceText) ? 'translated' : 'stale';
}

export interface Cell {
  readonly translated: number;
  readonly missing: number;
  /** Stale and unconfirmed together: both need a translator's look. */
  readonly stale: number;
  readonly unconfirmed: number;
  readonly promised: boolean;
  readonly isSource: boolean;
}

export interface Finding {
  readonly unit: TextUnit;
  readonly locale: string;
  readonly state: Exclude<TranslationState, 'translated'>;
}

export function cellOf(table: ScriptTable, locale: string, lock: Lock): Cell {
  const isSource = locale === table.source;
  const cell = { translated: 0, missing: 0, stale: 0, unconfirmed: 0 };
  for (const unit of table.units) {
    const state = isSource ? 'translated' : stateOf(unit, locale, lock);
    if (state === 'unconfirmed') {
      cell.unconfirmed++;
      cell.stale++;
    } else cell[state]++;
  }
  return { ...cell, promised: isSource || table.locales.includes(locale), isSource };
}

/** Locales a script has any text in, besides those it promises. */
export function localesOf(table: ScriptTable): Set<string> {
  const found = new Set<string>([table.source, ...table.locales]);
  for (const unit of table.units) {
    for (const locale of Object.keys(unit.map))
      if (textIn(unit, locale) !== undefined) found.add(locale);
  }
  return found;
}

/**
 * What keeps a promised locale from being complete: missing, stale and
 * unconfirmed translations, in the order of the texts in the file.
 */
export function findings(table: ScriptTable, lock: Lock): Finding[] {
  const out: Finding[] = [];
  for (const unit of table.units) {
    for (const locale of table.locales) {
      if (locale === table.source) continue;
      const state = stateOf(unit, locale, lock);
      if (state !== 'translated') out.push({ unit, locale, state });
    }
  }
  return out;
}
