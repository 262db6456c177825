/**
 * Drives the session machine and hands each action's events to the log before
 * returning, so whatever the screen shows next is on disk — or, when the disk
 * refuses, the screen can say it is not (`storage`) while the log keeps the events
 * to write with a later action.
 */
import type { Unsaved } from '../log/index.js';
import type { Script } from '../script/types.js';
import { applyAction, startSession } from '../session/index.js';
import type { Action, SessionEvent, SessionState, Transition } from '../session/types.js';
import { overLimit } from './limits.js';
import { SAVED, type Storage } from './storage.js';

/** Where events go: the session log, already redacting what must not be stored. */
export interface EventSink {
  /** Accepts the events of one action together, stored and flushed before returning when the disk lets it. */
  appendAll(events: readonly SessionEvent[], now: number): boolean;
  readonly ended: boolean;
  /** What the sink holds that the disk does not, and why (absent for a sink that cannot fail). */
  readonly unsaved?: Unsaved | undefined;
  /** Writes again what the disk refused (absent for a sink that cannot fail). */
  retry?(): void;
}

type EndEvent = Extract<SessionEvent, { readonly type: 'end' }>;

/** The machine's answer, or the recorder's refusal of a text longer than its limit (src/call/limits.ts). */
export type Recorded =
  | Transition
  | { readonly ok: false; readonly state: SessionState; readonly reason: 'too-long' };

function storageOf(unsaved: Unsaved | undefined): Storage {
  if (unsaved === undefined) return SAVED;
  const { problem, actions, recovery } = unsaved;
  return { kind: 'unsaved', problem, pending: actions, ...(recovery ? { recovery } : {}) };
}

export class Recorder {
  #state: SessionState;
  #end: EndEvent | undefined;

  private constructor(
    readonly script: Script,
    private readonly sink: EventSink,
    state: SessionState,
  ) {
    this.#state = state;
  }

  static start(
    script: Script,
    sink: EventSink,
    now: number,
    vars: Readonly<Record<string, string>>,
  ): Recorder {
    const { state, events } = startSession(script, now, vars);
    sink.appendAll(events, now);
    return new Recorder(script, sink, state);
  }

  /** A recorder for a session whose first events the sink already holds. */
  static resume(script: Script, sink: EventSink, state: SessionState): Recorder {
    return new Recorder(script, sink, state);
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Whether every accepted action is in the session log (what the screen says about it). */
  get storage(): Storage {
    return storageOf(this.sink.unsaved);
  }

  /** The end event, once the call has ended. */
  get lastEnd(): EndEvent | undefined {
    return this.#end;
  }

  apply(action: Action, now: number): Recorded {
    if (overLimit(action)) return { ok: false, state: this.#state, reason: 'too-long' };
    const transition = applyAction(this.script, this.#state, action, now);
    if (transition.ok) {
      this.sink.appendAll(transition.events, now);
      for (const event of transition.events) if (event.type === 'end') this.#end = event;
      this.#state = transition.state;
    }
    return transition;
  }

  /**
   * Writes again what the disk refused, so that space freed lets the log catch up
   * between two actions; with nothing pending, checks the log is still in place.
   */
  retry(): void {
    this.sink.retry?.();
  }

  /**
   * Ends the call as aborted if it has not ended yet. Synchronous on purpose: it is
   * called from signal handlers and stream errors, where nothing asynchronous can be
   * trusted to finish.
   */
  abort(now: number): void {
    if (this.#state.status === 'ended' || this.sink.ended) return;
    this.apply({ type: 'end' }, now);
  }
}
