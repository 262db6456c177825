/**
 * A path that could not be checked at all. These are not diagnostics about a
 * script: they mean the command was given something it cannot use, so they end
 * the run with the usage exit code once everything else was checked.
 */
export type PathProblemKind =
  | 'missing'
  | 'vanished'
  | 'denied'
  | 'notFile'
  | 'noScripts'
  | 'failed';

export interface PathProblem {
  readonly kind: PathProblemKind;
  /** The path as the user wrote it, or as found inside a folder they named. */
  readonly path: string;
  /** System error code (ELOOP, EIO…) for `failed`. */
  readonly code?: string;
}

/** Maps a file-system error to the problem it means for the user. */
export function problemFromError(
  error: unknown,
  path: string,
  ifMissing: 'missing' | 'vanished',
): PathProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: ifMissing, path };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'denied', path };
    case 'EISDIR':
      return { kind: 'notFile', path };
    default:
      return { kind: 'failed', path, code };
  }
}
