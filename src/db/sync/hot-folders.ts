/**
 * Where calls are being written now: the day folders of today and yesterday
 * (UTC, as the log folders name them) under the followed paths, so that
 * `coach sync --follow` can look at them often without walking months of logs.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DAY_FOLDER, dayFolderName } from '../../log/dir.js';

const DAY_MS = 86_400_000;
/** How deep under a followed path day folders are looked for (a folder of workstations' log folders). */
const DEPTH = 2;

function collect(dir: string, since: string, depth: number, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (DAY_FOLDER.test(entry.name)) {
      if (entry.name >= since) out.push(path);
    } else if (depth > 0 && entry.name !== 'scripts') collect(path, since, depth - 1, out);
  }
}

/** The day folders under `paths` dated yesterday or later (a path that is one counts itself). */
export function hotFolders(paths: readonly string[], now: number): string[] {
  const since = dayFolderName(now - DAY_MS);
  const out: string[] = [];
  for (const path of paths) {
    if (DAY_FOLDER.test(basename(path))) out.push(path);
    else collect(path, since, DEPTH, out);
  }
  return out;
}
