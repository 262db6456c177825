/**
 * Confirming: recording that the translations as they stand were made from the
 * current source text. Entries of texts that no longer exist are dropped on the
 * way, so the lock never grows with history. Pure.
 */
import { sourceHash } from './hash.js';
import { cloneLock, type Lock, type MutableLock } from './lock.js';
import { type ScriptTable, textIn } from './units.js';

export interface ConfirmScope {
  /** Only this locale; default: every locale with text, except the source. */
  readonly locale?: string;
  /** Only the texts of this step. */
  readonly step?: string;
}

export interface Confirmed {
  readonly lock: MutableLock;
  /** Translations whose entry changed (new or different hash). */
  readonly count: number;
}

/** Drops entries of texts that are gone and of translations that were removed. */
export function prunedLock(table: ScriptTable, lock: Lock): MutableLock {
  const units = new Map(table.units.map((u) => [u.key, u]));
  const out: MutableLock = new Map();
  for (const [key, hashes] of lock) {
    const unit = units.get(key);
    if (!unit) continue;
    const kept = new Map(
      [...hashes].filter(([l]) => l !== table.source && textIn(unit, l) !== undefined),
    );
    if (kept.size > 0) out.set(key, kept);
  }
  return out;
}

export function confirm(table: ScriptTable, lock: Lock, scope: ConfirmScope = {}): Confirmed {
  const next = cloneLock(prunedLock(table, lock));
  let count = 0;
  for (const unit of table.units) {
    if (scope.step !== undefined && unit.stepId !== scope.step) continue;
    const hash = sourceHash(unit.sourceText);
    for (const locale of Object.keys(unit.map)) {
      if (locale === table.source || (scope.locale !== undefined && locale !== scope.locale))
        continue;
      if (textIn(unit, locale) === undefined) continue;
      const hashes = next.get(unit.key) ?? new Map<string, string>();
      if (hashes.get(locale) !== hash) count++;
      hashes.set(locale, hash);
      next.set(unit.key, hashes);
    }
  }
  return { lock: next, count };
}

export function hasStep(table: ScriptTable, step: string): boolean {
  return table.units.some((u) => u.stepId === step);
}
