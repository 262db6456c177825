/**
 * The script a session ran, kept byte for byte and stored once per content at
 * `<log-dir>/scripts/<sha256>.yaml`, so a replay shows what the agent saw even
 * after the trainer edited the script.
 */
import { createHash, randomBytes } from 'node:crypto';
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

/**
 * Stores the script's exact text unless a snapshot of the same content exists, and
 * returns its sha256. The text is written to a temporary file in the same folder
 * and renamed into place, so a reader never sees half a snapshot.
 * Throws a LogError when the folder cannot be written.
 */
export function snapshotScript(
  logDir: string,
  source: string | Uint8Array,
  fs: FileSystem = nodeFileSystem,
): string {
  const bytes = bytesOf(source);
  const sha256 = scriptSha256(bytes);
  const target = scriptSnapshotPath(logDir, sha256);
  const dir = scriptsDir(logDir);
  let temp: string | undefined;
  try {
    if (fs.existsSync(target)) return sha256;
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
    fs.renameSync(temp, target);
    temp = undefined;
    syncDir(dir, fs);
    return sha256;
  } catch (error) {
    if (temp !== undefined) fs.rmSync(temp, { force: true });
    throw logErrorFrom(error, dir);
  }
}
