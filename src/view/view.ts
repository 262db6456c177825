/** What the live screen is drawn from: everything it shows comes in here. */
import type { Locale } from '../i18n/locale.js';
import type { Script, Stage } from '../script/types.js';
import type { SessionState } from '../session/types.js';

export type StageState = 'done' | 'current' | 'skipped' | 'partial' | 'pending';

/** A transient line above the keys, e.g. "choose an option first". */
export interface ScreenMessage {
  readonly kind: 'info' | 'warning' | 'error';
  /** Full i18n key, e.g. `run.keys.nothingToPick`. */
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface ScreenView {
  readonly script: Script;
  readonly state: SessionState;
  /** Epoch ms: the clocks are drawn as of this moment. */
  readonly now: number;
  readonly columns: number;
  /** Locale of the screen's words and of the script text shown. */
  readonly locale: Locale;
  readonly agent: string;
  /** Values known before the call (defaults, --var); captured values in `state.vars` win. */
  readonly vars: Readonly<Record<string, string>>;
  /** "step 3 of 8". */
  readonly progress: { readonly index: number; readonly total: number };
  readonly stages: Readonly<Record<Stage, StageState>>;
  readonly message?: ScreenMessage;
  /** `help` replaces the step with the list of keys. */
  readonly mode?: 'main' | 'help';
  /**
   * Lines drawn in place of the agent's footer (the message and the keys, or the
   * help's way back), for a caller that drives the screen with keys of its own:
   * replay shows its pause mark, progress and controls here. Drawn as given, one
   * line each, cut at `columns`: the caller wraps, translates, sanitizes and
   * paints them. An empty array leaves the footer empty; undefined keeps the agent's.
   */
  readonly footer?: readonly string[];
}
