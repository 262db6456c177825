/**
 * The screens of a session, rebuilt by feeding the logged actions to the same
 * machine `coach run` drives, at their logged times, and drawing each state with
 * the same view. Pure: the log and the script come in, frames go out.
 */
import { isLocale, type Locale } from '../i18n/locale.js';
import type { LoggedEvent, SessionHeader } from '../log/read/types.js';
import type { Script } from '../script/types.js';
import {
  actionFromEvent,
  applyAction,
  type SessionEvent,
  type SessionState,
  stageStatus,
  startSession,
  stepProgress,
} from '../session/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { type EndEvent, renderScreen, renderSummary } from '../view/index.js';
import { localLine, variableValues } from '../view/script-text.js';

export interface Frame {
  /** Milliseconds since the start of the session; playback time once retimed. */
  readonly t: number;
  /** Milliseconds since the start of the session, as logged: the call's clock. */
  readonly call: number;
  readonly lines: readonly string[];
  /** Set on the frame where a step appears on screen. */
  readonly step?: string;
  /** Label of that step (its title in the session's locale, else its id). */
  readonly marker?: string;
}

/** Where re-driving stopped because the log and the script disagree. */
export interface Divergence {
  /** Index of the first event that does not fit (0-based, among the events after the start line). */
  readonly index: number;
  readonly event: string;
}

export interface FramesResult {
  readonly frames: readonly Frame[];
  readonly divergence?: Divergence;
  /** The machine's state after the last action it accepted. */
  readonly state: SessionState;
  /** The end event, when re-driving reached it. */
  readonly end?: EndEvent;
}

export interface FramesInput {
  readonly start: SessionHeader;
  readonly events: readonly LoggedEvent[];
  readonly script: Script;
  readonly columns: number;
  /** In place of the agent's keys (see ScreenView.footer): a player draws its own controls. */
  readonly footer?: readonly string[];
}

export function sessionLocale(start: SessionHeader): Locale {
  return isLocale(start.locale) ? start.locale : 'en';
}

/** Same fields (besides `t`) with the same values; fields a newer writer added are ignored. */
export function sameEvent(produced: SessionEvent, logged: SessionEvent | undefined): boolean {
  if (!logged) return false;
  const fields = logged as unknown as Readonly<Record<string, unknown>>;
  return Object.entries(produced).every(
    ([key, value]) => JSON.stringify(value) === JSON.stringify(fields[key]),
  );
}

export function stepLabel(script: Script, locale: Locale, stepId: string): string {
  const step = script.steps.find((s) => s.id === stepId);
  const context = { script, locale, values: variableValues(script) };
  return localLine(context, step?.title) || sanitizeLine(stepId);
}

export function buildFrames(input: FramesInput): FramesResult {
  const { start, events, script } = input;
  const locale = sessionLocale(start);
  const columns = Math.max(20, Math.floor(input.columns));
  const screen = (state: SessionState, now: number) =>
    renderScreen({
      script,
      state,
      now,
      columns,
      locale,
      agent: start.agent,
      vars: start.vars,
      progress: stepProgress(script, state),
      stages: stageStatus(script, state),
      mode: 'main',
      ...(input.footer ? { footer: input.footer } : {}),
    });
  const frames: Frame[] = [];
  const push = (state: SessionState, at: number, produced: readonly SessionEvent[]) => {
    const entered = produced.find((e) => e.type === 'enter');
    const end = produced.find((e): e is EndEvent => e.type === 'end');
    const t = Math.max(0, at - start.startedAt);
    const lines = end ? renderSummary({ script, state, end, columns, locale }) : screen(state, at);
    frames.push(
      entered
        ? { t, call: t, lines, step: entered.step, marker: stepLabel(script, locale, entered.step) }
        : { t, call: t, lines },
    );
  };

  const started = startSession(script, start.startedAt, start.vars);
  let state = started.state;
  let cursor = 0;
  // A log cut off in the middle of a transition (a crash between two lines) still fits.
  const fits = (produced: readonly SessionEvent[]) =>
    produced.every(
      (event, i) => cursor + i >= events.length || sameEvent(event, events[cursor + i]),
    );
  const diverge = (): FramesResult => ({
    frames,
    state,
    divergence: { index: cursor, event: String(events[cursor]?.type ?? '') },
  });

  if (!fits(started.events)) return diverge();
  push(state, start.startedAt, started.events);
  cursor = started.events.length;
  while (cursor < events.length) {
    const logged = events[cursor] as LoggedEvent;
    const action = actionFromEvent(logged, events[cursor - 1]);
    if (!action) return diverge();
    const transition = applyAction(script, state, action, logged.at);
    if (!transition.ok || !fits(transition.events)) return diverge();
    state = transition.state;
    push(state, logged.at, transition.events);
    cursor += transition.events.length;
    const end = transition.events.find((e): e is EndEvent => e.type === 'end');
    if (end) return { frames, state, end };
  }
  return { frames, state };
}
