/**
 * When the window closes (SIGHUP) with stdin in raw mode, stdin ends or errors and
 * Node may exit before a SIGHUP handler runs, so the end line is written
 * synchronously from whichever of these paths comes first. Then `signal` aborts,
 * so that the prompt given it settles and the command ends as interrupted; the
 * process itself is ended in one place only (src/cli/main.ts), which also makes
 * sure a dead terminal holding a handle open cannot keep it alive.
 */
export interface ShutdownHooks {
  /** Removes every listener; call once the session has ended normally. */
  dispose(): void;
  /** True once a signal or a dead terminal ended the session. */
  readonly interrupted: boolean;
  /** Aborted once the session was ended by a signal or a dead terminal. */
  readonly signal: AbortSignal;
}

const SIGNALS = ['SIGINT', 'SIGHUP', 'SIGTERM'] as const;

export function onShutdown(
  finish: () => void,
  streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): ShutdownHooks {
  const controller = new AbortController();
  let interrupted = false;
  const stop = () => {
    if (interrupted) return;
    interrupted = true;
    finish();
    controller.abort();
  };
  const swallow = () => stop();
  for (const signal of SIGNALS) process.on(signal, stop);
  streams.input.on('end', stop);
  streams.input.on('error', swallow);
  streams.output.on('error', swallow);
  process.on('exit', finish);
  return {
    get interrupted() {
      return interrupted;
    },
    signal: controller.signal,
    dispose() {
      for (const signal of SIGNALS) process.off(signal, stop);
      streams.input.off('end', stop);
      streams.input.off('error', swallow);
      // Output errors can still arrive while the summary is printed to a closed pty.
      process.off('exit', finish);
    },
  };
}
