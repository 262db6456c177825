import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { makeTempDir } from '../log/temp.js';
import { type Call, recordingFileSystem, systemError } from './recording-fs.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

/** A file that already holds `old\n`, 0640. */
function existing(name: string): string {
  const path = join(temp.dir, name);
  writeFileSync(path, 'old\n');
  chmodSync(path, 0o640);
  return path;
}

/** `write` run under `mask`, the process's umask put back after. */
async function underUmask(mask: number, write: () => Promise<void>): Promise<void> {
  const previous = process.umask(mask);
  try {
    await write();
  } finally {
    process.umask(previous);
  }
}

describe('writeFileAtomic', () => {
  it('writes the file whole, through a temporary file', async () => {
    const path = join(temp.dir, 'call.cast');
    await writeFileAtomic(path, 'one\ntwo\n');
    await writeFileAtomic(path, 'three\n');
    expect(readFileSync(path, 'utf8')).toBe('three\n');
    expect(readdirSync(temp.dir)).toEqual(['call.cast']);
  });

  // Wider than a new file's: its user chose to share it, and replacing it keeps that.
  it('keeps the permissions of the file it replaces', async () => {
    const path = join(temp.dir, 'report.html');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o644);
    await writeFileAtomic(path, 'new\n');
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it('creates a file that was not there private to its user (0600), whatever the umask', async () => {
    const path = join(temp.dir, 'call.cast');
    await underUmask(0o000, () => writeFileAtomic(path, 'notes the customer dictated\n'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps them whatever the umask', async () => {
    const path = existing('report.html');
    await underUmask(0o077, () => writeFileAtomic(path, 'new\n'));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('leaves nothing behind when the folder is missing', async () => {
    await expect(writeFileAtomic(join(temp.dir, 'no', 'such.txt'), 'x')).rejects.toThrow();
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

/** Opening the folder, flushing its entries and closing it. */
const FOLDER_FLUSH = (dir: string): Call[] => [
  ['open', dir, 'r', undefined],
  ['sync', dir],
  ['close', dir],
];

describe('writeFileAtomic on the disk', () => {
  it('writes a hidden file beside the target, flushes it, renames it over the target, then flushes the folder', async () => {
    const path = existing('report.html');
    const { fs, calls } = recordingFileSystem();
    await writeFileAtomic(path, 'new\n', { fs });
    const tempPath = calls.find(([name]) => name === 'open')?.[1] as string;
    expect(dirname(tempPath)).toBe(temp.dir);
    expect(basename(tempPath)).toMatch(/^\.report\.html\..+\.tmp$/);
    expect(calls).toEqual([
      ['stat', path],
      ['open', tempPath, expect.stringContaining('x'), 0o640],
      ['chmod', tempPath, 0o640],
      ['writeFile', tempPath, 'new\n'],
      ['sync', tempPath],
      ['close', tempPath],
      ['rename', tempPath, path],
      ...FOLDER_FLUSH(temp.dir),
    ]);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(temp.dir)).toEqual(['report.html']);
  });

  it.each([
    ['the write', { file: { writeFile: () => Promise.reject(systemError('ENOSPC')) } }],
    ['the flush', { file: { sync: () => Promise.reject(systemError('EIO')) } }],
    ['the rename', { promises: { rename: () => Promise.reject(systemError('EACCES')) } }],
  ])('keeps the old file whole and removes the temporary one when %s fails', async (_, over) => {
    const path = existing('answers.csv');
    const { fs, calls } = recordingFileSystem(over);
    await expect(writeFileAtomic(path, 'new\n', { fs })).rejects.toMatchObject({
      code: expect.any(String),
    });
    const tempPath = calls.find(([name]) => name === 'open')?.[1];
    expect(calls.at(-1)).toEqual(['rm', tempPath]);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(temp.dir)).toEqual(['answers.csv']);
  });
});

describe('writeFileAtomic without replacing', () => {
  it('links the flushed file into place, removes the temporary name, then flushes the folder', async () => {
    const path = join(temp.dir, 'new.yaml');
    const { fs, calls } = recordingFileSystem();
    await writeFileAtomic(path, 'new\n', { replace: false, fs });
    const tempPath = calls.find(([name]) => name === 'open')?.[1] as string;
    expect(basename(tempPath)).toMatch(/^\.new\.yaml\..+\.tmp$/);
    expect(calls).toEqual([
      ['open', tempPath, expect.stringContaining('x'), 0o600],
      ['chmod', tempPath, 0o600],
      ['writeFile', tempPath, 'new\n'],
      ['sync', tempPath],
      ['close', tempPath],
      ['link', tempPath, path],
      ['rm', tempPath],
      ...FOLDER_FLUSH(temp.dir),
    ]);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(temp.dir)).toEqual(['new.yaml']);
  });

  it('creates the file private to its user, whatever the umask', async () => {
    await underUmask(0o022, () =>
      writeFileAtomic(join(temp.dir, 'mode.yaml'), 'new\n', { replace: false }),
    );
    await underUmask(0o277, () =>
      writeFileAtomic(join(temp.dir, 'strict.yaml'), 'new\n', { replace: false }),
    );
    expect(statSync(join(temp.dir, 'mode.yaml')).mode & 0o777).toBe(0o600);
    expect(statSync(join(temp.dir, 'strict.yaml')).mode & 0o777).toBe(0o600);
  });

  it('creates a shared file (a script’s text only) as the umask allows', async () => {
    await underUmask(0o022, () =>
      writeFileAtomic(join(temp.dir, 'script.yaml'), 'new\n', { shared: true }),
    );
    await underUmask(0o077, () =>
      writeFileAtomic(join(temp.dir, 'own.yaml'), 'new\n', { replace: false, shared: true }),
    );
    expect(statSync(join(temp.dir, 'script.yaml')).mode & 0o777).toBe(0o644);
    expect(statSync(join(temp.dir, 'own.yaml')).mode & 0o777).toBe(0o600);
  });

  it('refuses with EEXIST a file that is there, and leaves it and the folder as they were', async () => {
    const path = existing('mine.yaml');
    await expect(writeFileAtomic(path, 'new\n', { replace: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(temp.dir)).toEqual(['mine.yaml']);
  });

  it('refuses a file created while it was writing, instead of replacing it', async () => {
    const path = join(temp.dir, 'race.yaml');
    // Someone else's file appears after any check the caller made, before the file is put in place.
    const { fs, calls } = recordingFileSystem({
      file: {
        sync: async () => {
          writeFileSync(path, 'theirs\n');
        },
      },
    });
    await expect(writeFileAtomic(path, 'new\n', { replace: false, fs })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(path, 'utf8')).toBe('theirs\n');
    expect(readdirSync(temp.dir)).toEqual(['race.yaml']);
    expect(calls.some(([name]) => name === 'rename')).toBe(false);
  });

  it('without hard links, claims the name exclusively and renames over its own claim', async () => {
    const path = join(temp.dir, 'fat.yaml');
    const link = () => Promise.reject(systemError('EPERM'));
    const { fs, calls } = recordingFileSystem({ promises: { link } });
    await writeFileAtomic(path, 'new\n', { replace: false, fs });
    const tempPath = calls.find(([name]) => name === 'open')?.[1] as string;
    expect(calls.slice(5)).toEqual([
      ['link', tempPath, path],
      ['open', path, expect.stringContaining('x'), 0o600],
      ['close', path],
      ['rename', tempPath, path],
      ...FOLDER_FLUSH(temp.dir),
    ]);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(temp.dir)).toEqual(['fat.yaml']);

    const taken = existing('taken.yaml');
    await expect(
      writeFileAtomic(taken, 'new\n', {
        replace: false,
        fs: recordingFileSystem({ promises: { link } }).fs,
      }),
    ).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(taken, 'utf8')).toBe('old\n');
    expect(readdirSync(temp.dir).sort()).toEqual(['fat.yaml', 'taken.yaml']);
  });
});

describe('flushing the folder', () => {
  /** A disk where opening a folder fails, or flushing it does. */
  const refusing = (what: 'open' | 'sync') =>
    recordingFileSystem({
      promises: {
        async open(at, flags, mode) {
          if (flags !== 'r') return nodeFileSystem.promises.open(at, flags, mode);
          if (what === 'open') throw systemError('EISDIR');
          const folder = await nodeFileSystem.promises.open(at, flags);
          return {
            writeFile: () => Promise.reject(systemError('EBADF')),
            chmod: () => Promise.reject(systemError('EBADF')),
            sync: () => Promise.reject(systemError('EINVAL')),
            close: () => folder.close(),
          };
        },
      },
    });

  it.each(['open', 'sync'] as const)(
    'is best effort: a folder whose %s is refused does not fail the write, and is closed',
    async (what) => {
      const path = join(temp.dir, 'out.html');
      const { fs, calls } = refusing(what);
      await writeFileAtomic(path, 'new\n', { fs });
      expect(readFileSync(path, 'utf8')).toBe('new\n');
      expect(calls.at(-1)).toEqual(
        what === 'open' ? ['open', temp.dir, 'r', undefined] : ['close', temp.dir],
      );
    },
  );
});
