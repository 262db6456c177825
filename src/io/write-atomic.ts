/**
 * Writes a file's content all at once: written beside it, flushed, then put in
 * place, so a crash or a full disk leaves the old file or the new one (or none),
 * never half of either. The folder is flushed last, so that after a power cut the
 * name points at the new content, not back at the old.
 *
 * A file that may hold what customers said (a report's skip reasons, a
 * recording's notes and captured values) is created private to its user (0600),
 * whatever the umask; that is the default. Files made only of a script's text
 * (the script, its lock, a preview, a translator's hand-off) are `shared`: created
 * as the umask allows, like any editor's. A file that is already there keeps its
 * permissions: that is how a user asks for another mode (create or chmod the file
 * first), and replacing a file never widens or narrows who can read it.
 *
 * By default the new file replaces whatever is there (a rename). With `replace:
 * false` it is linked into place instead, which fails with EEXIST when a file is
 * there, even one created after the caller looked: nothing it did not mean to
 * touch is ever replaced.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { type FileSystem, nodeFileSystem } from './file-system.js';

/** The mode of a file this call creates: its user's alone, or as the umask allows. */
const PRIVATE_MODE = 0o600;
const SHARED_MODE = 0o666;

/** What `link` fails with where the file system has no hard links (FAT, some shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

export interface AtomicWriteOptions {
  /** False: fail with EEXIST rather than replace a file. Default true. */
  readonly replace?: boolean;
  /** True for a file holding only a script's text: created as the umask allows, not 0600. */
  readonly shared?: boolean;
  /** The disk; a test puts a recording one in its place. */
  readonly fs?: FileSystem;
}

export async function writeFileAtomic(
  path: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const replace = options.replace ?? true;
  // Hidden, so that a folder walk never takes a half-written file for a real one.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const kept = replace
    ? await fs.promises.stat(path).then(
        (s) => s.mode & 0o777,
        () => undefined,
      )
    : undefined;
  const fresh = options.shared === true ? SHARED_MODE : PRIVATE_MODE;
  try {
    const handle = await fs.promises.open(temp, 'wx', kept ?? fresh);
    try {
      // The mode given to open passes through the umask; the old file's must not,
      // nor may a private one (a umask of 000 would leave it open to all).
      if (kept !== undefined || options.shared !== true) await handle.chmod(kept ?? fresh);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (replace) await fs.promises.rename(temp, path);
    else await linkInPlace(fs, temp, path);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(fs, dirname(path));
}

/** Puts `temp` at `path` unless a file is there; `temp` is gone afterwards. */
async function linkInPlace(fs: FileSystem, temp: string, path: string): Promise<void> {
  try {
    await fs.promises.link(temp, path);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // No hard links here: claim the name with an empty file only this call can
    // create, then rename the written one over its own claim.
    const claim = await fs.promises.open(path, 'wx', PRIVATE_MODE);
    await claim.close();
    await fs.promises.rename(temp, path).catch(async (failed: unknown) => {
      await fs.promises.rm(path, { force: true });
      throw failed;
    });
    return;
  }
  await fs.promises.rm(temp, { force: true });
}

/**
 * Flushes the folder's entries. Best effort: some systems cannot open a folder
 * (Windows) or refuse to flush one, and the file itself is already on the disk.
 */
async function syncFolder(fs: FileSystem, dir: string): Promise<void> {
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing more to do.
  }
}
