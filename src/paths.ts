/**
 * Where the installed package lives. Code runs from several depths — the bundle
 * in dist/, a lazy chunk beside it, or src/ under the test runner — so the root is
 * found by walking up to the folder holding package.json rather than by a fixed
 * relative path.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

/** The package's root folder, found upwards from `from` (default: this module). */
export function packageRoot(from: string | URL = import.meta.url): string {
  const start = dirname(fileURLToPath(from));
  const known = cache.get(start);
  if (known) return known;
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    // npm always installs package.json, so reaching the file-system root means a broken copy.
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  cache.set(start, dir);
  return dir;
}

/** A path inside the package, e.g. `packagePath('schema', 'script.schema.json')`. */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

/** The JSON Schema of the script format, shipped in the package. */
export function schemaPath(): string {
  return packagePath('schema', 'script.schema.json');
}
