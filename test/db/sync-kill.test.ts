/**
 * `coach sync` killed with SIGKILL again and again — right after a batch was
 * committed, and at random moments — while the logs grow as a workstation's do
 * (new sessions, and calls still being written, cut anywhere, even inside a
 * line); after each kill the next attempt runs, and after the last a complete
 * run: the database equals the files, every line once. The moments are drawn
 * from COACH_TEST_SEED, so a failure can be replayed.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFolderName } from '../../src/log/dir.js';
import { sessionLines } from '../support/generated-logs.js';
import { freshDatabase } from '../support/pg.js';
import {
  bulky,
  checkpointRows,
  committed,
  expectDatabaseEqualsFiles,
  lockTable,
  runCoach,
  SEED,
  type Started,
  sleep,
  startCoach,
  team,
  teamFolder,
  totalLines,
  withClient,
} from './team.js';

const NOTE_CHARS = 8000;
/** Sessions there before the first attempt: with their long notes about 33 MiB, many of sync's batches (2 MB). */
const FIRST = 900;
/** Kills right after a batch was committed, while the next one is on its way. */
const AFTER_COMMIT = 3;
/** Kills at random moments. */
const RANDOM_KILLS = 24;
/** Sessions of a round of random kills (about 6 MiB): a new round once one attempt completes. */
const ROUND = 150;
/** Rounds that append to the live calls; later rounds only add sessions. */
const SLICES = 12;
/** Calls being written while sync runs: each round appends the next piece of them. */
const LIVE = 6;
const T_LIVE = Date.parse('2026-11-24T13:00:00.000Z');

function addSessions(root: string, count: number, seed: number): void {
  const made = teamFolder(bulky(team(count, seed), NOTE_CHARS));
  cpSync(made, root, { recursive: true });
  rmSync(made, { recursive: true, force: true });
}

interface Live {
  readonly file: string;
  /** The call's text in SLICES + 2 pieces, cut at seeded places. */
  readonly parts: readonly string[];
}

function liveCalls(root: string): Live[] {
  const cuts = fc.sample(
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: SLICES + 1,
      maxLength: SLICES + 1,
    }),
    { numRuns: LIVE, seed: SEED },
  );
  return team(LIVE, SEED + 100).map((s, i) => {
    const at = T_LIVE + i * 60_000;
    const { id, text } = sessionLines({ ...s, ending: 'end', damage: 'none' }, at);
    const day = join(root, 'ws1', dayFolderName(at));
    mkdirSync(day, { recursive: true });
    const places = (cuts[i] as number[]).map((c) => Math.floor(c * text.length));
    places.sort((a, b) => a - b);
    const bounds = [0, ...places, text.length];
    const parts = bounds.slice(1).map((end, k) => text.slice(bounds[k], end));
    return { file: join(day, `${id}.jsonl`), parts };
  });
}

/** Kills `sync` as soon as a batch of it is committed (or lets it end). */
async function killAfterCommit(url: string, sync: Started): Promise<void> {
  let running = true;
  void sync.ended.then(() => {
    running = false;
  });
  await withClient(url, async (client) => {
    const before = await checkpointRows(client);
    while (running && (await checkpointRows(client)) === before) {
      await sleep(5);
    }
  });
  sync.child.kill('SIGKILL');
}

const killAfter = (ms: number) => async (sync: Started) => {
  await sleep(ms);
  sync.child.kill('SIGKILL');
};

describe('coach sync killed with SIGKILL', () => {
  it('leaves, after the next complete run, the database equal to the files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'coach-kill-'));
    const url = await freshDatabase();
    const live = liveCalls(root);
    const log: string[] = [`seed ${SEED}`];
    let midway = 0;
    let piece = 0;
    /** New sessions, and the next piece of each live call. */
    const grow = (count: number, seed: number) => {
      addSessions(root, count, seed);
      for (const { file, parts } of live) appendFileSync(file, parts[piece] ?? '');
      piece++;
    };
    /** One attempt; true when it was killed before it ended. */
    const attempt = async (what: string, kill?: (sync: Started) => Promise<void>) => {
      const before = await withClient(url, checkpointRows);
      const t0 = performance.now();
      const sync = startCoach(['sync', '--db', url, root], { timeoutMs: 60_000 });
      await kill?.(sync);
      const ended = await sync.ended;
      const ms = Math.round(performance.now() - t0);
      const outcome = ended.signal ?? `exit ${ended.code}`;
      if (ended.signal !== 'SIGKILL') {
        log.push(`${what}: ${outcome} after ${ms} ms`);
        expect(ended.code, `${log.join('\n')}\n${ended.stderr}`).toBe(0);
        return { killed: false, ms };
      }
      const now = await committed(url);
      const total = totalLines([root]);
      log.push(
        `${what}: ${outcome} after ${ms} ms, checkpoints ${before} → ${now.files}, lines ${now.lines} of ${total}`,
      );
      // Whenever it was killed, the checkpoints are at what was committed.
      expect(now.gaps, log.join('\n')).toEqual([]);
      // A batch of this attempt is in, not all of them: the kill landed mid-sync.
      if (now.files > before && now.lines < total) midway++;
      return { killed: true, ms };
    };

    grow(FIRST, SEED);
    for (let k = 0; k < AFTER_COMMIT; k++) {
      await attempt('after a commit', (sync) => killAfterCommit(url, sync));
      if (k > 0) continue;
      const lock = await lockTable(url, 'coach.files');
      await attempt('while its batch waits for a lock', async (sync) => {
        await lock.waitFor(sync);
        sync.child.kill('SIGKILL');
      });
      await lock.release();
    }
    await attempt('to the end');
    // How long a sync of one slice of new sessions takes: random kills land within that.
    grow(ROUND, SEED + 1);
    const { ms: fullMs } = await attempt('measured');
    const delays = fc.sample(fc.integer({ min: 20, max: fullMs }), {
      numRuns: 4 * RANDOM_KILLS,
      seed: SEED,
    });
    let kills = 0;
    let completed = true;
    for (const delay of delays) {
      if (kills === RANDOM_KILLS) break;
      if (completed) grow(ROUND, SEED + 1 + piece);
      completed = !(await attempt(`${delay} ms`, killAfter(delay))).killed;
      if (!completed) kills++;
    }
    expect(kills, log.join('\n')).toBe(RANDOM_KILLS);
    // Kills that only ever hit a finished or a starting sync would prove nothing.
    expect(midway, log.join('\n')).toBeGreaterThanOrEqual(3);

    while (piece < SLICES + 2) grow(0, 0);
    const complete = await runCoach(['sync', '--db', url, root]);
    expect(complete.code, complete.stderr).toBe(0);
    await expectDatabaseEqualsFiles(url, [root]);
    rmSync(root, { recursive: true, force: true });
  }, 180_000);
});
