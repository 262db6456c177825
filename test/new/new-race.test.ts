/**
 * `coach new` against a file that appears after it looked: someone else's script
 * created between the check for an existing file and the write. Run in-process
 * with the real writer; the folder creation, which comes between the two, is
 * where the other file appears.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';

const race = vi.hoisted(() => ({ path: undefined as string | undefined }));

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    mkdir: async (...args: Parameters<typeof real.mkdir>) => {
      const made = await real.mkdir(...args);
      if (race.path !== undefined) writeFileSync(race.path, 'theirs\n');
      return made;
    },
  };
});

const { default: handler } = await import('../../src/commands/new.js');

let dir: string;
beforeAll(() => initI18n('en'));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-new-race-'));
  race.path = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const run = (file: string, force = false) =>
  handler({ args: [file], opts: { color: false, force } });

describe('coach new and a file that appears while it writes', () => {
  it('refuses it as an existing file and leaves it whole, with nothing else in the folder', async () => {
    const file = join(dir, 'script.yaml');
    race.path = file;
    await expect(run(file)).rejects.toMatchObject({ key: 'new.errors.exists', exitCode: 2 });
    expect(readFileSync(file, 'utf8')).toBe('theirs\n');
    expect(readdirSync(dir)).toEqual(['script.yaml']);
  });

  it('replaces it with --force, as asked', async () => {
    const file = join(dir, 'script.yaml');
    race.path = file;
    await run(file, true);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir)).toEqual(['script.yaml']);
  });
});
