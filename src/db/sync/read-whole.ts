/**
 * A log file read whole for sync, as the readers open it (no link followed,
 * only a regular file) and with its size and modification time taken from the
 * same open file: if it grows while read, its checkpoint holds the older time
 * and the next sync looks again.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { NOT_A_FILE, openNoFollow } from '../../log/read/open-file.js';

export interface WholeFile {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

const CHUNK = 1 << 20;

/** The file's bytes and time, or the system's error code when it cannot be read. */
export function readWhole(path: string): WholeFile | string {
  let fd: number | undefined;
  try {
    fd = openNoFollow(path);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return NOT_A_FILE;
    let bytes = Buffer.allocUnsafe(Math.max(stat.size, 1) + CHUNK);
    let filled = 0;
    for (;;) {
      if (filled === bytes.length) bytes = Buffer.concat([bytes, Buffer.allocUnsafe(CHUNK)]);
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: bytes.subarray(0, filled), mtimeMs: stat.mtimeMs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return typeof code === 'string' ? code : 'EIO';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
