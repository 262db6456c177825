/**
 * A live call in the terminal: the session prompt on the terminal's streams, and
 * the call's end however it stops. A signal or a dead terminal writes the end line
 * at once (src/ui/shutdown.ts); Ctrl-C ends the call as aborted; either way the
 * call settles as `InterruptedError('run.interrupted')`, naming the log.
 */
import { endCall, type OpenedSession } from '../call/open-session.js';
import { InterruptedError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { sessionPrompt } from './session-prompt.js';
import { guardShutdown, type Shutdown } from './shutdown.js';

export { endCall as endQuietly } from '../call/open-session.js';

export interface LiveCallOptions {
  readonly agent: string;
  /** Locale of the screen's own words. */
  readonly locale: Locale;
  /** The terminal: stdin and stdout unless given. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream & { readonly columns?: number };
  readonly clock?: () => number;
  /** Signals heard since before the log was opened, ending this call; without it, heard from now on. */
  readonly shutdown?: Shutdown;
}

/** The prompt ends with one of these when Ctrl-C, a signal or `onShutdown` stops it. */
const PROMPT_STOPPED = new Set(['ExitPromptError', 'AbortPromptError']);

/**
 * How often what the disk refused is written again between keys, and the log's
 * file checked to be in place: space freed or a folder deleted shows within this.
 */
const RETRY_MS = 1000;

/** Whether the prompt failed because it was stopped (Ctrl-C, a signal), not because it broke. */
export function promptStopped(error: unknown): boolean {
  return error instanceof Error && PROMPT_STOPPED.has(error.name);
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
  const shutdown = options.shutdown ?? guardShutdown();
  if (options.shutdown === undefined) shutdown.onStop(() => endCall(session, clock()));
  const unwatch = shutdown.watch({ input, output });
  const retry = setInterval(() => session.recorder.retry(), RETRY_MS);
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
      { input, output, clearPromptOnDone: true, signal: shutdown.signal },
    );
  } catch (error) {
    session.recorder.abort(clock());
    if (shutdown.interrupted || promptStopped(error)) throw interrupted();
    throw error;
  } finally {
    clearInterval(retry);
    unwatch();
    if (options.shutdown === undefined) shutdown.dispose();
  }
  if (shutdown.interrupted) throw interrupted();
}
