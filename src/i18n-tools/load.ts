/**
 * Reads the scripts named on the command line and their lock files. Files that
 * cannot be used are collected, not thrown, so a command can report every one of
 * them before it exits with the usage code.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic, Position } from '../script/diagnostic.js';
import { findScripts } from '../script-files/find.js';
import type { PathProblem } from '../script-files/problem.js';
import { readScriptFile } from '../script-files/read.js';
import { type LockRead, lockPathFor, type MutableLock, parseLock } from './lock.js';
import { type ParsedScript, parseScript } from './parse-script.js';

export interface LoadedScript extends ParsedScript {
  readonly file: string;
  readonly text: string;
  readonly lockFile: string;
  readonly lock: MutableLock;
  /** Whether a lock file exists. */
  readonly locked: boolean;
}

export type LoadProblem =
  | { readonly kind: 'path'; readonly problem: PathProblem }
  | {
      readonly kind: 'script';
      readonly file: string;
      readonly text?: string;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly kind: 'lock'; readonly file: string; readonly at: Position };

export interface Loaded {
  readonly scripts: readonly LoadedScript[];
  readonly problems: readonly LoadProblem[];
}

async function readLock(file: string): Promise<LockRead | undefined> {
  try {
    return parseLock(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: { line: 1, col: 1 } };
  }
}

export async function loadScripts(paths: readonly string[]): Promise<Loaded> {
  const found = await findScripts(paths);
  const problems: LoadProblem[] = found.problems.map((problem) => ({ kind: 'path', problem }));
  const scripts: LoadedScript[] = [];
  for (const file of found.files) {
    const read = await readScriptFile(file);
    if (read.kind === 'problem') {
      problems.push({ kind: 'path', problem: read.problem });
      continue;
    }
    if (read.kind !== 'text') {
      const code = read.kind === 'binary' ? 'BINARY_FILE' : 'FILE_TOO_LARGE';
      const params: Record<string, number> =
        read.kind === 'tooLarge' ? { bytes: read.bytes, limit: 1024 * 1024 } : {};
      const start = { line: 1, col: 1 };
      problems.push({
        kind: 'script',
        file,
        diagnostics: [{ code, severity: 'error', params, start }],
      });
      continue;
    }
    const result = parseScript(read.text);
    if (!result.ok) {
      problems.push({ kind: 'script', file, text: read.text, diagnostics: result.diagnostics });
      continue;
    }
    const lockFile = lockPathFor(file);
    const lockRead = await readLock(lockFile);
    if (lockRead && 'problem' in lockRead) {
      problems.push({ kind: 'lock', file: lockFile, at: lockRead.problem });
      continue;
    }
    scripts.push({
      ...result.parsed,
      file,
      text: read.text,
      lockFile,
      lock: lockRead?.lock ?? new Map(),
      locked: lockRead !== undefined,
    });
  }
  return { scripts, problems };
}
