/**
 * Builds the preview's model from a checked script. Where each option, jump and
 * end leads is worked out with the flow rules of a call, so that every writer
 * (text, Markdown, HTML) draws the same branches.
 */
import { END, landing, stepIndex, wayOut } from '../script/flow.js';
import { type Script, STAGES, type Step, type StepOption } from '../script/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Destination, Outline, PreviewStep, PreviewText, PreviewVariable } from './model.js';
import { type OutlineOptions, textBuilder } from './texts.js';

export type * from './model.js';
export type { OutlineOptions } from './texts.js';

export function buildOutline(script: Script, options: OutlineOptions): Outline {
  const b = textBuilder(script, options);
  const indexOf = stepIndex(script.steps);
  const titles = script.steps.map((step) => b.line(step.title) ?? b.plain(step.id));

  const destination = (step: Step, from: number, option?: StepOption): Destination => {
    const way = wayOut(step, option);
    const to = landing(script.steps, indexOf, from, way);
    if (to === END) return { kind: 'end' };
    if (way.kind === 'following') return { kind: 'following' };
    const target = script.steps[to] as Step;
    const title = titles[to] as PreviewText;
    return { kind: 'step', id: target.id, number: to + 1, title, back: to <= from };
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
        to: destination(step, index, option),
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
  // The trainer's free label, unlike ids, names and locale codes, which the checker holds to patterns.
  const version = sanitizeLine(script.version ?? '').trim();
  return {
    id: script.id,
    ...(version !== '' ? { version } : {}),
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
