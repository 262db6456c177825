/**
 * Opening a session to replay: which records are refused with which usage error,
 * and what is said before anything is shown (lines left out, a missing snapshot).
 */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import { emptyCounts } from '../../src/log/read/tally.js';
import type { SessionRecord } from '../../src/log/read/types.js';
import { openReplay, replayable } from '../../src/replay/open.js';
import { removeTemps, tempDir } from '../run/cli.js';
import { SERVICE_CALL, SERVICE_CYCLE, writeSession } from './logdir.js';

beforeAll(() => initI18n('en'));
afterEach(removeTemps);

const BARE: SessionRecord = {
  file: 'x.jsonl',
  events: [],
  status: 'interrupted',
  lastAt: 0,
  counts: emptyCounts(),
};

/** The usage error `run` throws, or a failure when it throws none or another. */
async function usageError(run: () => unknown): Promise<UsageError> {
  const error = await (async () => run())().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('replayable', () => {
  it('refuses an unreadable file, one from a newer coach and one that is not a log', async () => {
    const unreadable = await usageError(() =>
      replayable({ ...BARE, unreadable: 'EACCES', notALog: true }, 'a.jsonl'),
    );
    expect([unreadable.key, unreadable.params]).toEqual([
      'replay.errors.unreadable',
      { path: 'a.jsonl', code: 'EACCES' },
    ]);
    const newer = await usageError(() =>
      replayable({ ...BARE, newerFormat: 3, notALog: true }, 'b.jsonl'),
    );
    expect([newer.key, newer.params]).toEqual([
      'replay.errors.newer',
      { path: 'b.jsonl', version: 3 },
    ]);
    const notALog = await usageError(() => replayable({ ...BARE, notALog: true }, 'c.jsonl'));
    expect([notALog.key, notALog.params]).toEqual(['replay.errors.notALog', { path: 'c.jsonl' }]);
  });
});

describe('openReplay', () => {
  it('gives the record and its script, with nothing to say about a sound log', async () => {
    const logDir = tempDir();
    const { file, id } = writeSession(logDir, SERVICE_CALL);
    const opened = await openReplay(id, logDir, 'en');
    expect(opened.file).toBe(file);
    expect(opened.record.header.session).toBe(id);
    expect(opened.script?.id).toBe(SERVICE_CYCLE.id);
    expect(opened.notices).toEqual([]);
  });

  it('says how many lines were left out', async () => {
    const logDir = tempDir();
    const { file } = writeSession(logDir, SERVICE_CALL.slice(0, 2));
    appendFileSync(file, '{"t":"2026-11-23T14:3');
    const opened = await openReplay(file, logDir, 'en');
    expect(opened.notices).toEqual(['1 line of the log could not be read and was left out']);
    expect(opened.script).toBeDefined();
  });

  it('without the snapshot gives no script, and says which snapshot is missing', async () => {
    const logDir = tempDir();
    const { id } = writeSession(logDir, SERVICE_CALL);
    rmSync(join(logDir, 'scripts'), { recursive: true });
    const opened = await openReplay(id, logDir, 'en');
    expect(opened.script).toBeUndefined();
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toContain(
      `(snapshot ${opened.record.header.script.sha256}) is missing`,
    );
  });

  it('refuses a file that is not a session log, and one from a newer coach', async () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.jsonl');
    writeFileSync(notes, '{"hello":1}\n');
    const notALog = await usageError(() => openReplay(notes, dir, 'en'));
    expect([notALog.key, notALog.params]).toEqual(['replay.errors.notALog', { path: notes }]);

    const future = join(dir, 'future.jsonl');
    writeFileSync(future, '{"t":"2026-11-23T14:32:01.123Z","type":"start","v":9}\n');
    const newer = await usageError(() => openReplay(future, dir, 'en'));
    expect([newer.key, newer.params]).toEqual([
      'replay.errors.newer',
      { path: future, version: 9 },
    ]);
  });

  it('refuses a session it cannot find', async () => {
    const logDir = tempDir();
    const error = await usageError(() => openReplay('01M84D4AV3C5JCZV4W59X8YEKF', logDir, 'en'));
    expect(error.key).toBe('replay.errors.notFound');
  });
});
