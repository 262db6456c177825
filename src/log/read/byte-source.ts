/**
 * Where the reader's bytes come from: a file on disk (opened without following
 * links, and only ever a regular file) or a log held in memory, such as a
 * session read back from the team database.
 */
import { closeSync, readSync } from 'node:fs';
import { assertRegularFile, openNoFollow } from './open-file.js';

export interface ByteSource {
  /** Copies up to `length` bytes to `buf[at..]`; fewer only at the end. */
  read(buf: Buffer, at: number, length: number): number;
  close(): void;
}

export function fileSource(path: string): ByteSource {
  const fd = openNoFollow(path);
  let checked = false;
  return {
    read(buf, at, length) {
      const n = readSync(fd, buf, at, length, null);
      // Only what fills a whole read can go on forever (a device): a stat for every
      // file would cost more than reading most sessions.
      if (n === length && !checked) checked = assertRegularFile(fd, path);
      return n;
    },
    close: () => closeSync(fd),
  };
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  let pos = 0;
  return {
    read(buf, at, length) {
      const n = Math.min(length, bytes.length - pos);
      buf.set(bytes.subarray(pos, pos + n), at);
      pos += n;
      return n;
    },
    close() {},
  };
}
