/**
 * Replaces a file's content all at once: written beside it, flushed, then renamed
 * over it, so a crash or a full disk leaves the old file or the new one, never
 * half of either. An existing file keeps its permissions.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { type FileSystem, nodeFileSystem } from './file-system.js';

/** The mode of a file this call creates, before the umask. */
const NEW_FILE_MODE = 0o644;

export async function writeFileAtomic(
  path: string,
  text: string,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  // Hidden, so that a folder walk never takes a half-written file for a real one.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const kept = await fs.promises.stat(path).then(
    (s) => s.mode & 0o777,
    () => undefined,
  );
  try {
    const handle = await fs.promises.open(temp, 'wx', kept ?? NEW_FILE_MODE);
    try {
      // The mode given to open passes through the umask; the old file's must not.
      if (kept !== undefined) await handle.chmod(kept);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, path);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}
