/**
 * One temp folder for the whole test run, removed at its end: the tests' own
 * temp folders, and those of every `coach` they start, go inside it (TMPDIR is
 * inherited), so a run leaves nothing behind in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'coach-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
