/**
 * PostgreSQL stopped under `coach sync` (a server of this file's own): stopped
 * in the middle of a sync, fast or immediate, that sync fails in one line, with
 * the password masked, and leaves what it committed consistent; the server
 * started again, the next run completes the database. `coach sync --follow`
 * outlives the server: it says it is retrying, and once the server is back it
 * sends what was written meanwhile. Waits only bound a hang; no timing is asserted.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from '../support/pg-cluster.mjs';
import { call, english, messagePattern, PASSWORD, query, text, withPassword } from './cli.js';
import {
  bulky,
  checkpointRows,
  committed,
  expectDatabaseEqualsFiles,
  lockTable,
  runCoach,
  SEED,
  startCoach,
  team,
  teamFolder,
  totalLines,
  until,
  withClient,
} from './team.js';

let cluster: Cluster;
/** A team whose sync spans several batches (long notes: about 26 MiB). */
let root: string;

beforeAll(async () => {
  cluster = await startCluster({ name: 'sync-restart' });
  root = teamFolder(bulky(team(700, SEED + 7), 8000));
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

/** Whether a test stopped the server: the next one finds it started again, whatever failed. */
let down = false;

async function stopServer(mode: 'fast' | 'immediate'): Promise<void> {
  down = true;
  await cluster.stop(mode);
}

async function startServer(): Promise<void> {
  await cluster.start();
  down = false;
}

afterEach(async () => {
  if (down) await startServer();
});

/** One line saying the database cannot be reached, its hint, nothing else; never the password. */
function expectUnreachable(stderr: string): void {
  expect(stderr).not.toContain(PASSWORD);
  const [first, hint, ...rest] = stderr.trimEnd().split('\n');
  expect(first).toMatch(new RegExp(`^${english('errors.prefix')} `));
  expect(first).toMatch(messagePattern('db.errors.unreachable'));
  expect(first).toContain('postgres:****@');
  expect(hint).toBe(`${english('errors.hintPrefix')} ${english('db.hints.unreachable')}`);
  expect(rest).toEqual([]);
}

describe.each(['fast', 'immediate'] as const)(
  'PostgreSQL stopped (%s) in the middle of a sync',
  (mode) => {
    it('fails that sync in one line, keeps what it committed consistent, and the rerun completes it', async () => {
      const url = await cluster.createDatabase(`restart_${mode}`);
      const sync = startCoach(['sync', '--db', withPassword(url), root], { timeoutMs: 60_000 });
      let running = true;
      void sync.ended.then(() => {
        running = false;
      });
      // A batch committed, the next one held inside its transaction by a lock on the checkpoints.
      await until(
        'a first batch committed',
        async () => !running || (await withClient(url, checkpointRows)) > 0,
      );
      const lock = await lockTable(url, 'coach.files');
      await lock.waitFor(sync);
      expect(running, 'sync ended before the server was stopped: give it more to send').toBe(true);
      await stopServer(mode);
      await lock.release();
      const ended = await sync.ended;
      expect(ended.code, ended.stderr).toBe(1);
      expectUnreachable(ended.stderr);

      await startServer();
      const left = await committed(url);
      expect(left.gaps).toEqual([]);
      expect(left.files).toBeGreaterThan(0);
      expect(left.lines).toBeLessThan(totalLines([root]));
      const rerun = await runCoach(['sync', '--db', withPassword(url), root]);
      expect(rerun.code, rerun.stderr).toBe(0);
      await expectDatabaseEqualsFiles(url, [root]);
    }, 120_000);
  },
);

describe.each(['fast', 'immediate'] as const)(
  'coach sync --follow, PostgreSQL stopped (%s) and started again',
  (mode) => {
    it('says it is retrying, and sends the lines written meanwhile once the server is back', async () => {
      const url = await cluster.createDatabase(`follow_${mode}`);
      const logs = teamFolder(team(20, SEED + 8));
      // Today's: the folders where calls are being written are the ones --follow looks at often.
      const ongoing = call(Date.now());
      mkdirSync(join(logs, 'ws1', ongoing.day), { recursive: true });
      const file = join(logs, 'ws1', ongoing.day, `${ongoing.id}.jsonl`);
      const half = Math.floor(ongoing.lines.length / 2);
      writeFileSync(file, text(ongoing.lines.slice(0, half)));
      const sql = 'SELECT count(*) AS n FROM coach.lines WHERE session_id = $1';
      const linesOf = async () =>
        Number((await query<{ n: string }>(url, sql, [ongoing.id]))[0]?.n);

      const follower = startCoach(['sync', '--follow', '--db', withPassword(url), logs], {
        timeoutMs: 120_000,
      });
      let running = true;
      void follower.ended.then(() => {
        running = false;
      });
      const saying = (what: string) => () => `${what}; it said:\n${follower.stderr()}`;
      await until(saying('the first half of the call in the database'), async () => {
        try {
          return (await linesOf()) === half;
        } catch {
          return false;
        }
      });
      await stopServer(mode);
      await until(
        saying('sync --follow saying it tries again'),
        () => !running || messagePattern('sync.follow.retry').test(follower.stderr()),
      );
      expect(running, saying('sync --follow ended when the server stopped')()).toBe(true);
      appendFileSync(file, text(ongoing.lines.slice(half)));
      await startServer();
      await until(
        saying('the rest of the call in the database'),
        async () => (await linesOf()) === ongoing.lines.length,
      );
      expect(follower.stderr()).toMatch(messagePattern('sync.follow.back'));
      expect(follower.stderr()).not.toContain(PASSWORD);

      follower.child.kill('SIGINT');
      const ended = await follower.ended;
      expect(ended.code, ended.stderr).toBe(130);
      await expectDatabaseEqualsFiles(url, [logs]);
    }, 120_000);
  },
);
