/**
 * Stage 3: what the file says → the model, with every default filled in. Parts
 * that were missing or wrong stay out (they are already reported), so the rules can
 * still look at the rest; `toScript` hands the model out only when it is complete.
 */
import type { RawScript, RawStep, RawVariable } from './shape/raw.js';
import type { LocalizedText, Script, Stage, Step, StepOption, Variable } from './types.js';

export const DEFAULT_SOURCE = 'en';

export type DraftOption = Omit<StepOption, 'id' | 'label'> & {
  readonly id?: string;
  readonly label?: LocalizedText;
};

export type DraftStep = Omit<Step, 'id' | 'stage' | 'options'> & {
  readonly id?: string;
  readonly stage?: Stage;
  readonly options?: readonly DraftOption[];
};

export interface Draft {
  readonly coach?: 1;
  readonly id?: string;
  readonly version?: string;
  readonly title?: LocalizedText;
  readonly source: string;
  readonly locales: readonly string[];
  readonly variables: readonly Variable[];
  readonly steps: readonly DraftStep[];
}

export function normalize(raw: RawScript): Draft {
  const source = raw.source ?? DEFAULT_SOURCE;
  const draft: Record<string, unknown> = { ...raw, source };
  if (raw.coach !== 1) delete draft.coach;
  draft.locales = raw.locales ? [...new Set(raw.locales)] : [source];
  draft.variables = (raw.variables ?? []).map(variable);
  draft.steps = (raw.steps ?? []).map(step);
  return draft as unknown as Draft;
}

/** The script, when the draft has everything a script needs (the caller checks for errors). */
export function toScript(draft: Draft): Script | undefined {
  if (draft.coach !== 1 || draft.id === undefined || draft.title === undefined) return undefined;
  if (draft.steps.length === 0) return undefined;
  for (const s of draft.steps) {
    if (s.id === undefined || s.stage === undefined) return undefined;
    for (const o of s.options ?? [])
      if (o.id === undefined || o.label === undefined) return undefined;
  }
  return draft as Script;
}

// Spreading the raw parts keeps the keys the file used; in a script without errors
// every one of them holds a value (a field left undefined was reported).

function variable(v: RawVariable): Variable {
  return { ...v, pii: v.pii ?? false };
}

function step(s: RawStep): DraftStep {
  const out: DraftStep = { ...s, required: s.required ?? false, end: s.end ?? false };
  return s.options ? { ...out, options: s.options.map((o) => ({ ...o })) } : out;
}
