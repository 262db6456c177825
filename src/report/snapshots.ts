/**
 * Each step's stage, target and position, from the script snapshot a session
 * names (`<log-dir>/scripts/<sha256>.yaml`, beside the session's day folder).
 * Read once per snapshot, by the main thread when the report is finished; a missing or broken snapshot gives `undefined`, and the
 * report then takes stages from the events and leaves targets unknown.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkScript } from '../script/index.js';

export interface SnapshotInfo {
  readonly order: ReadonlyMap<string, number>;
  readonly stage: ReadonlyMap<string, string>;
  readonly target: ReadonlyMap<string, number>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** A session file's snapshot folder: `scripts/` beside its day folder. */
export function snapshotDirOf(file: string): string {
  return join(dirname(dirname(file)), 'scripts');
}

/** The first readable snapshot of `sha` among `dirs`. */
export function loadSnapshot(sha: string, dirs: Iterable<string>): SnapshotInfo | undefined {
  if (!SHA256.test(sha)) return undefined;
  for (const dir of dirs) {
    const info = load(join(dir, `${sha}.yaml`));
    if (info) return info;
  }
  return undefined;
}

function load(path: string): SnapshotInfo | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const { script } = checkScript(text);
  if (!script) return undefined;
  const order = new Map<string, number>();
  const stage = new Map<string, string>();
  const target = new Map<string, number>();
  script.steps.forEach((step, i) => {
    order.set(step.id, i);
    stage.set(step.id, step.stage);
    if (step.targetMs !== undefined) target.set(step.id, step.targetMs);
  });
  return { order, stage, target };
}
