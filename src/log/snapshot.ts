/**
 * The script a session ran, kept byte for byte and stored once per content at
 * `<log-dir>/scripts/<sha256>.yaml`, so a replay shows what the agent saw even
 * after the trainer edited the script.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
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

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written);
}

/**
 * Stores the script's exact text unless a snapshot of the same content exists, and
 * returns its sha256. The text is written to a temporary file in the same folder
 * and renamed into place, so a reader never sees half a snapshot.
 * Throws a LogError when the folder cannot be written.
 */
export function snapshotScript(logDir: string, source: string | Uint8Array): string {
  const bytes = bytesOf(source);
  const sha256 = scriptSha256(bytes);
  const target = scriptSnapshotPath(logDir, sha256);
  const dir = scriptsDir(logDir);
  let temp: string | undefined;
  try {
    if (existsSync(target)) return sha256;
    ensurePrivateDir(dir);
    temp = join(dir, `.${sha256}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', FILE_MODE);
    try {
      fchmodSync(fd, FILE_MODE);
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Two sessions may race here; both files hold the same bytes, so either may win.
    renameSync(temp, target);
    temp = undefined;
    syncDir(dir);
    return sha256;
  } catch (error) {
    if (temp !== undefined) rmSync(temp, { force: true });
    throw logErrorFrom(error, dir);
  }
}
