/**
 * A log file read whole for sync, as the readers open it (no link followed,
 * only a regular file), into one buffer reused from file to file, with its
 * modification time taken from the same open file: if it grows while read, its
 * checkpoint holds the older time and the next sync looks again.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { NOT_A_FILE, openNoFollow } from '../../log/read/open-file.js';

export interface WholeFile {
  /** Valid until the next file is read. */
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

/** Room for what is appended while the file is read; more is read in steps of this size. */
const SLACK = 64 << 10;

export class WholeFileReader {
  #buf = Buffer.allocUnsafe(1 << 20);

  /** The file's bytes and time, or the system's error code when it cannot be read. */
  read(path: string): WholeFile | string {
    let fd: number | undefined;
    try {
      fd = openNoFollow(path);
      const stat = fstatSync(fd);
      if (!stat.isFile()) return NOT_A_FILE;
      if (this.#buf.length < stat.size + SLACK) this.#buf = Buffer.allocUnsafe(stat.size + SLACK);
      let filled = 0;
      for (;;) {
        if (filled === this.#buf.length) {
          const bigger = Buffer.allocUnsafe(this.#buf.length * 2);
          this.#buf.copy(bigger, 0, 0, filled);
          this.#buf = bigger;
        }
        const n = readSync(fd, this.#buf, filled, this.#buf.length - filled, filled);
        if (n === 0) break;
        filled += n;
      }
      return { bytes: this.#buf.subarray(0, filled), mtimeMs: stat.mtimeMs };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return typeof code === 'string' ? code : 'EIO';
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
