/**
 * The one way text leaves coach on stdout and stderr. Each stream has one sink,
 * whoever asks for it, so a failure seen by one writer is known to all: once a
 * write fails (EPIPE when the reader of `coach sessions | head` left, ENOSPC on
 * /dev/full) every later write rejects with the same OutputError, and the
 * command stops instead of computing what nobody can read. A write resolves once
 * the system has taken the text, so a slow reader slows the writer down instead
 * of filling memory.
 *
 * The error listener stays attached for good: a failure after the last write, or
 * of a write made straight to the stream, must never end the process with a
 * stack trace. `failure()` tells the command line (src/cli/main.ts) what became
 * of everything written, whoever wrote it.
 */
import type { Writable } from 'node:stream';
import { OutputError } from './output-error.js';

export interface Sink {
  /** Resolves once written; rejects with an OutputError once the stream has failed. */
  write(text: string): Promise<void>;
  /** For a caller that cannot wait (commander's help): a failure is kept for `failure()`. */
  send(text: string): void;
  /** Once what was written so far has gone out: the failure that stopped the output, if any. */
  failure(): Promise<OutputError | undefined>;
}

const sinks = new WeakMap<Writable, Sink>();

/** The sink of `stream`: the same one for every caller. */
export function createSink(stream: Writable): Sink {
  const known = sinks.get(stream);
  if (known) return known;
  let failed: OutputError | undefined;
  const fail = (error: unknown): OutputError => {
    failed ??= error instanceof OutputError ? error : new OutputError(error);
    return failed;
  };
  stream.on('error', fail);
  const write = (text: string): Promise<void> => {
    if (failed) return Promise.reject(failed);
    if (text === '') return Promise.resolve();
    return new Promise((resolve, reject) => {
      stream.write(text, (error) => (error ? reject(fail(error)) : resolve()));
    });
  };
  const sink: Sink = {
    write,
    send(text) {
      write(text).catch(() => {});
    },
    failure() {
      if (failed) return Promise.resolve(failed);
      // Written after everything before it: its callback comes once they have gone out.
      return new Promise((resolve) =>
        stream.write('', (error) => resolve(error ? fail(error) : failed)),
      );
    },
  };
  sinks.set(stream, sink);
  return sink;
}
