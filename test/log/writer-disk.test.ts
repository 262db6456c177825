/**
 * What the disk sees from the log writer (docs/log-format.md §3, §10): a line the
 * agent saw acknowledged was written and flushed before the writer returned.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FileSystem, nodeFileSystem } from '../../src/io/file-system.js';
import { LogError } from '../../src/log/errors.js';
import { type OpenSessionLogOptions, openSessionLog } from '../../src/log/writer.js';
import type { SessionEvent } from '../../src/session/types.js';
import { callsOn, recordingFileSystem, systemError } from '../io/recording-fs.js';
import { END, enter, lines, sessionOptions, T0 } from './session-options.js';
import { makeTempDir, modeOf } from './temp.js';

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
  it('cuts a line written half-way back, keeps the action, and writes it once, in order, with the next', () => {
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
    expect(log.append(capture, T0 + 1000)).toBe(true);
    expect(log.unsaved).toEqual({ problem: 'full', actions: 1 });
    expect(calls.at(-1)).toEqual(['ftruncateSync', log.path, Buffer.byteLength(before)]);
    expect(readFileSync(log.path, 'utf8')).toBe(before);
    // Still refused: both actions wait.
    expect(log.append(enter('need'), T0 + 2000)).toBe(true);
    expect(log.unsaved).toEqual({ problem: 'full', actions: 2 });

    refuse = 'no';
    log.retry();
    expect(log.unsaved).toBeUndefined();
    expect(log.append(enter('offer'), T0 + 3000)).toBe(true);
    log.close();
    expect(lines(log.path)).toMatchObject([
      { type: 'start' },
      { step: 'greet' },
      { type: 'capture', value: '‹redacted›' },
      { type: 'enter', step: 'need' },
      { type: 'enter', step: 'offer' },
    ]);
  });

  it('names an I/O error as such, and writes what waits when the call is closed', () => {
    let failing = false;
    const { fs } = recordingFileSystem({
      fsyncSync: (fd) => {
        if (failing) throw systemError('EIO');
        nodeFileSystem.fsyncSync(fd);
      },
    });
    const log = openSessionLog(options({ fileSystem: fs }));
    failing = true;
    expect(log.append(END, T0 + 1000)).toBe(true);
    expect(log.ended).toBe(true);
    expect(log.unsaved).toEqual({ problem: 'io', actions: 1 });
    failing = false;
    log.close();
    expect(log.unsaved).toBeUndefined();
    expect(lines(log.path).map((line) => line.type)).toEqual(['start', 'end']);
  });

  it('copies the whole session to a private recovery file while the log refuses, and drops it once the log catches up', () => {
    let full = false;
    const { fs } = recordingFileSystem({
      writeSync: (fd, buffer, offset, length, position) => {
        if (full && !recoveryFd.has(fd)) throw systemError('ENOSPC');
        return nodeFileSystem.writeSync(fd, buffer, offset, length, position);
      },
      openSync: (path, flags, mode) => {
        const fd = nodeFileSystem.openSync(path, flags, mode);
        if (path.startsWith(recoveryDir)) recoveryFd.add(fd);
        return fd;
      },
    });
    const recoveryFd = new Set<number>();
    const recoveryDir = join(temp.dir, 'state', 'recovery');
    const log = openSessionLog(
      options({ fileSystem: fs, first: [enter('greet')], recoveryDirs: [recoveryDir] }),
    );
    full = true;
    log.append(enter('need'), T0 + 1000);
    const recovery = join(recoveryDir, `${log.sessionId}.jsonl`);
    expect(log.unsaved).toEqual({ problem: 'full', actions: 1, recovery });
    expect(lines(recovery).map((line) => line.type)).toEqual(['start', 'enter', 'enter']);
    expect(modeOf(statSync(recovery))).toBe(0o600);
    expect(modeOf(statSync(recoveryDir))).toBe(0o700);
    log.append(enter('offer'), T0 + 2000);
    expect(lines(recovery)).toHaveLength(4);

    full = false;
    log.append(END, T0 + 3000);
    expect(log.unsaved).toBeUndefined();
    expect(existsSync(recovery)).toBe(false);
    log.close();
    expect(lines(log.path).map((line) => line.type)).toEqual([
      'start',
      'enter',
      'enter',
      'enter',
      'end',
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
