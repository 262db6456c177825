/**
 * The preview's model of a script: stages → steps → fields, each text in the
 * locale it is shown in and split into plain text and `{{variable}}` placeholders.
 */
import type { Stage } from '../script/types.js';

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
