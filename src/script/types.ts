/**
 * The validated, normalized form of a script (format version 1). Everything
 * downstream — the session machine, the screen, previews, reports — reads this,
 * never the raw YAML.
 */

/** The five stages of the service cycle, in the order a call moves through them. */
export const STAGES = ['greeting', 'rapport', 'needs', 'solutions', 'gratitude'] as const;
export type Stage = (typeof STAGES)[number];

/** Text in several languages: locale code → text. */
export type LocalizedText = Readonly<Record<string, string>>;
/** Lists in several languages (tips, checklists): locale code → items. */
export type LocalizedList = Readonly<Record<string, readonly string[]>>;

/** The pattern every script, step and option id matches. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Variables every script may use without declaring them. */
export const BUILTIN_VARIABLES = ['agent', 'company'] as const;

export interface Variable {
  readonly name: string;
  readonly label?: LocalizedText;
  readonly default?: string;
  /** Its value comes with the run (`--var`): the script promises one is given. */
  readonly given?: boolean;
  /** Personal data: redacted in logs unless the agent opts in. */
  readonly pii: boolean;
}

export interface StepOption {
  readonly id: string;
  readonly label: LocalizedText;
  /** Step to jump to; without it the flow goes on to the next step in file order. */
  readonly next?: string;
}

export interface Step {
  readonly id: string;
  readonly stage: Stage;
  readonly title?: LocalizedText;
  readonly required: boolean;
  /** Time budget in milliseconds (`target: 15s` in YAML). */
  readonly targetMs?: number;
  readonly say?: LocalizedText;
  readonly ask?: LocalizedText;
  readonly tips?: LocalizedList;
  readonly checklist?: LocalizedList;
  readonly options?: readonly StepOption[];
  /** Variable the agent types in during this step. */
  readonly capture?: string;
  /** Step to jump to after this one; without it, the next step in file order. */
  readonly next?: string;
  /** The call ends after this step. */
  readonly end: boolean;
}

export interface Script {
  readonly coach: 1;
  readonly id: string;
  readonly version?: string;
  readonly title: LocalizedText;
  /** Locale the trainer writes first; translations are made from it. */
  readonly source: string;
  /** Locales this script promises to be complete in. */
  readonly locales: readonly string[];
  readonly variables: readonly Variable[];
  readonly steps: readonly Step[];
}
