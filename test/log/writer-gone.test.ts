/**
 * A log folder deleted (or unmounted) during a call (docs/log-format.md §10): the
 * writes into the open file still succeed, into a file nobody can open again, so
 * the writer compares the open file with what its path names after each write.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenSessionLogOptions, openSessionLog } from '../../src/log/writer.js';
import { END, enter, lines, sessionOptions, T0 } from './session-options.js';
import { makeTempDir } from './temp.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const options = (over: Partial<OpenSessionLogOptions> = {}) => sessionOptions(temp.dir, over);

describe('a log folder deleted during the call', () => {
  it('is noticed on the next action, which goes with the whole session to the recovery file', () => {
    const recoveryDir = join(temp.dir, 'state', 'recovery');
    const log = openSessionLog(options({ first: [enter('greet')], recoveryDirs: [recoveryDir] }));
    expect(log.append(enter('need'), T0 + 1000)).toBe(true);
    rmSync(join(temp.dir, 'logs'), { recursive: true });

    expect(log.append(enter('offer'), T0 + 2000)).toBe(true);
    const recovery = join(recoveryDir, `${log.sessionId}.jsonl`);
    expect(log.unsaved).toEqual({ problem: 'gone', actions: 1, recovery });
    log.append(END, T0 + 3000);
    log.close();
    // The log is never written again, even where a folder of that name comes back.
    expect(existsSync(log.path)).toBe(false);
    expect(lines(recovery).map((line) => [line.type, line.step])).toEqual([
      ['start', undefined],
      ['enter', 'greet'],
      ['enter', 'need'],
      ['enter', 'offer'],
      ['end', undefined],
    ]);
  });

  it('is noticed between actions too (retry), and says so when no recovery folder can take the call', () => {
    // A file where the recovery folder's parent should be: no folder can take it.
    writeFileSync(join(temp.dir, 'a-file'), '');
    const log = openSessionLog(options({ recoveryDirs: [join(temp.dir, 'a-file', 'recovery')] }));
    rmSync(join(temp.dir, 'logs'), { recursive: true });
    log.retry();
    expect(log.unsaved).toEqual({ problem: 'gone', actions: 0 });
    log.append(enter('need'), T0 + 1000);
    expect(log.unsaved).toMatchObject({ problem: 'gone', actions: 1 });
    expect(log.unsaved?.recovery).toBeUndefined();
    log.close();
  });
});
