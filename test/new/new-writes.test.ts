/**
 * `coach new` writes through the one atomic writer (src/io/write-atomic.ts): the
 * handler, run in-process with that writer replaced, hands it the whole script
 * and never writes an existing file without --force: it checks first, and asks
 * the writer not to replace a file that appears after the check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { UsageError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';

type Write = [path: string, text: string, options: { replace?: boolean }];
const writes = vi.hoisted(() => ({ calls: [] as Write[], fail: undefined as unknown }));

vi.mock('../../src/io/write-atomic.js', () => ({
  writeFileAtomic: async (path: string, text: string, options: { replace?: boolean } = {}) => {
    if (writes.fail !== undefined) throw writes.fail;
    writes.calls.push([path, text, options]);
  },
}));

const { default: handler } = await import('../../src/commands/new.js');

let dir: string;
beforeAll(() => initI18n('en'));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-new-writes-'));
  writes.calls = [];
  writes.fail = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const run = (file: string, opts: { force?: boolean; locales?: string } = {}) =>
  handler({ args: [file], opts: { color: false, ...opts } });

describe('coach new', () => {
  it('hands the whole script to the atomic writer, once', async () => {
    const file = join(dir, 'sub', 'returns.yaml');
    await run(file, { locales: 'pt,en' });
    expect(writes.calls).toHaveLength(1);
    const [path, text] = writes.calls[0] as Write;
    expect(path).toBe(file);
    expect(parse(text)).toMatchObject({ id: 'returns', locales: ['pt', 'en'] });
  });

  it('refuses an existing file without --force before writing, and replaces it with', async () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'keep me\n');
    await expect(run(file)).rejects.toMatchObject({ key: 'new.errors.exists', exitCode: 2 });
    expect(writes.calls).toEqual([]);
    await run(file, { force: true });
    expect(writes.calls.map(([path]) => path)).toEqual([file]);
  });

  it('asks the writer never to replace a file without --force, and to replace it with', async () => {
    await run(join(dir, 'a.yaml'));
    await run(join(dir, 'b.yaml'), { force: true });
    expect(writes.calls.map(([, , options]) => options)).toEqual([
      { replace: false, shared: true },
      { replace: true, shared: true },
    ]);
  });

  it('says the file exists when one appeared after the check and the writer refused it', async () => {
    writes.fail = Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' });
    const error = await run(join(dir, 'late.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ key: 'new.errors.exists', exitCode: 2 });
  });

  it('turns a failed write into a usage error naming the file and the reason', async () => {
    writes.fail = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const error = await run(join(dir, 'x.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({
      key: 'new.errors.write',
      params: { reason: 'EACCES' },
      hint: 'new.errors.writeHint',
    });
  });
});
