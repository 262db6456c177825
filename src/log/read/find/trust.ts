/**
 * Whether a log folder can be trusted: logs hold what customers said, and a
 * folder someone else owns, or anyone may write to, may hold logs that were
 * changed or planted. Such folders are still read, with a warning.
 */
import { statSync } from 'node:fs';

export type FolderDoubt = 'otherOwner' | 'writableByAll';

export interface FolderNote {
  readonly folder: string;
  readonly doubt: FolderDoubt;
}

/** The doubt about `dir`, if any. */
export function doubtAbout(dir: string): FolderDoubt | undefined {
  let info: { uid: number; mode: number };
  try {
    info = statSync(dir);
  } catch {
    return undefined;
  }
  if ((info.mode & 0o002) !== 0) return 'writableByAll';
  const me = process.getuid?.();
  return me !== undefined && info.uid !== me ? 'otherOwner' : undefined;
}
