/**
 * A live call in the terminal: the session prompt on the terminal's streams, and
 * the call's end however it stops. A signal or a dead terminal writes the end line
 * at once (src/ui/shutdown.ts); Ctrl-C ends the call as aborted; either way the
 * call settles as `InterruptedError('run.interrupted')`, naming the log.
 */
import type { OpenedSession } from '../call/open-session.js';
import { InterruptedError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { sessionPrompt } from './session-prompt.js';
import { onShutdown } from './shutdown.js';

export interface LiveCallOptions {
  readonly agent: string;
  /** Locale of the screen's own words. */
  readonly locale: Locale;
  /** The terminal: stdin and stdout unless given. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream & { readonly columns?: number };
  readonly clock?: () => number;
}

/** The prompt ends with one of these when Ctrl-C, a signal or `onShutdown` stops it. */
const PROMPT_STOPPED = new Set(['ExitPromptError', 'AbortPromptError']);

/** Whether the prompt failed because it was stopped (Ctrl-C, a signal), not because it broke. */
export function promptStopped(error: unknown): boolean {
  return error instanceof Error && PROMPT_STOPPED.has(error.name);
}

/** From a signal or a dead terminal: write the end line if the disk lets us, nothing else. */
export function endQuietly(session: OpenedSession, now: number): void {
  try {
    session.recorder.abort(now);
    session.log.close();
  } catch {
    // The log keeps every line written so far; readers mark it interrupted.
  }
}

/**
 * Runs the call until the agent ends it. Rejects with `InterruptedError` when a
 * signal, a dead terminal or Ctrl-C stopped it (the call is then ended as
 * aborted), and with the prompt's own error when it broke.
 */
export async function runLiveCall(session: OpenedSession, options: LiveCallOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const clock = options.clock ?? Date.now;
  const hooks = onShutdown(() => endQuietly(session, clock()), { input, output });
  const interrupted = () => new InterruptedError('run.interrupted', { path: session.log.path });
  try {
    await sessionPrompt(
      {
        recorder: session.recorder,
        locale: options.locale,
        agent: options.agent,
        vars: session.vars,
        columns: () => output.columns || 80,
        clock,
      },
      { input, output, clearPromptOnDone: true, signal: hooks.signal },
    );
  } catch (error) {
    session.recorder.abort(clock());
    if (hooks.interrupted || promptStopped(error)) throw interrupted();
    throw error;
  } finally {
    hooks.dispose();
  }
  if (hooks.interrupted) throw interrupted();
}
