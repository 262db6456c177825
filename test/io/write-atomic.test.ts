import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { makeTempDir } from '../log/temp.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

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

  it('leaves nothing behind when the folder is missing', async () => {
    await expect(writeFileAtomic(join(temp.dir, 'no', 'such.txt'), 'x')).rejects.toThrow();
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});
