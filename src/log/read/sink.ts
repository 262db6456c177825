/** What reading one session file hands on, line by line and at its end. */
import type { LineFields } from './scan/fields.js';
import type { SkipCounts } from './types.js';

export type FileVerdict = 'session' | 'notSessionLog' | 'newerVersion' | 'unreadable';

/** What a reader does with the lines of one file. `text` holds the line's bytes as latin1. */
export interface SessionSink {
  begin(file: string): void;
  /** The start line (its time is in `f`: see lineTime). */
  start(f: LineFields, text: string): void;
  /** A usable event: `code` from line-rules.ts (its time is in `f`: see lineTime). */
  event(code: number, f: LineFields, text: string): void;
  /** After the last line. */
  finish(result: FileResult): void;
}

/** What reading a file gave; valid until the reader reads another file. */
export interface FileResult {
  readonly verdict: FileVerdict;
  /** Lines skipped, by reason (none for a file that is not a usable log). */
  readonly counts: Readonly<SkipCounts>;
  /**
   * Epoch ms of the last line with a time (NaN when it cannot be read), read on
   * demand while the reader has not moved on to another file: only an
   * interrupted call needs it.
   */
  lastAt(): number;
  /** `unreadable`: the system's error code. */
  readonly errorCode: string | undefined;
  /** `newerVersion`: the start line's version. */
  readonly newerV: number | undefined;
}
