/**
 * Which files the reader opens: folders recursively (not the snapshots, not hidden
 * entries), files as named, glob patterns, the log folder by default.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { findLogFiles, globToRegExp } from '../../src/log/read/index.js';
import { makeTempDir } from '../log/temp.js';

const temp = makeTempDir();
afterAll(temp.remove);
const root = temp.dir;

const FILES = [
  '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
  '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
  '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
  'archive/old/a.jsonl',
  'scripts/x.jsonl',
  'scripts/abc.yaml',
  '.hidden/b.jsonl',
  '2026-11-24/.tmp.jsonl',
  'notes.txt',
];
for (const file of FILES) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), '');
}

async function list(paths: string[], logDir = root): Promise<string[]> {
  const out: string[] = [];
  for await (const file of findLogFiles(paths, logDir)) out.push(relative(root, file));
  return out;
}

describe('globToRegExp', () => {
  it.each([
    ['*.jsonl', 'a.jsonl', true],
    ['*.jsonl', 'd/a.jsonl', false],
    ['**/*.jsonl', 'a.jsonl', true],
    ['**/*.jsonl', 'd/e/a.jsonl', true],
    ['d/**', 'd/e/a.jsonl', true],
    ['2026-11-?3/*.jsonl', '2026-11-23/x.jsonl', true],
    ['2026-11-?3/*.jsonl', '2026-11-24/x.jsonl', false],
    ['a.b', 'axb', false],
    ['(x)+[y]', '(x)+[y]', true],
  ])('%s on %s → %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('findLogFiles', () => {
  it('walks the log folder by default, in name order, without snapshots or hidden entries', async () => {
    expect(await list([])).toEqual([
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
      'archive/old/a.jsonl',
    ]);
  });

  it('takes a named file whatever its name, and each file once', async () => {
    const note = join(root, 'notes.txt');
    const day = join(root, '2026-11-23');
    expect(await list([note, day, join(day, '01M84D4AV3C5JCZV4W59X8YEKF.jsonl')])).toEqual([
      'notes.txt',
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
  });

  it('expands globs: files that match, and folders that match searched whole', async () => {
    expect(await list([join(root, '2026-11-2?/*.jsonl')])).toEqual([
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
    expect(await list([join(root, '**/a.jsonl')])).toEqual(['archive/old/a.jsonl']);
    expect(await list([join(root, '2026-11-24')])).toEqual([
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
    expect(await list([join(root, '*-24')])).toEqual([
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
  });

  it('refuses a missing path or a pattern that matches nothing with a UsageError', async () => {
    await expect(list([join(root, 'nope')])).rejects.toBeInstanceOf(UsageError);
    await expect(list([join(root, 'nope')])).rejects.toMatchObject({
      exitCode: 2,
      key: 'reader.errors.missing',
    });
    await expect(list([join(root, '*.csv')])).rejects.toMatchObject({
      key: 'reader.errors.noMatch',
    });
  });

  it('finds nothing, without an error, in a log folder that does not exist yet', async () => {
    expect(await list([], join(root, 'never-made'))).toEqual([]);
  });
});
