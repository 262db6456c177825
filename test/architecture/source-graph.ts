/**
 * The source files of src/ and the relative imports between them, read as text:
 * every `from '…'` and `import('…')`, type-only imports included, since a type
 * that crosses folders ties them as much as a value does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../../src');

export interface SourceFile {
  /** Path relative to src/, with `/`. */
  readonly path: string;
  readonly lines: number;
  /** Relative paths (to src/) of the source files it imports. */
  readonly imports: readonly string[];
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

export function sourceFiles(): SourceFile[] {
  return walk(SRC, []).map((file) => {
    const text = readFileSync(file, 'utf8');
    const imports: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[2] as string).replace(/\.js$/, '.ts'));
      if (target.startsWith(SRC) && target.endsWith('.ts')) imports.push(relative(SRC, target));
    }
    return {
      path: relative(SRC, file),
      lines: text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length,
      imports,
    };
  });
}

/** The folder of a file relative to src/ ('.' for files directly in src/). */
export function folderOf(path: string): string {
  return dirname(path);
}

/**
 * Whether an import from folder `a` to folder `b` ties two folders: one is not
 * inside the other. A folder's own files (its entry point, its shared types) and
 * the sub-folders that are its parts may use each other; sibling folders, and
 * the top-level folders, must depend on each other one way only.
 */
function separate(a: string, b: string): boolean {
  if (a === b) return false;
  if (a === '.' || b === '.') return true;
  return !a.startsWith(`${b}/`) && !b.startsWith(`${a}/`);
}

/**
 * Groups of folders that import each other, directly or through others (strongly
 * connected components with more than one folder), each with the imports that tie it.
 */
export function folderCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map<string, Set<string>>();
  const why = new Map<string, string>();
  for (const file of files) {
    const from = folderOf(file.path);
    if (!edges.has(from)) edges.set(from, new Set());
    for (const target of file.imports) {
      const to = folderOf(target);
      if (!separate(from, to)) continue;
      edges.get(from)?.add(to);
      if (!why.has(`${from}>${to}`)) why.set(`${from}>${to}`, `${file.path} → ${target}`);
    }
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) {
        const members = new Set(group);
        const ties = [...why].filter(([key]) => {
          const [a, b] = key.split('>');
          return members.has(a as string) && members.has(b as string);
        });
        cycles.push(ties.map(([, edge]) => edge));
      }
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
