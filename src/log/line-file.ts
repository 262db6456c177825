/**
 * An append-only file of JSON lines, each batch written and flushed to disk before
 * the call returns (docs/log-format.md §3). Synchronous on purpose: the screen moves
 * on only once a line is stored, and the `end` line can be written from a signal
 * handler or an `exit` handler, where nothing asynchronous would finish.
 */
import type { FileSystem } from '../io/file-system.js';
import { logErrorFrom } from './errors.js';
import type { LogRecord } from './records.js';

export class LineFile {
  #fd: number | undefined;
  /** Bytes stored so far: every one of them ends a complete line. */
  #offset = 0;

  constructor(
    fd: number,
    readonly path: string,
    private readonly fs: FileSystem,
  ) {
    this.#fd = fd;
  }

  get open(): boolean {
    return this.#fd !== undefined;
  }

  /**
   * Stores the records, one line each, in one write and one flush: they reach the
   * disk together or, after a crash mid-write, up to a whole line. Throws a
   * LogError when the disk refuses; the file is then cut back to its last complete line.
   */
  writeLines(records: readonly LogRecord[]): void {
    const fd = this.#fd;
    if (fd === undefined || records.length === 0) return;
    const text = records.map((record) => `${JSON.stringify(record)}\n`).join('');
    const bytes = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        const position = this.#offset + written;
        written += this.fs.writeSync(fd, bytes, written, bytes.length - written, position);
      }
      this.fs.fsyncSync(fd);
      this.#offset += bytes.length;
    } catch (error) {
      // A half-written line would glue itself to the next one: cut it off.
      try {
        this.fs.ftruncateSync(fd, this.#offset);
      } catch {
        // The disk refuses even that; readers skip a broken line.
      }
      throw logErrorFrom(error, this.path);
    }
  }

  /** Safe to call more than once. */
  close(): void {
    const fd = this.#fd;
    this.#fd = undefined;
    if (fd === undefined) return;
    try {
      this.fs.closeSync(fd);
    } catch {
      // Every line was flushed when it was written; a failing close loses nothing.
    }
  }
}
