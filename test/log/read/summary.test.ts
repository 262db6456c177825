/**
 * Summaries of sessions written by the real writer after driving the real machine:
 * for an interrupted session the steps it never reached are what the machine would
 * have reported had the call ended there — when the script snapshot is at hand.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptSnapshotPath } from '../../../src/log/dir.js';
import { openSessionLog, storeSnapshot } from '../../../src/log/index.js';
import {
  FileReader,
  listSessions,
  ReadTally,
  SessionScratch,
  SnapshotStore,
} from '../../../src/log/read/index.js';
import { summarize } from '../../../src/log/read/summary.js';
import { checkScript } from '../../../src/script/index.js';
import type { Script } from '../../../src/script/types.js';
import { applyAction, startSession } from '../../../src/session/index.js';
import type { Action, SessionEvent } from '../../../src/session/types.js';
import { makeTempDir } from '../temp.js';

/** The sha256 of a stored snapshot. */
const snapshotScript = (...args: Parameters<typeof storeSnapshot>) => storeSnapshot(...args).sha256;

const SOURCE = readFileSync(
  join(import.meta.dirname, '../../../scripts/service-cycle.yaml'),
  'utf8',
);
const SCRIPT = checkScript(SOURCE).script as Script;
const T0 = Date.parse('2026-11-23T14:00:00.000Z');

let temps: { remove: () => void }[] = [];
afterEach(() => {
  for (const temp of temps) temp.remove();
  temps = [];
});

/** Drives the machine through `actions`, logging every event; returns the file and last state. */
function record(logDir: string, actions: readonly Action[], agent = 'ana') {
  const sha256 = snapshotScript(logDir, SOURCE);
  const log = openSessionLog({
    logDir,
    now: T0,
    start: {
      script: { id: SCRIPT.id, version: SCRIPT.version, sha256 },
      locale: 'en',
      agent,
      host: 'ws-1',
      coach: '0.0.0',
    },
    redaction: { piiVars: new Set(), logPii: false },
  });
  const started = startSession(SCRIPT, T0);
  let state = started.state;
  const write = (events: readonly SessionEvent[], now: number) => {
    for (const event of events) log.append(event, now);
  };
  write(started.events, T0);
  actions.forEach((action, i) => {
    const now = T0 + (i + 1) * 10_000;
    const next = applyAction(SCRIPT, state, action, now);
    if (!next.ok) throw new Error(`refused: ${next.reason}`);
    state = next.state;
    write(next.events, now);
  });
  log.close();
  return { file: log.path, state, sha256 };
}

const HALF_CALL: Action[] = [
  { type: 'done' },
  { type: 'skip', reason: 'in a hurry' },
  { type: 'note', text: 'called from the car' },
];

function read(file: string): SessionScratch {
  const scratch = new SessionScratch();
  new FileReader().read(file, scratch);
  return scratch;
}

function folder(): string {
  const temp = makeTempDir();
  temps.push(temp);
  return temp.dir;
}

describe('summarize', () => {
  it('summarizes an interrupted session: status, duration, done, skipped, unreached', async () => {
    const logDir = folder();
    const { file, state } = record(logDir, HALF_CALL);
    const expected = applyAction(SCRIPT, state, { type: 'end' }, T0 + 40_000);
    const unreached =
      expected.ok && expected.events[0]?.type === 'end' ? expected.events[0].unreached : null;

    const scratch = read(file);
    const script = new SnapshotStore(logDir).scriptFor(file, scratch.sha);
    const summary = summarize(scratch, script);
    expect(summary).toMatchObject({
      status: 'interrupted',
      agent: 'ana',
      script: { id: 'service-cycle', version: SCRIPT.version },
      ms: 30_000,
      done: ['greet'],
      skipped: [{ step: 'name', stage: 'rapport', reason: 'in a hurry' }],
      notes: [{ step: 'remark', text: 'called from the car' }],
      startedAt: T0,
    });
    expect(summary.outcome).toBeUndefined();
    expect(summary.snapshotMissing).toBeUndefined();
    expect(unreached?.length).toBeGreaterThan(0);
    expect(summary.unreached).toEqual(unreached);
  });

  it('leaves unreached empty and says so when the snapshot is missing', async () => {
    const logDir = folder();
    const { file, sha256 } = record(logDir, HALF_CALL);
    rmSync(scriptSnapshotPath(logDir, sha256));
    const found = listSessions([], logDir, {}, new ReadTally());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file,
      status: 'interrupted',
      unreached: [],
      snapshotMissing: true,
    });
  });

  it('does not trust a snapshot edited after the call', async () => {
    const logDir = folder();
    const { sha256 } = record(logDir, HALF_CALL);
    const path = scriptSnapshotPath(logDir, sha256);
    writeFileSync(path, readFileSync(path, 'utf8').replace('required: true', 'required: false'));
    const [summary] = listSessions([], logDir, {}, new ReadTally());
    expect(summary).toMatchObject({ unreached: [], snapshotMissing: true });
  });

  it('takes skipped and unreached from the end line of an ended session', async () => {
    const logDir = folder();
    const { file } = record(logDir, [...HALF_CALL, { type: 'end' }]);
    const summary = summarize(read(file));
    expect(summary.status).toBe('aborted');
    expect(summary.snapshotMissing).toBeUndefined();
    expect(summary.skipped.map((s) => s.step)).toEqual(['name']);
    expect(summary.unreached).toContain('thanks');
    expect(summary.ms).toBe(40_000);
  });

  it('rebuilds the final path after back: a step redone is done, not skipped', async () => {
    const logDir = folder();
    const { file } = record(logDir, [
      { type: 'done' },
      { type: 'skip', reason: 'later' },
      { type: 'back' },
      { type: 'done' },
      { type: 'end' },
    ]);
    const summary = summarize(read(file));
    expect(summary.done).toEqual(['greet', 'name']);
    expect(summary.skipped).toEqual([]);
  });
});
