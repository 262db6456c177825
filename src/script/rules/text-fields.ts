/**
 * Every piece of text in a script, with its path: the script's title, variable
 * labels, and each step's title, say, ask, tips, checklist and option labels.
 * Several rules read them, so they are listed once.
 */
import type { Path } from '../issues.js';
import type { Draft } from '../normalize.js';
import type { LocalizedList, LocalizedText } from '../types.js';

export interface TextField {
  readonly path: Path;
  readonly map: LocalizedText | LocalizedList;
  /** Index of the step the text belongs to; undefined for the title and variable labels. */
  readonly step?: number;
  /** The script's own title, shown before any step. */
  readonly scriptTitle?: boolean;
  /** Shown as lines of their own (`say`, `ask`); every other text is shown on one line. */
  readonly multiLine?: boolean;
}

const STEP_TEXTS = ['title', 'say', 'ask', 'tips', 'checklist'] as const;

export function textFields(draft: Draft): TextField[] {
  const fields: TextField[] = [];
  if (draft.title) fields.push({ path: ['title'], map: draft.title, scriptTitle: true });
  for (const v of draft.variables) {
    if (v.label) fields.push({ path: ['variables', v.name, 'label'], map: v.label });
  }
  draft.steps.forEach((step, i) => {
    for (const key of STEP_TEXTS) {
      const map = step[key];
      if (!map) continue;
      const multiLine = key === 'say' || key === 'ask';
      fields.push({ path: ['steps', i, key], map, step: i, ...(multiLine ? { multiLine } : {}) });
    }
    step.options?.forEach((option, j) => {
      if (option.label)
        fields.push({ path: ['steps', i, 'options', j, 'label'], map: option.label, step: i });
    });
  });
  return fields;
}

/**
 * Each string of a field with its locale, and its index for list items. Paths are
 * built only for a string that has a problem: see `stringPath`.
 */
export function forEachString(
  field: TextField,
  visit: (text: string, locale: string, item: number | undefined) => void,
): void {
  for (const locale in field.map) {
    const value = field.map[locale];
    if (typeof value === 'string') {
      visit(value, locale, undefined);
    } else if (value) {
      for (let k = 0; k < value.length; k++) visit(value[k] as string, locale, k);
    }
  }
}

/** `….en`, or `….en.2` for the third item of a list. */
export function stringPath(field: TextField, locale: string, item: number | undefined): Path {
  return item === undefined ? [...field.path, locale] : [...field.path, locale, item];
}
