import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DAY_FOLDER,
  dayFolderName,
  resolveLogDir,
  SESSION_FILE,
  scriptSnapshotPath,
  sessionLogPath,
} from '../../src/log/dir.js';

const HOME = '/home/ana';

describe('resolveLogDir', () => {
  it('prefers --log-dir over everything', () => {
    const env = { COACH_LOG_DIR: '/env/logs', XDG_DATA_HOME: '/xdg' };
    expect(resolveLogDir('/flag/logs', env, HOME)).toBe('/flag/logs');
  });

  it('uses COACH_LOG_DIR without a flag', () => {
    const env = { COACH_LOG_DIR: '/env/logs', XDG_DATA_HOME: '/xdg' };
    expect(resolveLogDir(undefined, env, HOME)).toBe('/env/logs');
  });

  it('uses XDG_DATA_HOME next', () => {
    expect(resolveLogDir(undefined, { XDG_DATA_HOME: '/xdg' }, HOME)).toBe('/xdg/coach/sessions');
  });

  it('falls back to ~/.local/share/coach/sessions', () => {
    expect(resolveLogDir(undefined, {}, HOME)).toBe('/home/ana/.local/share/coach/sessions');
  });

  it('ignores empty values and a relative XDG_DATA_HOME', () => {
    const env = { COACH_LOG_DIR: '', XDG_DATA_HOME: 'relative/data' };
    expect(resolveLogDir('  ', env, HOME)).toBe('/home/ana/.local/share/coach/sessions');
  });

  it('expands ~ and makes relative paths absolute', () => {
    expect(resolveLogDir('~/logs', {}, HOME)).toBe('/home/ana/logs');
    expect(resolveLogDir(undefined, { COACH_LOG_DIR: '~' }, HOME)).toBe(HOME);
    expect(resolveLogDir('logs', {}, HOME)).toBe(resolve('logs'));
  });

  it('ignores a flag that is not a string', () => {
    expect(resolveLogDir(true, { COACH_LOG_DIR: '/env' }, HOME)).toBe('/env');
  });
});

describe('layout', () => {
  it('names the day folder by the UTC date', () => {
    expect(dayFolderName(Date.UTC(2026, 10, 23, 23, 59, 59, 999))).toBe('2026-11-23');
    expect(dayFolderName(Date.UTC(2026, 10, 24, 0, 0, 0, 0))).toBe('2026-11-24');
    expect(dayFolderName(0)).toMatch(DAY_FOLDER);
  });

  it('places session files and snapshots', () => {
    const id = '01KAQ3Z8X0ABCDEFGHJKMNPQRS';
    expect(sessionLogPath('/logs', Date.UTC(2026, 0, 2), id)).toBe(
      join('/logs', '2026-01-02', `${id}.jsonl`),
    );
    expect(SESSION_FILE.test(`${id}.jsonl`)).toBe(true);
    // Only an id names a session file: not a letter Crockford leaves out, nor a dot that is not one.
    for (const name of [
      `${id}.jsonl.tmp`,
      `${id}xjsonl`,
      `${id.slice(1)}I.jsonl`,
      `.${id}.jsonl`,
    ]) {
      expect(SESSION_FILE.test(name), name).toBe(false);
    }
    expect(scriptSnapshotPath('/logs', 'ab12')).toBe('/logs/scripts/ab12.yaml');
  });
});
