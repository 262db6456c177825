/**
 * The script a session ran, kept byte for byte and stored once per content at
 * `<log-dir>/scripts/<sha256>.yaml`, so a replay shows what the agent saw even
 * after the trainer edited the script.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { type FileSystem, nodeFileSystem } from '../io/file-system.js';
import { scriptSnapshotPath, scriptsDir } from './dir.js';
import { logErrorFrom } from './errors.js';
import { ensurePrivateDir, FILE_MODE, syncDir } from './private-dir.js';

function bytesOf(source: string | Uint8Array): Uint8Array {
  return typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
}

/** sha256 of the script's bytes (a string is taken as UTF-8), lower-case hex. */
export function scriptSha256(source: string | Uint8Array): string {
  return createHash('sha256').update(bytesOf(source)).digest('hex');
}

function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    written += fs.writeSync(fd, bytes, written, bytes.length - written, null);
  }
}

/** Whether a regular file is at `path`, not following a link: only such a file is a snapshot. */
function regularFileAt(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

/** A folder in the way refuses a rename over it this way; the call goes on without its snapshot. */
const FOLDER_IN_THE_WAY = new Set(['EISDIR', 'ENOTEMPTY', 'EEXIST']);

/**
 * Stores the script's exact text unless a snapshot of the same content exists, and
 * returns its sha256. The text is written to a temporary file in the same folder
 * and renamed into place, so a reader never sees half a snapshot. Whatever else
 * stands at the snapshot's path (a link, a FIFO, a device) is never opened, so
 * nothing can hang or lead elsewhere: the rename replaces it. A folder there
 * stays, and `blocked` names it: the call's script is not kept. Throws a LogError
 * when the folder cannot be written.
 */
export function storeSnapshot(
  logDir: string,
  source: string | Uint8Array,
  fs: FileSystem = nodeFileSystem,
): { readonly sha256: string; readonly blocked?: string } {
  const bytes = bytesOf(source);
  const sha256 = scriptSha256(bytes);
  const target = scriptSnapshotPath(logDir, sha256);
  const dir = scriptsDir(logDir);
  let temp: string | undefined;
  try {
    if (regularFileAt(target)) return { sha256 };
    ensurePrivateDir(dir, fs);
    temp = join(dir, `.${sha256}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const fd = fs.openSync(temp, 'wx', FILE_MODE);
    try {
      fs.fchmodSync(fd, FILE_MODE);
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Two sessions may race here; both files hold the same bytes, so either may win.
    try {
      fs.renameSync(temp, target);
    } catch (error) {
      if (!FOLDER_IN_THE_WAY.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      fs.rmSync(temp, { force: true });
      return { sha256, blocked: target };
    }
    temp = undefined;
    syncDir(dir, fs);
    return { sha256 };
  } catch (error) {
    if (temp !== undefined) fs.rmSync(temp, { force: true });
    throw logErrorFrom(error, dir);
  }
}
