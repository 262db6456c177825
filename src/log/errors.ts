/**
 * File-system failures of the log, turned into one clear localized line. A call's
 * record matters: the agent must learn at once that it cannot be written, and
 * where to write it instead.
 */
import { FailureError } from '../errors.js';

/** A log folder or file could not be created or written. `code` is the system's (EACCES, …). */
export class LogError extends FailureError {
  readonly code: string | undefined;
  readonly path: string;

  constructor(key: string, path: string, code: string | undefined, cause?: unknown) {
    super(key, { path, code: code ?? '?' }, { hint: 'log.errors.hint', cause });
    this.code = code;
    this.path = path;
  }
}

/**
 * Why the log cannot take a write during a call, as the agent is told it: the disk
 * is full, failing, read-only or refused, or the file is no longer where readers
 * look for it (its folder was deleted or unmounted).
 */
export type LogProblem = 'full' | 'io' | 'readOnly' | 'denied' | 'gone';

/** The system's code for a log file that is no longer at its path (a LogError's `code`). */
export const GONE_CODE = 'ENOENT';

const PROBLEMS: Readonly<Record<string, LogProblem>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'full',
  EROFS: 'readOnly',
  EACCES: 'denied',
  EPERM: 'denied',
  [GONE_CODE]: 'gone',
  ENOTDIR: 'gone',
  ESTALE: 'gone',
  ENODEV: 'gone',
  ENXIO: 'gone',
};

/** The problem a failed write stands for; anything the system does not name is an I/O error. */
export function problemOf(error: unknown): LogProblem {
  const { code } = errnoOf(error);
  return (code !== undefined ? PROBLEMS[code] : undefined) ?? 'io';
}

const KEYS: Readonly<Record<string, string>> = {
  EACCES: 'log.errors.denied',
  EPERM: 'log.errors.denied',
  ENOSPC: 'log.errors.full',
  EDQUOT: 'log.errors.full',
  EROFS: 'log.errors.readOnly',
  ENOTDIR: 'log.errors.notFolder',
  EEXIST: 'log.errors.notFolder',
};

function errnoOf(error: unknown): { code?: string; path?: string } {
  return typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException) : {};
}

/**
 * A LogError for a failed file-system call. `fallbackPath` is used when the system
 * error does not name the path (writes on an open file).
 */
export function logErrorFrom(error: unknown, fallbackPath: string): LogError {
  if (error instanceof LogError) return error;
  const { code, path } = errnoOf(error);
  const key = (code !== undefined ? KEYS[code] : undefined) ?? 'log.errors.failed';
  return new LogError(key, typeof path === 'string' ? path : fallbackPath, code, error);
}
