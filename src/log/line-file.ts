/**
 * An append-only file of JSON lines, each batch written and flushed to disk before
 * the call returns (docs/log-format.md §3). Synchronous on purpose: the screen moves
 * on only once a line is stored, and the `end` line can be written from a signal
 * handler or an `exit` handler, where nothing asynchronous would finish.
 */
import { fstatSync, statSync } from 'node:fs';
import type { FileSystem } from '../io/file-system.js';
import { GONE_CODE, LogError, logErrorFrom } from './errors.js';

interface Identity {
  readonly dev: number;
  readonly ino: number;
}

function identityOf(fd: number): Identity | undefined {
  try {
    const { dev, ino } = fstatSync(fd);
    return { dev, ino };
  } catch {
    // A seam in a test may hand out numbers that are not files: nothing to compare.
    return undefined;
  }
}

export class LineFile {
  #fd: number | undefined;
  /** Bytes stored so far: every one of them ends a complete line. */
  #offset = 0;
  /** A failed write may have left bytes past #offset that could not be cut off. */
  #tail = false;
  #gone = false;
  readonly #identity: Identity | undefined;

  constructor(
    fd: number,
    readonly path: string,
    private readonly fs: FileSystem,
  ) {
    this.#fd = fd;
    this.#identity = identityOf(fd);
  }

  get open(): boolean {
    return this.#fd !== undefined;
  }

  /** True once the file was found no longer at its path: nothing written to it can be read. */
  get gone(): boolean {
    return this.#gone;
  }

  /**
   * Stores whole lines (each ending in `\n`) in one write and one flush: they reach
   * the disk together or, after a crash mid-write, up to a whole line. Throws a
   * LogError when the disk refuses (the file is then cut back to its last complete
   * line, so a retry writes the same lines once) or when the file is no longer at
   * its path (its folder deleted or unmounted: the lines reached no one).
   */
  append(text: string): void {
    const fd = this.#fd;
    if (fd === undefined || text === '') return;
    if (this.#gone) throw this.goneError();
    const bytes = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        const position = this.#offset + written;
        written += this.fs.writeSync(fd, bytes, written, bytes.length - written, position);
      }
      if (this.#tail) this.fs.ftruncateSync(fd, this.#offset + bytes.length);
      this.fs.fsyncSync(fd);
      this.#offset += bytes.length;
      this.#tail = false;
    } catch (error) {
      // A half-written line would glue itself to the next one: cut it off.
      try {
        this.fs.ftruncateSync(fd, this.#offset);
      } catch {
        // The disk refuses even that: the next write that succeeds cuts it.
        this.#tail = true;
      }
      throw logErrorFrom(error, this.path);
    }
    if (!this.inPlace()) throw this.goneError();
  }

  /**
   * Whether the open file is still the one readers find at its path; once it is
   * not, it is `gone` for good. A folder deleted or unmounted under an open file
   * lets every write succeed, into a file nobody can open again: only comparing
   * the open file with what the path names tells.
   */
  inPlace(): boolean {
    if (!this.#gone && this.#fd !== undefined && !this.sameFile(this.#fd)) this.#gone = true;
    return !this.#gone;
  }

  private sameFile(fd: number): boolean {
    const identity = this.#identity;
    if (identity === undefined) return true;
    try {
      if (fstatSync(fd).nlink === 0) return false;
      const named = statSync(this.path, { throwIfNoEntry: false });
      return named !== undefined && named.dev === identity.dev && named.ino === identity.ino;
    } catch (error) {
      // A folder made unreadable still holds the file; only a missing one does not.
      return (error as NodeJS.ErrnoException).code !== 'ENOTDIR';
    }
  }

  private goneError(): LogError {
    return new LogError('log.errors.gone', this.path, GONE_CODE);
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
