/**
 * Drives the session machine and writes each event to the log before returning,
 * so whatever the screen shows next is already on disk.
 */
import type { Script } from '../script/types.js';
import { applyAction, startSession } from '../session/index.js';
import type { Action, SessionEvent, SessionState, Transition } from '../session/types.js';
import { SAVED, type Storage } from './storage.js';

/** Where events go: the session log, already redacting what must not be stored. */
export interface EventSink {
  /** Stores the events of one action together, flushed to disk before returning. */
  appendAll(events: readonly SessionEvent[], now: number): boolean;
  readonly ended: boolean;
}

type EndEvent = Extract<SessionEvent, { readonly type: 'end' }>;

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
    return SAVED;
  }

  /** The end event, once the call has ended. */
  get lastEnd(): EndEvent | undefined {
    return this.#end;
  }

  apply(action: Action, now: number): Transition {
    const transition = applyAction(this.script, this.#state, action, now);
    if (transition.ok) {
      this.sink.appendAll(transition.events, now);
      for (const event of transition.events) if (event.type === 'end') this.#end = event;
      this.#state = transition.state;
    }
    return transition;
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
