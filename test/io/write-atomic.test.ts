import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { makeTempDir } from '../log/temp.js';
import { recordingFileSystem, systemError } from './recording-fs.js';

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

describe('writeFileAtomic', () => {
  it('writes the file whole, through a temporary file', async () => {
    const path = join(temp.dir, 'call.cast');
    await writeFileAtomic(path, 'one\ntwo\n');
    await writeFileAtomic(path, 'three\n');
    expect(readFileSync(path, 'utf8')).toBe('three\n');
    expect(readdirSync(temp.dir)).toEqual(['call.cast']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(temp.dir, 'script.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps them whatever the umask', async () => {
    const path = existing('report.html');
    const previous = process.umask(0o077);
    try {
      await writeFileAtomic(path, 'new\n');
    } finally {
      process.umask(previous);
    }
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('leaves nothing behind when the folder is missing', async () => {
    await expect(writeFileAtomic(join(temp.dir, 'no', 'such.txt'), 'x')).rejects.toThrow();
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

describe('writeFileAtomic on the disk', () => {
  it('writes a hidden file beside the target, flushes it, then renames it over the target', async () => {
    const path = existing('report.html');
    const { fs, calls } = recordingFileSystem();
    await writeFileAtomic(path, 'new\n', fs);
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
    await expect(writeFileAtomic(path, 'new\n', fs)).rejects.toMatchObject({
      code: expect.any(String),
    });
    const tempPath = calls.find(([name]) => name === 'open')?.[1];
    expect(calls.at(-1)).toEqual(['rm', tempPath]);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(temp.dir)).toEqual(['answers.csv']);
  });
});
