import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system temp dir, and a way to remove it. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'coach-log-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function modeOf(stat: { mode: number }): number {
  return stat.mode & 0o777;
}
