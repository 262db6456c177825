/**
 * A log folder holding one session of the shipped service cycle, made by the pure
 * machine with pauses of our choosing, and its script snapshot: what `coach run`
 * would have left, without waiting for it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFolderName, scriptSnapshotPath, scriptsDir } from '../../src/log/dir.js';
import { scriptSha256 } from '../../src/log/snapshot.js';
import { checkScript } from '../../src/script/index.js';
import type { Script } from '../../src/script/types.js';
import type { Action } from '../../src/session/types.js';
import { ROOT } from '../run/cli.js';
import { logText, makeLog, T0 } from './helpers.js';

export const SERVICE_CYCLE_SOURCE = readFileSync(join(ROOT, 'scripts/service-cycle.yaml'), 'utf8');
export const SERVICE_CYCLE = checkScript(SERVICE_CYCLE_SOURCE).script as Script;

export function writeSession(
  logDir: string,
  steps: readonly (readonly [Action, number])[],
): { file: string; id: string } {
  const sha256 = scriptSha256(SERVICE_CYCLE_SOURCE);
  mkdirSync(scriptsDir(logDir), { recursive: true });
  writeFileSync(scriptSnapshotPath(logDir, sha256), SERVICE_CYCLE_SOURCE);
  const log = makeLog(SERVICE_CYCLE, steps);
  const header = { ...log.header, script: { id: SERVICE_CYCLE.id, sha256 } };
  const day = join(logDir, dayFolderName(T0));
  mkdirSync(day, { recursive: true });
  const file = join(day, `${header.session}.jsonl`);
  writeFileSync(file, logText({ ...log, header }));
  return { file, id: header.session };
}

/** A call through the service cycle, a few seconds per step. */
export const SERVICE_CALL: readonly (readonly [Action, number])[] = [
  [{ type: 'done' }, 4000],
  [{ type: 'done' }, 6000],
  [{ type: 'skip', reason: 'customer in a hurry' }, 2000],
  [{ type: 'done' }, 30_000],
  [{ type: 'done' }, 50_000],
  [{ type: 'choose', option: 'all-covered' }, 9000],
  [{ type: 'done' }, 12_000],
  [{ type: 'end', outcome: 'resolved' }, 3000],
];
