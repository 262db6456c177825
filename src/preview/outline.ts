/**
 * The script as a document: stages → steps → fields, every text already picked
 * in the preview's locale (else the script's source locale), split into plain
 * text and `{{variable}}` placeholders, and sanitized. Where each option, jump and
 * end leads is worked out here with the flow rules of a call, so that every
 * writer (text, Markdown, HTML) draws the same branches.
 */
import { forEachPlaceholder } from '../script/text/placeholders.js';
import {
  type LocalizedList,
  type LocalizedText,
  type Script,
  STAGES,
  type Stage,
  type Step,
} from '../script/types.js';
import { nextStepAfter } from '../session/flow.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'variable';
      readonly name: string;
      /** What the placeholder shows: the variable's label, else its name. */
      readonly label: string;
      /** The value given with --var, when there is one. */
      readonly value?: string;
    };

/** A text of the script in the locale it is shown in. */
export interface PreviewText {
  readonly lang: string;
  readonly segments: readonly Segment[];
}

export type Destination =
  /** The following step in file order. */
  | { readonly kind: 'following' }
  | { readonly kind: 'end' }
  | {
      readonly kind: 'step';
      readonly id: string;
      readonly number: number;
      readonly title: PreviewText;
      /** The target comes before (or is) the step it is reached from: a loop. */
      readonly back: boolean;
    };

export interface PreviewOption {
  readonly id: string;
  readonly label: PreviewText;
  readonly to: Destination;
}

export interface PreviewStep {
  readonly id: string;
  /** 1-based position in file order. */
  readonly number: number;
  readonly stage: Stage;
  readonly title: PreviewText;
  readonly required: boolean;
  readonly targetMs?: number;
  readonly say?: PreviewText;
  readonly ask?: PreviewText;
  readonly tips: readonly PreviewText[];
  readonly checklist: readonly PreviewText[];
  readonly options: readonly PreviewOption[];
  readonly capture?: { readonly name: string; readonly label: string };
  /** Where the flow goes after the step when that is not simply the following step. */
  readonly then?: Destination;
}

export interface PreviewStage {
  readonly stage: Stage;
  readonly steps: readonly PreviewStep[];
}

export interface PreviewVariable {
  readonly name: string;
  readonly label: string;
  readonly builtin: boolean;
  readonly default?: string;
  readonly value?: string;
  readonly pii: boolean;
  /** Number of the step that captures it. */
  readonly capturedAt?: number;
}

export interface Outline {
  readonly id: string;
  readonly version?: string;
  readonly title: PreviewText;
  readonly locale: string;
  readonly source: string;
  readonly variables: readonly PreviewVariable[];
  readonly stages: readonly PreviewStage[];
  /** How many texts had no version in `locale` and are shown in `source`. */
  readonly fallbacks: number;
}

export interface OutlineOptions {
  readonly locale: string;
  /** Values given with --var: they replace the placeholders. */
  readonly values?: Readonly<Record<string, string>>;
  /** Labels of built-in variables a script did not declare (e.g. `agent`). */
  readonly builtinLabel?: (name: string) => string;
}

interface Picked<T> {
  readonly lang: string;
  readonly value: T;
}

function pick<T>(
  map: Readonly<Record<string, T>> | undefined,
  locale: string,
  source: string,
): Picked<T> | undefined {
  if (!map) return undefined;
  for (const lang of [locale, source, ...Object.keys(map)]) {
    if (Object.hasOwn(map, lang)) return { lang, value: map[lang] as T };
  }
  return undefined;
}

function builder(script: Script, options: OutlineOptions) {
  const { locale } = options;
  const values = options.values ?? {};
  const used = new Set<string>();
  let fallbacks = 0;

  const label = (name: string): string => {
    const variable = script.variables.find((v) => v.name === name);
    const picked = pick(variable?.label, locale, script.source);
    const text = picked ? sanitizeLine(picked.value).trim() : '';
    if (text) return text;
    return sanitizeLine(variable ? name : (options.builtinLabel?.(name) ?? name)).trim() || name;
  };

  const segments = (raw: string, clean: (text: string) => string): Segment[] => {
    const out: Segment[] = [];
    let at = 0;
    const text = (part: string) => {
      const cleaned = clean(part);
      if (cleaned !== '') out.push({ kind: 'text', text: cleaned });
    };
    forEachPlaceholder(raw, (name, start, end) => {
      text(raw.slice(at, start));
      used.add(name);
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      out.push(
        value === undefined || value.trim() === ''
          ? { kind: 'variable', name, label: label(name) }
          : { kind: 'variable', name, label: label(name), value: sanitizeLine(value).trim() },
      );
      at = end;
    });
    text(raw.slice(at));
    return out;
  };

  const counted = <T>(map: Readonly<Record<string, T>> | undefined) => {
    const picked = pick(map, locale, script.source);
    if (picked && picked.lang !== locale) fallbacks++;
    return picked;
  };

  const line = (map: LocalizedText | undefined): PreviewText | undefined => {
    const picked = counted(map);
    if (!picked) return undefined;
    return { lang: picked.lang, segments: segments(picked.value.trim(), sanitizeLine) };
  };
  const block = (map: LocalizedText | undefined): PreviewText | undefined => {
    const picked = counted(map);
    if (!picked) return undefined;
    return { lang: picked.lang, segments: segments(picked.value.trim(), sanitizeText) };
  };
  const list = (map: LocalizedList | undefined): PreviewText[] => {
    const picked = counted(map);
    if (!picked) return [];
    return picked.value.map((item) => ({
      lang: picked.lang,
      segments: segments(item.trim(), sanitizeLine),
    }));
  };
  const plain = (text: string): PreviewText => ({
    lang: locale,
    segments: [{ kind: 'text', text: sanitizeLine(text) }],
  });

  return { line, block, list, plain, label, used, fallbacks: () => fallbacks };
}

export function buildOutline(script: Script, options: OutlineOptions): Outline {
  const b = builder(script, options);
  const indexOf = new Map(script.steps.map((step, i) => [step.id, i]));
  const titles = script.steps.map((step) => b.line(step.title) ?? b.plain(step.id));

  const toStep = (from: number, id: string): Destination => {
    const index = indexOf.get(id);
    if (index === undefined)
      return { kind: 'step', id, number: 0, title: b.plain(id), back: false };
    return {
      kind: 'step',
      id,
      number: index + 1,
      title: titles[index] as PreviewText,
      back: index <= from,
    };
  };

  const destination = (step: Step, index: number, optionId?: string): Destination => {
    const target = nextStepAfter(script, step.id, optionId);
    if (target === undefined) return { kind: 'end' };
    const option = step.options?.find((o) => o.id === optionId);
    const jumps = option?.next !== undefined || step.next !== undefined;
    if (!jumps && script.steps[index + 1]?.id === target) return { kind: 'following' };
    return toStep(index, target);
  };

  const steps: PreviewStep[] = script.steps.map((step, index) => {
    const then = destination(step, index);
    const capture = step.capture ? { name: step.capture, label: b.label(step.capture) } : undefined;
    return {
      id: step.id,
      number: index + 1,
      stage: step.stage,
      title: titles[index] as PreviewText,
      required: step.required,
      ...(step.targetMs !== undefined ? { targetMs: step.targetMs } : {}),
      ...optional('say', b.block(step.say)),
      ...optional('ask', b.block(step.ask)),
      tips: b.list(step.tips),
      checklist: b.list(step.checklist),
      options: (step.options ?? []).map((option) => ({
        id: option.id,
        label: b.line(option.label) ?? b.plain(option.id),
        to: destination(step, index, option.id),
      })),
      ...optional('capture', capture),
      ...(then.kind === 'following' ? {} : { then }),
    };
  });

  const stages = STAGES.map((stage) => ({
    stage,
    steps: steps.filter((step) => step.stage === stage),
  })).filter((stage) => stage.steps.length > 0);

  const title = b.line(script.title) ?? b.plain(script.id);
  const variables = collectVariables(script, steps, b.used, b.label, options.values ?? {});
  return {
    id: script.id,
    ...(script.version !== undefined ? { version: script.version } : {}),
    title,
    locale: options.locale,
    source: script.source,
    variables,
    stages,
    fallbacks: b.fallbacks(),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Declared variables, then built-in ones the texts use. */
function collectVariables(
  script: Script,
  steps: readonly PreviewStep[],
  used: ReadonlySet<string>,
  label: (name: string) => string,
  values: Readonly<Record<string, string>>,
): PreviewVariable[] {
  const givenValue = (name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value.trim() === '' ? {} : { value: sanitizeLine(value).trim() };
  };
  const declared = script.variables.map((variable) => {
    const capturedAt = steps.find((step) => step.capture?.name === variable.name)?.number;
    return {
      name: variable.name,
      label: label(variable.name),
      builtin: false,
      ...(variable.default !== undefined ? { default: sanitizeLine(variable.default) } : {}),
      ...givenValue(variable.name),
      pii: variable.pii,
      ...(capturedAt !== undefined ? { capturedAt } : {}),
    };
  });
  const builtins = [...used]
    .filter((name) => !script.variables.some((v) => v.name === name))
    .map((name) => ({ name, label: label(name), builtin: true, ...givenValue(name), pii: false }));
  return [...declared, ...builtins];
}
