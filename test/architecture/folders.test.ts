/**
 * The layout docs/architecture.md describes: folders depend on each other one
 * way only, and no source file grows past what one reading holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf, type SourceFile, sourceFiles } from './source-graph.js';

const MAX_LINES = 200;

describe('the source layout', () => {
  const files = sourceFiles();

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.find((f) => f.path === 'cli/main.ts')?.imports).toContain('errors.ts');
  });

  it('has no import cycle between folders', () => {
    expect(folderCycles(files)).toEqual([]);
  });

  it(`keeps every file under ${MAX_LINES} lines`, () => {
    const long = files.filter((f) => f.lines > MAX_LINES).map((f) => `${f.path}: ${f.lines}`);
    expect(long).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const file = (path: string, imports: string[]): SourceFile => ({ path, lines: 1, imports });

  it('reports two folders that import each other, with the imports that tie them', () => {
    const cycles = folderCycles([file('a/x.ts', ['b/y.ts']), file('b/y.ts', ['a/z.ts'])]);
    expect(cycles).toEqual([expect.arrayContaining(['a/x.ts → b/y.ts', 'b/y.ts → a/z.ts'])]);
  });

  it('reports a cycle through a third folder and ignores imports within a folder', () => {
    const files = [
      file('a/x.ts', ['a/w.ts', 'b/y.ts']),
      file('b/y.ts', ['c/z.ts']),
      file('c/z.ts', ['a/w.ts']),
      file('d/v.ts', ['a/x.ts']),
    ];
    expect(folderCycles(files)).toHaveLength(1);
    expect(folderCycles([file('a/x.ts', ['a/w.ts']), file('d/v.ts', ['a/x.ts'])])).toEqual([]);
  });

  it('lets a folder and its own sub-folders use each other, but not sibling sub-folders', () => {
    const parts = [file('a/index.ts', ['a/b/x.ts']), file('a/b/x.ts', ['a/types.ts'])];
    expect(folderCycles(parts)).toEqual([]);
    const siblings = [file('a/b/x.ts', ['a/c/y.ts']), file('a/c/y.ts', ['a/b/z.ts'])];
    expect(folderCycles(siblings)).toHaveLength(1);
  });
});

describe('docs/architecture.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../docs/architecture.md'), 'utf8');
  /** The folders of the doc's table, in its order: each may use only those before it. */
  const order = [...doc.matchAll(/^\| `([a-z0-9/-]+)\/` +\|/gm)].map((m) => m[1] as string);
  const rank = (folder: string) => {
    const top = order.includes(folder) ? folder : folder.split('/')[0];
    return order.indexOf(top as string);
  };

  it('lists every folder of src/', () => {
    const folders = new Set(sourceFiles().map((f) => folderOf(f.path).split('/')[0] as string));
    folders.delete('.');
    expect([...folders].filter((folder) => !order.includes(folder))).toEqual([]);
  });

  it('orders the folders the way they depend on each other', () => {
    const upward = sourceFiles().flatMap((file) =>
      file.imports
        .filter((target) => {
          const [from, to] = [folderOf(file.path), folderOf(target)];
          if (from === to || from === '.' || to === '.') return false;
          if (from.startsWith(`${to}/`) || to.startsWith(`${from}/`)) return false;
          return rank(to) > rank(from);
        })
        .map((target) => `${file.path} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
