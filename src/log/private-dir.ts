/**
 * Folders only their owner can enter. `mkdir`'s mode passes through the umask, so
 * the folders this call creates get an explicit chmod; folders that already
 * existed are the owner's choice and are left as they are.
 */
import { dirname, resolve } from 'node:path';
import { type FileSystem, nodeFileSystem } from '../io/file-system.js';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Creates `dir` and any missing parents, 0700. Throws the system error as is. */
export function ensurePrivateDir(dir: string, fs: FileSystem = nodeFileSystem): void {
  const target = resolve(dir);
  const first = fs.mkdirSync(target, { recursive: true, mode: DIR_MODE });
  if (first === undefined) return;
  const top = resolve(first);
  for (let current = target; ; current = dirname(current)) {
    fs.chmodSync(current, DIR_MODE);
    if (current === top || dirname(current) === current) break;
  }
}

/**
 * Makes a new directory entry durable: without it, a power cut can lose a file
 * whose contents were flushed. Best effort: some file systems refuse to sync a folder.
 */
export function syncDir(dir: string, fs: FileSystem = nodeFileSystem): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Nothing to do: the file's own data is already flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
