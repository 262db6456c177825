/**
 * Which file of a session is read when several hold it. A session's day folder
 * that holds its file under the session's own name — the file coach wrote —
 * holds the session: other files of it in that day folder (copies under other
 * names, or in folders below) are left out. Across day folders of the same name,
 * gathered from several workstations, the longest file is read: a log is only
 * ever appended to, so the longest copy holds the most of it (its end line, when
 * any copy has one); among equal sizes, the first path in code-unit order.
 */
import { statSync } from 'node:fs';
import { byCodeUnits } from '../../../text/compare.js';
import { realOf } from './folders.js';
import type { FolderNote } from './trust.js';

export interface Copy {
  readonly path: string;
  /** The session id, or the path itself for a file that names none. */
  readonly key: string;
  /** The catalogued day folder the file was found in ('' for a file named on its own). */
  readonly home: string;
  /** Named after its session, directly in `home`. */
  readonly direct: boolean;
}

/** What finding the files noticed: copies left out, folders in doubt. */
export interface FindNotes {
  duplicates: number;
  /** Filled when present: the paths of the copies left out (as `coach sync` records them). */
  readonly copies?: string[];
  /** Filled when present. */
  readonly doubts?: FolderNote[];
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** The file kept among several files of one session; the others are counted. */
function kept(copies: readonly Copy[], counts: FindNotes): string {
  const direct = new Set(copies.filter((c) => c.direct).map((c) => c.home));
  const candidates = new Map<string, string>();
  for (const copy of copies) {
    if (!copy.direct && direct.has(copy.home)) continue;
    // The same file reached twice (a folder and a file in it, a link) is one file.
    const real = realOf(copy.path) ?? copy.path;
    if (!candidates.has(real)) candidates.set(real, copy.path);
  }
  const sized = [...candidates.values()].map((path) => ({ path, size: sizeOf(path) }));
  sized.sort((a, b) => b.size - a.size || byCodeUnits(a.path, b.path));
  const reals = new Map(copies.map((c) => [realOf(c.path) ?? c.path, c.path]));
  counts.duplicates += reals.size - 1;
  const keptPath = (sized[0] as { path: string }).path;
  const keptReal = realOf(keptPath) ?? keptPath;
  for (const [real, path] of reals) if (real !== keptReal) counts.copies?.push(path);
  return keptPath;
}

/** The files of `copies` (one day's), each session once, in the order given. */
export function* oncePerSession(copies: readonly Copy[], counts: FindNotes): Generator<string> {
  const first = new Map<string, number>();
  let shared: Map<string, Copy[]> | undefined;
  copies.forEach((copy, i) => {
    const at = first.get(copy.key);
    if (at === undefined) {
      first.set(copy.key, i);
      return;
    }
    shared ??= new Map();
    const same = shared.get(copy.key) ?? [copies[at] as Copy];
    same.push(copy);
    shared.set(copy.key, same);
  });
  for (let i = 0; i < copies.length; i++) {
    const copy = copies[i] as Copy;
    if (first.get(copy.key) !== i) continue;
    const same = shared?.get(copy.key);
    yield same ? kept(same, counts) : copy.path;
  }
}
