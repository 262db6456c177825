/**
 * The shape of a new script: which steps, in which stages, with which fields.
 * Only structure lives here; every text comes from `new.placeholder.*` in the
 * locale files, so that a trainer starts from sentences in their own language.
 */
import type { Stage } from '../script/types.js';

export interface OptionPlan {
  readonly id: string;
  readonly next: string;
}

export interface StepPlan {
  readonly id: string;
  readonly stage: Stage;
  readonly required?: boolean;
  readonly target?: string;
  readonly say?: boolean;
  readonly ask?: boolean;
  /** Keys under the step's placeholder section, e.g. `tip1`. */
  readonly tips?: readonly string[];
  readonly checklist?: readonly string[];
  readonly options?: readonly OptionPlan[];
  readonly capture?: string;
  readonly next?: string;
  readonly end?: boolean;
}

/** The variable the rapport step captures and the gratitude step thanks by name. */
export const CUSTOMER_VARIABLE = 'customer';

export const STEP_PLANS: readonly StepPlan[] = [
  { id: 'greet', stage: 'greeting', required: true, target: '15s', say: true, tips: ['tip1'] },
  {
    id: 'name',
    stage: 'rapport',
    target: '30s',
    ask: true,
    capture: CUSTOMER_VARIABLE,
    tips: ['tip1'],
  },
  {
    id: 'need',
    stage: 'needs',
    required: true,
    ask: true,
    options: [
      { id: 'question', next: 'answer' },
      { id: 'problem', next: 'fix' },
      { id: 'unsure', next: 'probe' },
    ],
  },
  { id: 'probe', stage: 'needs', checklist: ['check1', 'check2', 'check3'], next: 'need' },
  { id: 'answer', stage: 'solutions', say: true, checklist: ['check1', 'check2'], next: 'verify' },
  { id: 'fix', stage: 'solutions', say: true, checklist: ['check1', 'check2'] },
  { id: 'verify', stage: 'solutions', required: true, ask: true, checklist: ['check1', 'check2'] },
  {
    id: 'thanks',
    stage: 'gratitude',
    required: true,
    target: '20s',
    say: true,
    tips: ['tip1'],
    end: true,
  },
];
