/**
 * One row per text of a locale, the unit of hand-off to translators: a stable id
 * (`<script id>:<text key>`), the source text, the current translation, its state
 * and the context a translator needs. Pure: the note is worded by the caller.
 */
import type { Lock } from './lock.js';
import { stateOf, type TranslationState } from './states.js';
import { type ScriptTable, type TextUnit, textIn } from './units.js';

export interface ExportRow {
  readonly id: string;
  readonly script: string;
  readonly key: string;
  readonly sourceLocale: string;
  readonly locale: string;
  readonly source: string;
  readonly translation: string;
  readonly state: TranslationState;
  readonly stage: string;
  readonly step: string;
  readonly variables: readonly string[];
  readonly note: string;
}

export interface ExportedScript {
  readonly table: ScriptTable;
  readonly lock: Lock;
}

export const rowId = (script: string, key: string) => `${script}:${key}`;

/** `retail-returns:greet.say` → script and key; undefined when there is no colon. */
export function splitRowId(id: string): { script: string; key: string } | undefined {
  const at = id.indexOf(':');
  return at <= 0 ? undefined : { script: id.slice(0, at), key: id.slice(at + 1) };
}

export const placeholders = (names: readonly string[]) => names.map((v) => `{{${v}}}`).join(', ');

/** Scripts whose source is `locale` have nothing to translate into it and give no rows. */
export function exportRows(
  scripts: readonly ExportedScript[],
  locale: string,
  noteFor: (unit: TextUnit) => string,
): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const { table, lock } of scripts) {
    if (table.source === locale) continue;
    for (const unit of table.units) {
      rows.push({
        id: rowId(table.id, unit.key),
        script: table.id,
        key: unit.key,
        sourceLocale: table.source,
        locale,
        source: unit.sourceText,
        translation: textIn(unit, locale) ?? '',
        state: stateOf(unit, locale, lock),
        stage: unit.stage ?? '',
        step: unit.stepId ?? '',
        variables: unit.variables,
        note: noteFor(unit),
      });
    }
  }
  return rows;
}
