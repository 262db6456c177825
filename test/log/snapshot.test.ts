import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scriptSnapshotPath, scriptsDir } from '../../src/log/dir.js';
import { LogError } from '../../src/log/errors.js';
import { scriptSha256, storeSnapshot } from '../../src/log/snapshot.js';
import { callsOn, recordingFileSystem, systemError } from '../io/recording-fs.js';
import { makeTempDir, modeOf } from './temp.js';

/** The sha256 of a stored snapshot. */
const snapshotScript = (...args: Parameters<typeof storeSnapshot>) => storeSnapshot(...args).sha256;

// A BOM, CRLF line ends and non-ASCII text: all must survive byte for byte.
const SOURCE = '\uFEFFcoach: 1\r\nid: devolucoes\r\ntitle: { pt: Devoluções, bn: ফেরত }\r\n';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

describe('snapshotScript', () => {
  it('stores the exact text at scripts/<sha256>.yaml, private to its owner', () => {
    const logDir = join(temp.dir, 'logs');
    const sha = snapshotScript(logDir, SOURCE);
    expect(sha).toBe(createHash('sha256').update(SOURCE, 'utf8').digest('hex'));
    const file = scriptSnapshotPath(logDir, sha);
    expect(readFileSync(file, 'utf8')).toBe(SOURCE);
    expect(modeOf(statSync(file))).toBe(0o600);
    expect(modeOf(statSync(join(logDir, 'scripts')))).toBe(0o700);
    expect(modeOf(statSync(logDir))).toBe(0o700);
  });

  it('writes a snapshot once and leaves an existing one alone', () => {
    const sha = snapshotScript(temp.dir, SOURCE);
    const file = scriptSnapshotPath(temp.dir, sha);
    writeFileSync(file, 'kept as found');
    const before = statSync(file);
    expect(snapshotScript(temp.dir, Buffer.from(SOURCE, 'utf8'))).toBe(sha);
    expect(readFileSync(file, 'utf8')).toBe('kept as found');
    expect(statSync(file).ino).toBe(before.ino);
    expect(readdirSync(join(temp.dir, 'scripts'))).toEqual([`${sha}.yaml`]);
  });

  it('keeps bytes that are not UTF-8 as they are', () => {
    const bytes = Uint8Array.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]);
    const sha = snapshotScript(temp.dir, bytes);
    expect(sha).toBe(scriptSha256(bytes));
    expect([...readFileSync(scriptSnapshotPath(temp.dir, sha))]).toEqual([...bytes]);
  });

  it('gives different texts different snapshots', () => {
    const a = snapshotScript(temp.dir, 'id: a\n');
    const b = snapshotScript(temp.dir, 'id: b\n');
    expect(a).not.toBe(b);
    expect(readdirSync(join(temp.dir, 'scripts')).sort()).toEqual(
      [`${a}.yaml`, `${b}.yaml`].sort(),
    );
  });

  it('throws a LogError when the folder cannot be made', () => {
    const blocker = join(temp.dir, 'not-a-folder');
    writeFileSync(blocker, '');
    expect(() => snapshotScript(blocker, SOURCE)).toThrow(LogError);
  });
});

describe('snapshotScript on the disk', () => {
  it('writes a hidden file beside the snapshot, 0600, flushes it, renames it into place, then flushes the folder', () => {
    const { fs, calls } = recordingFileSystem();
    const sha = snapshotScript(temp.dir, SOURCE, fs);
    const target = scriptSnapshotPath(temp.dir, sha);
    const dir = scriptsDir(temp.dir);
    const tempPath = calls.find(([name]) => name === 'renameSync')?.[1] as string;
    expect(dirname(tempPath)).toBe(dir);
    expect(basename(tempPath).startsWith(`.${sha}.`)).toBe(true);
    expect(callsOn(calls, tempPath)).toEqual([
      ['openSync', tempPath, expect.stringContaining('x'), 0o600],
      ['fchmodSync', tempPath, 0o600],
      ['writeSync', tempPath, SOURCE, null],
      ['fsyncSync', tempPath],
      ['closeSync', tempPath],
      ['renameSync', tempPath, target],
    ]);
    const renamed = calls.findIndex(([name]) => name === 'renameSync');
    expect(calls.slice(renamed + 1)).toContainEqual(['fsyncSync', dir]);
    expect(readFileSync(target, 'utf8')).toBe(SOURCE);
  });

  it('removes its temporary file when the disk refuses, and throws a LogError', () => {
    const { fs, calls } = recordingFileSystem({
      fsyncSync: () => {
        throw systemError('ENOSPC');
      },
    });
    expect(() => snapshotScript(temp.dir, SOURCE, fs)).toThrow(
      expect.objectContaining({ key: 'log.errors.full' }),
    );
    const tempPath = calls.find(([name]) => name === 'openSync')?.[1];
    expect(calls.at(-1)).toEqual(['rmSync', tempPath]);
    expect(readdirSync(scriptsDir(temp.dir))).toEqual([]);
  });
});
