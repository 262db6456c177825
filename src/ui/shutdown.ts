/**
 * When the window closes (SIGHUP) with stdin in raw mode, stdin ends or errors and
 * Node may exit before a SIGHUP handler runs, so the end line is written
 * synchronously from whichever of these paths comes first.
 */
export interface ShutdownHooks {
  /** Removes every listener; call once the session has ended normally. */
  dispose(): void;
  /** True once a signal or a dead terminal ended the session. */
  readonly interrupted: boolean;
}

const SIGNALS = ['SIGINT', 'SIGHUP', 'SIGTERM'] as const;

export function onShutdown(
  finish: () => void,
  streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): ShutdownHooks {
  let interrupted = false;
  const stop = () => {
    if (interrupted) return;
    interrupted = true;
    finish();
    // If a dead terminal keeps a handle open, leave anyway once the log is closed.
    setTimeout(() => process.exit(130), 1000).unref();
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
    dispose() {
      for (const signal of SIGNALS) process.off(signal, stop);
      streams.input.off('end', stop);
      streams.input.off('error', swallow);
      // Output errors can still arrive while the summary is printed to a closed pty.
      process.off('exit', finish);
    },
  };
}
