/**
 * Hand-written session logs for the report tests: a log folder with a day
 * folder, a snapshot of the shipped service-cycle script, and sessions given as
 * JSONL text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSessionFiles } from '../../src/log/read/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SNAPSHOT = readFileSync(join(ROOT, 'scripts', 'service-cycle.yaml'));
export const SHA = createHash('sha256').update(SNAPSHOT).digest('hex');
export const MISSING_SHA = 'ab'.repeat(32);

const T = '2026-11-23T10:00:00.000Z';

export function start(
  session: string,
  agent: string,
  locale: string,
  sha = SHA,
  script = 'service-cycle',
): string {
  return JSON.stringify({
    v: 1,
    t: T,
    type: 'start',
    session,
    script: { id: script, version: '2026.11', sha256: sha },
    locale,
    agent,
    host: 'ws-1',
    coach: '0.1.0',
    logPii: false,
  });
}

export const enter = (step: string, stage: string, t = T) =>
  JSON.stringify({ t, type: 'enter', step, stage });
export const done = (step: string, stage: string, ms: number) =>
  JSON.stringify({ t: T, type: 'done', step, stage, ms });
export const skip = (step: string, stage: string, reason: string, ms = 500, t = T) =>
  JSON.stringify({ t, type: 'skip', step, stage, reason, ms });
export const end = (status: string, ms: number, outcome?: string, skipped: string[] = []) =>
  JSON.stringify({
    t: T,
    type: 'end',
    status,
    ...(outcome ? { outcome } : {}),
    skipped,
    unreached: [],
    ms,
  });

let counter = 0;

/** A new log folder with the snapshot in place; `sessions` are file contents. */
export function logDir(sessions: readonly string[], day = '2026-11-23'): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-report-test-'));
  mkdirSync(join(dir, day), { recursive: true });
  mkdirSync(join(dir, 'scripts'));
  writeFileSync(join(dir, 'scripts', `${SHA}.yaml`), SNAPSHOT);
  for (const text of sessions) {
    counter++;
    const id = `01M84D4AV3C5JCZV4W59X8${String(counter).padStart(4, '0')}`;
    writeFileSync(join(dir, day, `${id}.jsonl`), text);
  }
  return dir;
}

export const lines = (...list: string[]) => `${list.join('\n')}\n`;

/** The fixture of the aggregation tests (counts worked out by hand in the tests). */
export function fixture(): string {
  return logDir([
    // S1 completed, ana, pt
    lines(
      start('S1', 'ana', 'pt'),
      enter('greet', 'greeting'),
      done('greet', 'greeting', 4000),
      enter('name', 'rapport'),
      skip('name', 'rapport', 'customer in a hurry', 800),
      enter('need', 'needs'),
      done('need', 'needs', 20000),
      end('completed', 30000, 'resolved', ['name']),
    ),
    // S2 aborted, bruno, en; a JSON array line (not an object)
    lines(
      start('S2', 'bruno', 'en'),
      enter('greet', 'greeting'),
      done('greet', 'greeting', 16000),
      '[1,2]',
      enter('name', 'rapport'),
      done('name', 'rapport', 3000),
      enter('need', 'needs'),
      skip('need', 'needs', ''),
      end('aborted', 25000, undefined, ['need']),
    ),
    // S3 interrupted, ana, pt; a corrupt line and a truncated last line
    `${lines(
      start('S3', 'ana', 'pt'),
      enter('greet', 'greeting'),
      done('greet', 'greeting', 10000),
      'not json at all',
      enter('name', 'rapport'),
      skip('name', 'rapport', 'customer in a hurry', 500, '2026-11-23T10:00:42.000Z'),
    )}{"t":"2026-11-23T10:01:00.000Z","type":"done","step":"na`,
    // S4 completed, carla, cs, a script whose snapshot is missing
    lines(
      start('S4', 'carla', 'cs', MISSING_SHA, 'other-script'),
      enter('intro', 'greeting'),
      done('intro', 'greeting', 7000),
      end('completed', 9000, 'unresolved'),
    ),
    // S5 not a session log
    lines(enter('greet', 'greeting'), done('greet', 'greeting', 1000)),
    // S6 completed, dave, bn
    lines(
      start('S6', 'dave', 'bn'),
      enter('greet', 'greeting'),
      done('greet', 'greeting', 12000),
      end('completed', 12000, 'resolved'),
    ),
  ]);
}

/** Every file a report of `paths` reads, at once. */
export function findReportFiles(paths: readonly string[], logDir: string): string[] {
  return [...findSessionFiles(paths, logDir, { duplicates: 0 })];
}
