/**
 * The text table of a script: every translatable text as one unit with a stable
 * key (`greet.say`, `greet.tips.0`, `need.options.buy.label`, `title`,
 * `variables.customer.label`), the YAML path of its locale map, and the context a
 * translator needs. Read from plain data (yaml's `toJS()`), so a script that is
 * still missing translations can be tabled. Pure.
 */
import { variablesIn } from '../script/text/placeholders.js';

export type YamlPath = readonly (string | number)[];

export interface TextUnit {
  /** Stable within the script: built from step, option and variable ids, never positions. */
  readonly key: string;
  /** Path of the locale map in the document. */
  readonly mapPath: YamlPath;
  /** Index in the list, for tips and checklists. */
  readonly item?: number;
  readonly field: string;
  readonly stepId?: string;
  readonly stage?: string;
  /** The map: locale → string or list of strings. */
  readonly map: Readonly<Record<string, unknown>>;
  readonly sourceText: string;
  readonly variables: readonly string[];
}

export interface ScriptTable {
  readonly id: string;
  readonly source: string;
  readonly locales: readonly string[];
  readonly units: readonly TextUnit[];
}

type Data = Readonly<Record<string, unknown>>;

const STEP_TEXTS = ['title', 'say', 'ask'] as const;
const STEP_LISTS = ['tips', 'checklist'] as const;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of `unit` in `locale`, or undefined when there is none (or only spaces). */
export function textIn(unit: Pick<TextUnit, 'map' | 'item'>, locale: string): string | undefined {
  if (!Object.hasOwn(unit.map, locale)) return undefined;
  const value = unit.map[locale];
  const text =
    unit.item === undefined ? value : Array.isArray(value) ? value[unit.item] : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

interface Place {
  readonly key: string;
  readonly mapPath: YamlPath;
  readonly field: string;
  readonly stepId?: string;
  readonly stage?: string;
}

function addText(units: TextUnit[], place: Place, map: unknown, source: string): void {
  if (!isRecord(map)) return;
  const unit = { ...place, map, sourceText: '', variables: [] };
  const text = textIn(unit, source);
  if (text !== undefined) units.push({ ...unit, sourceText: text, variables: variablesIn(text) });
}

function addList(units: TextUnit[], place: Place, map: unknown, source: string): void {
  if (!isRecord(map)) return;
  const list = map[source];
  if (!Array.isArray(list)) return;
  list.forEach((text, item) => {
    if (typeof text !== 'string' || text.trim() === '') return;
    units.push({
      ...place,
      key: `${place.key}.${item}`,
      item,
      map,
      sourceText: text,
      variables: variablesIn(text),
    });
  });
}

export function extractTable(data: unknown): ScriptTable {
  const root = isRecord(data) ? data : {};
  const source = typeof root.source === 'string' ? root.source : 'en';
  const locales = Array.isArray(root.locales)
    ? root.locales.filter((l): l is string => typeof l === 'string')
    : [source];
  const units: TextUnit[] = [];
  addText(units, { key: 'title', mapPath: ['title'], field: 'title' }, root.title, source);
  if (isRecord(root.variables)) {
    for (const [name, variable] of Object.entries(root.variables)) {
      if (!isRecord(variable)) continue;
      const place = {
        key: `variables.${name}.label`,
        mapPath: ['variables', name, 'label'],
        field: 'label',
      };
      addText(units, place, variable.label, source);
    }
  }
  const steps = Array.isArray(root.steps) ? root.steps : [];
  steps.forEach((step: unknown, i) => {
    if (!isRecord(step) || typeof step.id !== 'string') return;
    const stepId = step.id;
    const stage = typeof step.stage === 'string' ? step.stage : undefined;
    const at = (field: string, mapPath: YamlPath, key = `${stepId}.${field}`): Place => ({
      key,
      mapPath,
      field,
      stepId,
      ...(stage ? { stage } : {}),
    });
    for (const field of STEP_TEXTS)
      addText(units, at(field, ['steps', i, field]), step[field], source);
    for (const field of STEP_LISTS)
      addList(units, at(field, ['steps', i, field]), step[field], source);
    if (!Array.isArray(step.options)) return;
    step.options.forEach((option: unknown, j) => {
      if (!isRecord(option) || typeof option.id !== 'string') return;
      const place = at(
        'label',
        ['steps', i, 'options', j, 'label'],
        `${stepId}.options.${option.id}.label`,
      );
      addText(units, place, option.label, source);
    });
  });
  return { id: typeof root.id === 'string' ? root.id : '', source, locales, units };
}
