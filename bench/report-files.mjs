// The session files of a bench data set, as coach finds them: day folders
// (YYYY-MM-DD) of a log folder, files ending in .jsonl, in name order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function listFiles(dir) {
  const files = [];
  for (const day of readdirSync(dir)
    .filter((name) => DAY.test(name))
    .sort()) {
    for (const name of readdirSync(join(dir, day)).sort()) {
      if (name.endsWith('.jsonl') && !name.startsWith('.')) files.push(join(dir, day, name));
    }
  }
  return files;
}
