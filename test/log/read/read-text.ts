/**
 * Log text through the real reader: written to a file in a private temporary
 * folder, then read as `coach replay` (a record of typed events) or as `coach
 * sessions` and `coach report` read it (the per-session scratch).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReader, readSession, SessionScratch } from '../../../src/log/read/index.js';
import type { SessionRecord } from '../../../src/log/read/types.js';

let folder: string | undefined;

/** Writes `text` as `name` (a fresh file each time) and returns its path. */
export function logFile(text: string | Uint8Array, name = 'a.jsonl'): string {
  folder ??= mkdtempSync(join(tmpdir(), 'coach-read-'));
  const dir = mkdtempSync(join(folder, 'f-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function readText(text: string | Uint8Array, name?: string): SessionRecord {
  return readSession(logFile(text, name));
}

export function scratchOf(text: string | Uint8Array, name?: string): SessionScratch {
  const scratch = new SessionScratch();
  new FileReader().read(logFile(text, name), scratch);
  return scratch;
}
