/**
 * How a call ends when it is stopped from outside: SIGINT, SIGHUP, SIGTERM, or its
 * terminal gone (a closed window). The signals are heard from before the log
 * exists, so a call whose log was opened always gets its end line; the line is
 * written synchronously from whichever path comes first, since Node may exit
 * before the others run. Then `signal` aborts, so that the prompt given it settles
 * and the command ends as interrupted; the process itself is ended in one place
 * only (src/cli/main.ts).
 *
 * A closed window has two more ways to crash Node, both handled here. readline
 * turns raw mode off when it closes; a dead terminal refuses that (EIO), and
 * readline passes the failure on as an 'error' event no one listens to. And at
 * exit Node restores each standard stream's terminal mode, aborting (SIGABRT, a
 * core dump in the working folder) when the terminal refuses: so a standard
 * stream whose terminal is gone is pointed at /dev/null before Node gets there.
 */
import { closeSync, openSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface Shutdown {
  /** True once a signal or a dead terminal stopped the call. */
  readonly interrupted: boolean;
  /** Aborted once a signal or a dead terminal stopped the call. */
  readonly signal: AbortSignal;
  /** What ends the call (writes its end line): run at once when the call was stopped already, and at exit. */
  onStop(finish: () => void): void;
  /** Also stops the call when the terminal goes away; returns what stops watching it. */
  watch(streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): () => void;
  /** Removes the listeners on the process; call once the call is over. */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGHUP', 'SIGTERM'] as const;

let releasing = false;

/** Once per process: at exit, each standard stream whose terminal is gone now reads and writes /dev/null. */
function releaseDeadTerminalAtExit(ttys: readonly number[]): void {
  if (releasing || ttys.length === 0) return;
  releasing = true;
  process.once('exit', () => {
    for (const fd of ttys) {
      if (isatty(fd)) continue;
      try {
        closeSync(fd);
        // The lowest free number is the one just closed.
        const spare = openSync('/dev/null', 'r+');
        if (spare !== fd) closeSync(spare);
      } catch {
        // A closed descriptor is skipped by Node's restore too.
      }
    }
  });
  // The message of an interrupted call goes to stderr, which may be the dead terminal.
  process.stderr.on('error', () => {});
}

type RawInput = NodeJS.ReadableStream & {
  setRawMode?: (mode: boolean) => unknown;
};

/** Replaces `key` of `target` with `value`; returns what puts the original back. */
function shadow<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.hasOwn(target, key);
  const original = target[key];
  target[key] = value;
  return () => {
    if (own) target[key] = original;
    else delete target[key];
  };
}

/** Raw mode refused (a dead terminal) tells `gone` instead of emitting an 'error' readline would throw. */
function quietRawMode(input: RawInput, gone: () => void): () => void {
  const setRawMode = input.setRawMode;
  if (typeof setRawMode !== 'function') return () => {};
  return shadow(input, 'setRawMode', (mode: boolean) => {
    let refused = false;
    const emit = input.emit;
    const restore = shadow(input, 'emit', (event: string | symbol, ...args: unknown[]) => {
      if (event !== 'error') return emit.call(input, event, ...args);
      refused = true;
      return true;
    });
    try {
      setRawMode.call(input, mode);
    } finally {
      restore();
    }
    if (refused) gone();
    return input;
  });
}

export function guardShutdown(): Shutdown {
  const controller = new AbortController();
  const ttys = [0, 1, 2].filter((fd) => isatty(fd));
  let finish: (() => void) | undefined;
  let interrupted = false;
  const stop = () => {
    if (interrupted) return;
    interrupted = true;
    releaseDeadTerminalAtExit(ttys);
    finish?.();
    controller.abort();
  };
  const atExit = () => finish?.();
  for (const signal of SIGNALS) process.on(signal, stop);
  process.on('exit', atExit);
  return {
    get interrupted() {
      return interrupted;
    },
    signal: controller.signal,
    onStop(end) {
      finish = end;
      if (interrupted) end();
    },
    watch({ input, output }) {
      const failed = () => stop();
      input.on('end', stop);
      input.on('error', failed);
      output.on('error', failed);
      const loud = quietRawMode(input, stop);
      return () => {
        input.off('end', stop);
        input.off('error', failed);
        // Output errors can still arrive while the summary is printed to a closed pty.
        loud();
      };
    },
    dispose() {
      for (const signal of SIGNALS) process.off(signal, stop);
      process.off('exit', atExit);
    },
  };
}
