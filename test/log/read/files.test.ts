/**
 * Which files the reader opens: folders recursively (not the snapshots, not hidden
 * entries), files as named, glob patterns, the log folder by default.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { globToRegExp } from '../../../src/log/read/find/glob.js';
import { findSessionFiles } from '../../../src/log/read/index.js';
import { makeTempDir } from '../temp.js';

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

function list(paths: string[], logDir = root): string[] {
  return [...findSessionFiles(paths, logDir, { duplicates: 0 })].map((file) =>
    relative(root, file),
  );
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

describe('findSessionFiles', () => {
  it('walks the log folder by default, day by day, without snapshots or hidden entries', () => {
    // A file that names no session comes first: the reader will say it is no log.
    expect(list([])).toEqual([
      'archive/old/a.jsonl',
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
  });

  it('takes a named file whatever its name, and each file once', () => {
    const note = join(root, 'notes.txt');
    const day = join(root, '2026-11-23');
    expect(list([note, day, join(day, '01M84D4AV3C5JCZV4W59X8YEKF.jsonl')])).toEqual([
      'notes.txt',
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
  });

  it('expands globs: files that match, and folders that match searched whole', () => {
    expect(list([join(root, '2026-11-2?/*.jsonl')])).toEqual([
      '2026-11-23/01M84D4AV3C5JCZV4W59X8YEKF.jsonl',
      '2026-11-23/01M84E0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
    expect(list([join(root, '**/a.jsonl')])).toEqual(['archive/old/a.jsonl']);
    expect(list([join(root, '2026-11-24')])).toEqual([
      '2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl',
    ]);
    expect(list([join(root, '*-24')])).toEqual(['2026-11-24/01M85A0N5Q7R8S9T0V1W2X3Y4Z.jsonl']);
  });

  it('refuses a missing path or a pattern that matches nothing with a UsageError', () => {
    expect(() => list([join(root, 'nope')])).toThrow(UsageError);
    expect(() => list([join(root, 'nope')])).toThrow(
      expect.objectContaining({ key: 'reader.errors.missing' }),
    );
    expect(() => list([join(root, '*.csv')])).toThrow(
      expect.objectContaining({ key: 'reader.errors.noMatch' }),
    );
  });

  it('finds nothing, without an error, in a log folder that does not exist yet', () => {
    expect(list([], join(root, 'never-made'))).toEqual([]);
  });
});
