/**
 * Opening a file a log folder holds, which may be shared and may have been
 * tampered with: a symbolic link is not followed (it could lead to /dev/zero or
 * anywhere on the disk), a FIFO or a device is not waited on or read forever.
 * Only a regular file is opened for reading.
 */
import { closeSync, constants, fstatSync, openSync } from 'node:fs';

/** Thrown as a file-system error would be, with this code, for anything but a regular file. */
export const NOT_A_FILE = 'ENOTFILE';

/** A descriptor of the regular file at `path`; throws (with `code`) for anything else. */
export function openRegularFile(path: string): number {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores it.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(path), { code: NOT_A_FILE });
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
