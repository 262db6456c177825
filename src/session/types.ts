/**
 * The contract of the session machine: what the agent can do (actions), what the
 * machine records (events, written to the log as they are), and the state the
 * screen draws. The machine is pure: time comes in as `now` (epoch ms).
 */
import type { Stage } from '../script/types.js';

export const OUTCOMES = ['resolved', 'unresolved', 'callback', 'complaint', 'compliment'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

export type Action =
  | { readonly type: 'done' }
  | { readonly type: 'skip'; readonly reason: string }
  | { readonly type: 'choose'; readonly option: string }
  | { readonly type: 'capture'; readonly values: Readonly<Record<string, string>> }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'toggle'; readonly item: number }
  | { readonly type: 'back' }
  /** Without an outcome when the call is cut short (Ctrl-C, window closed). */
  | { readonly type: 'end'; readonly outcome?: Outcome };

export type EndStatus = 'completed' | 'aborted';

/** Events as the log stores them, minus `t` (added by the writer). */
export type SessionEvent =
  | { readonly type: 'enter'; readonly step: string; readonly stage: Stage }
  | { readonly type: 'done'; readonly step: string; readonly stage: Stage; readonly ms: number }
  | {
      readonly type: 'skip';
      readonly step: string;
      readonly stage: Stage;
      readonly reason: string;
      readonly ms: number;
    }
  | { readonly type: 'choice'; readonly step: string; readonly option: string }
  | {
      readonly type: 'capture';
      readonly step: string;
      readonly var: string;
      readonly value: string;
    }
  | { readonly type: 'note'; readonly step: string; readonly text: string }
  | {
      readonly type: 'toggle';
      readonly step: string;
      readonly item: number;
      readonly checked: boolean;
    }
  /** From wrapup, `from` and `to` are both the last step: it is reopened. */
  | { readonly type: 'back'; readonly from: string; readonly to: string }
  | {
      readonly type: 'end';
      readonly status: EndStatus;
      readonly outcome?: Outcome;
      readonly skipped: readonly string[];
      readonly unreached: readonly string[];
      readonly ms: number;
    };

export type StepResult = 'done' | 'skipped';

/**
 * One entry of the path: a step as it was entered once. A loop enters the same step
 * again, so a step may have several visits; `back` drops the last visit.
 */
export interface Visit {
  readonly step: string;
  /** Absent while the visit is still open (the current step). */
  readonly result?: StepResult;
  readonly choice?: string;
  /** Checklist items ticked during this visit, ascending (0-based indexes). */
  readonly checked: readonly number[];
}

/**
 * `active`: on a step. `wrapup`: the flow reached its end, waiting for the outcome.
 * `ended`: the end event was emitted; no action is accepted any more.
 */
export type SessionStatus = 'active' | 'wrapup' | 'ended';

export interface SessionState {
  readonly status: SessionStatus;
  /** Current step id; undefined in wrapup and after the end. */
  readonly current: string | undefined;
  readonly startedAt: number;
  readonly stepStartedAt: number;
  /** Steps entered, in order; `back` pops the last one. */
  readonly path: readonly string[];
  /** The same entries as `path` with what happened in each (`visits[i].step === path[i]`). */
  readonly visits: readonly Visit[];
  readonly vars: Readonly<Record<string, string>>;
  /**
   * Per step, what the call did with it so far: `done` if any visit on the path was
   * done, else `skipped` if one was skipped; absent if none was finished. The same
   * rule decides `skipped` and `unreached` in the end event.
   */
  readonly results: Readonly<Record<string, StepResult>>;
  /**
   * Checklist items ticked, per step (0-based indexes, ascending), as of the step's
   * latest visit: for the current step, the ticks of this visit. Steps with no tick
   * are absent.
   */
  readonly checked: Readonly<Record<string, readonly number[]>>;
  /** Per step, the option chosen at its latest visit that had a choice. */
  readonly choices: Readonly<Record<string, string>>;
  readonly notes: readonly { readonly step: string; readonly text: string }[];
  readonly endStatus?: EndStatus;
  readonly outcome?: Outcome;
  /** `now` of the end action: the call's clocks stop there. */
  readonly endedAt?: number;
}

/** Why an action was refused; the state is unchanged. */
export type RejectReason =
  | 'ended'
  | 'no-step'
  | 'not-a-choice'
  | 'unknown-option'
  | 'choose-first'
  | 'not-a-checklist'
  | 'unknown-item'
  | 'reason-required'
  | 'unknown-variable'
  | 'nothing-to-go-back-to'
  | 'empty-note'
  /** An `end` outcome that is not one of OUTCOMES (e.g. from a damaged log). */
  | 'unknown-outcome'
  /** An action whose type the machine does not know (e.g. from a damaged log). */
  | 'unknown-action';

export type Transition =
  | { readonly ok: true; readonly state: SessionState; readonly events: readonly SessionEvent[] }
  | { readonly ok: false; readonly state: SessionState; readonly reason: RejectReason };
