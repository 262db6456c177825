/**
 * Script text as the screen shows it: in the screen's locale, else in the script's
 * source locale, with `{{variables}}` filled in, and sanitized. Values and script
 * text are data; nothing in them may reach the terminal as a control sequence.
 */
import type { LocalizedList, LocalizedText, Script, Step } from '../script/types.js';
import type { SessionState } from '../session/types.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';

const VARIABLE = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const NO_BREAK_SPACE = '\u00a0';

function pick<T>(map: Readonly<Record<string, T>> | undefined, locale: string, source: string) {
  if (!map) return undefined;
  if (Object.hasOwn(map, locale)) return map[locale];
  if (Object.hasOwn(map, source)) return map[source];
  return Object.values(map)[0];
}

export interface TextContext {
  readonly script: Script;
  readonly locale: string;
  /** Variable values by name, already in order of precedence. */
  readonly values: ReadonlyMap<string, string>;
}

/** Values of variables: script defaults, then the given layers, later ones winning. */
export function variableValues(
  script: Script,
  ...layers: readonly Readonly<Record<string, string>>[]
): Map<string, string> {
  const values = new Map<string, string>();
  for (const variable of script.variables) {
    if (variable.default !== undefined) values.set(variable.name, variable.default);
  }
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer)) values.set(name, value);
  }
  return values;
}

/** A variable's label in the locale, else its name: what its placeholder shows. */
export function variableLabel(context: TextContext, name: string): string {
  const variable = context.script.variables.find((v) => v.name === name);
  const label = pick(variable?.label, context.locale, context.script.source);
  return sanitizeLine(label ?? name).trim() || sanitizeLine(name);
}

/** `‹label›`, with no-break spaces so the placeholder never wraps apart. */
export function placeholder(context: TextContext, name: string): string {
  return `‹${variableLabel(context, name).replaceAll(' ', NO_BREAK_SPACE)}›`;
}

function fill(context: TextContext, text: string): string {
  return text.replace(VARIABLE, (_match, name: string) => {
    const value = context.values.get(name);
    return value === undefined || value.trim() === '' ? placeholder(context, name) : value;
  });
}

/** Multi-line text (say, ask) ready for layout, or undefined when the step has none. */
export function localText(context: TextContext, text: LocalizedText | undefined) {
  const raw = pick(text, context.locale, context.script.source);
  return raw === undefined ? undefined : sanitizeText(fill(context, raw)).trim();
}

/** One-line text (titles, labels) ready for layout. */
export function localLine(context: TextContext, text: LocalizedText | undefined) {
  const raw = pick(text, context.locale, context.script.source);
  return raw === undefined ? undefined : sanitizeLine(fill(context, raw)).trim();
}

/** List items (tips, checklist) ready for layout; empty when there are none. */
export function localList(context: TextContext, list: LocalizedList | undefined): string[] {
  const items = pick(list, context.locale, context.script.source) ?? [];
  return items.map((item) => sanitizeLine(fill(context, item)).trim());
}

/** The step the call is on, or undefined in wrap-up, after the end, or for an unknown id. */
export function currentStep(script: Script, state: SessionState): Step | undefined {
  if (state.status !== 'active' || state.current === undefined) return undefined;
  return script.steps.find((step) => step.id === state.current);
}
