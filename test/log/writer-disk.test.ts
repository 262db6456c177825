/**
 * What the disk sees from the log writer (docs/log-format.md §3, §10): a line the
 * agent saw acknowledged was written and flushed before the writer returned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FileSystem, nodeFileSystem } from '../../src/io/file-system.js';
import { LogError } from '../../src/log/errors.js';
import { type OpenSessionLogOptions, openSessionLog } from '../../src/log/writer.js';
import type { SessionEvent } from '../../src/session/types.js';
import { callsOn, recordingFileSystem, systemError } from '../io/recording-fs.js';
import { END, enter, lines, sessionOptions, T0 } from './session-options.js';
import { makeTempDir } from './temp.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const options = (over: Partial<OpenSessionLogOptions> = {}) => sessionOptions(temp.dir, over);
const capture: SessionEvent = { type: 'capture', step: 'name', var: 'customer', value: 'Ana' };

/** The bytes the file gained since it held `before`. */
const grownBy = (path: string, before: string) => readFileSync(path, 'utf8').slice(before.length);

describe('the session log on the disk', () => {
  it('creates the file exclusively and 0600, and flushes the start line with the first events before returning', () => {
    const { fs, calls } = recordingFileSystem();
    const log = openSessionLog(options({ fileSystem: fs, first: [enter('greet')] }));
    const { path } = log;
    const text = readFileSync(path, 'utf8');
    expect(lines(path)).toMatchObject([{ type: 'start' }, { type: 'enter', step: 'greet' }]);
    expect(callsOn(calls, path)).toEqual([
      ['openSync', path, expect.stringContaining('x'), 0o600],
      ['fchmodSync', path, 0o600],
      ['writeSync', path, text, 0],
      ['fsyncSync', path],
    ]);
    // The new file's folder entry is flushed too, after the file's content.
    const flushed = (p: string) => calls.findIndex((c) => c[0] === 'fsyncSync' && c[1] === p);
    expect(flushed(dirname(path))).toBeGreaterThan(flushed(path));
    log.close();
  });

  it("flushes each action's events, in one write, before appendAll returns", () => {
    const { fs, calls } = recordingFileSystem();
    const log = openSessionLog(options({ fileSystem: fs }));
    const { path } = log;
    for (const [i, events] of [[capture, enter('need')], [enter('offer')]].entries()) {
      const before = readFileSync(path, 'utf8');
      calls.length = 0;
      expect(log.appendAll(events, T0 + 1000 * (i + 1))).toBe(true);
      const added = grownBy(path, before);
      expect(added.split('\n')).toHaveLength(events.length + 1);
      expect(calls).toEqual([
        ['writeSync', path, added, Buffer.byteLength(before)],
        ['fsyncSync', path],
      ]);
    }
    log.close();
  });

  it('flushes the end line before append returns, then writes nothing more and closes once', () => {
    const { fs, calls } = recordingFileSystem();
    const log = openSessionLog(options({ fileSystem: fs }));
    const before = readFileSync(log.path, 'utf8');
    calls.length = 0;
    expect(log.append(END, T0 + 5000)).toBe(true);
    const added = grownBy(log.path, before);
    expect(JSON.parse(added)).toMatchObject({ type: 'end' });
    expect(calls).toEqual([
      ['writeSync', log.path, added, Buffer.byteLength(before)],
      ['fsyncSync', log.path],
    ]);
    expect(log.append({ type: 'note', step: 'thanks', text: 'late' }, T0 + 6000)).toBe(false);
    log.close();
    log.close();
    expect(calls.slice(2)).toEqual([['closeSync', log.path]]);
  });
});

describe('when the disk refuses', () => {
  it('cuts a line written half-way back to the last complete one, and goes on from there', () => {
    let refuse: 'no' | 'half-way' | 'then' = 'no';
    const writeSync: FileSystem['writeSync'] = (fd, buffer, offset, length, position) => {
      if (refuse === 'no') return nodeFileSystem.writeSync(fd, buffer, offset, length, position);
      if (refuse === 'then') throw systemError('ENOSPC');
      refuse = 'then';
      return nodeFileSystem.writeSync(fd, buffer, offset, Math.floor(length / 2), position);
    };
    const { fs, calls } = recordingFileSystem({ writeSync });
    const log = openSessionLog(options({ fileSystem: fs, first: [enter('greet')] }));
    const before = readFileSync(log.path, 'utf8');
    refuse = 'half-way';
    expect(() => log.append(capture, T0 + 1000)).toThrow(
      expect.objectContaining({ key: 'log.errors.full', path: log.path }),
    );
    expect(calls.at(-1)).toEqual(['ftruncateSync', log.path, Buffer.byteLength(before)]);
    expect(readFileSync(log.path, 'utf8')).toBe(before);

    refuse = 'no';
    expect(log.append(enter('need'), T0 + 2000)).toBe(true);
    log.close();
    expect(lines(log.path)).toMatchObject([
      { type: 'start' },
      { step: 'greet' },
      { type: 'enter', step: 'need' },
    ]);
  });

  it('leaves no file when the start line cannot be flushed', () => {
    const { fs } = recordingFileSystem({
      fsyncSync: () => {
        throw systemError('EIO');
      },
    });
    let caught: unknown;
    try {
      openSessionLog(options({ fileSystem: fs }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogError);
    expect((caught as LogError).code).toBe('EIO');
    expect(readdirSync(dirname((caught as LogError).path))).toEqual([]);
  });
});
