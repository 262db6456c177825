/**
 * The coverage of many scripts: one row per script, one column per locale met in
 * any of them, a total per locale, and what keeps promised locales incomplete,
 * each finding at the place of its text. Pure: the data `--json` prints and the
 * text printer lays out.
 */

import { LOCALES } from '../i18n/locale.js';
import type { Position } from '../script/diagnostic.js';
import { byCodeUnits } from '../text/compare.js';
import type { Lock } from './lock.js';
import { type ParsedScript, positionOf } from './parse-script.js';
import { type Cell, cellOf, findings, localesOf, type TranslationState } from './states.js';

export interface CoverageInput extends ParsedScript {
  readonly file: string;
  readonly lock: Lock;
}

export interface CoverageRow {
  readonly file: string;
  readonly id: string;
  readonly source: string;
  readonly promised: readonly string[];
  readonly texts: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

export interface CoverageFinding extends Position {
  readonly file: string;
  readonly script: string;
  readonly key: string;
  readonly locale: string;
  readonly state: Exclude<TranslationState, 'translated'>;
}

export type Totals = Record<string, { translated: number; missing: number; stale: number }>;

export interface Coverage {
  readonly locales: readonly string[];
  readonly rows: readonly CoverageRow[];
  readonly totals: Totals;
  readonly findings: readonly CoverageFinding[];
  /** Nothing promised is missing or stale. */
  readonly complete: boolean;
}

/** The interface's locales first, in their usual order, then any other by code. */
function orderLocales(found: Iterable<string>): string[] {
  const rank = (l: string) => {
    const i = (LOCALES as readonly string[]).indexOf(l);
    return i === -1 ? LOCALES.length : i;
  };
  return [...new Set(found)].sort((a, b) => rank(a) - rank(b) || byCodeUnits(a, b));
}

export function coverageOf(scripts: readonly CoverageInput[]): Coverage {
  const all = new Set<string>();
  const rows: CoverageRow[] = [];
  const found: CoverageFinding[] = [];
  for (const script of scripts) {
    const { table, lock } = script;
    const locales = orderLocales(localesOf(table));
    for (const l of locales) all.add(l);
    const cells: Record<string, Cell> = {};
    for (const locale of locales) cells[locale] = cellOf(table, locale, lock);
    rows.push({
      file: script.file,
      id: table.id,
      source: table.source,
      promised: table.locales,
      texts: table.units.length,
      cells,
    });
    for (const f of findings(table, lock)) {
      // A missing text is placed at the nearest node that exists: its locale map or list.
      const path = [...f.unit.mapPath, f.locale];
      if (f.unit.item !== undefined) path.push(f.unit.item);
      found.push({
        file: script.file,
        script: table.id,
        key: f.unit.key,
        locale: f.locale,
        state: f.state,
        ...positionOf(script, path),
      });
    }
  }
  // In file order, whatever order the texts were tabled in.
  found.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line || a.col - b.col);
  const locales = orderLocales(all);
  const totals: Totals = {};
  for (const locale of locales) {
    const total = { translated: 0, missing: 0, stale: 0 };
    for (const row of rows) {
      const cell = row.cells[locale];
      if (!cell) continue;
      total.translated += cell.translated;
      total.missing += cell.missing;
      total.stale += cell.stale;
    }
    totals[locale] = total;
  }
  return { locales, rows, totals, findings: found, complete: found.length === 0 };
}
