/**
 * Opening a file a log folder holds, which may be shared and may have been
 * tampered with: a symbolic link is not followed (it could lead to /dev/zero or
 * anywhere on the disk), a FIFO or a device is not waited on or read forever.
 * Only a regular file is read.
 */
import { constants, fstatSync, openSync } from 'node:fs';

/** Thrown as a file-system error would be, with this code, for anything but a regular file. */
export const NOT_A_FILE = 'ENOTFILE';

/**
 * A descriptor of what is at `path`, without following a link there. O_NONBLOCK:
 * opening a FIFO must not wait for a writer, and reading one gives what is in it
 * and ends (a regular file ignores the flag).
 */
export function openNoFollow(path: string): number {
  return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
}

/** True when `fd` is a regular file; throws (with `code`) otherwise. */
export function assertRegularFile(fd: number, path: string): true {
  if (!fstatSync(fd).isFile()) throw Object.assign(new Error(path), { code: NOT_A_FILE });
  return true;
}
