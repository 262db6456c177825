/**
 * Several `coach sync` at once into one database over overlapping folders, in
 * orders that cross (A then B, and B then A): none deadlocks or fails, the first
 * ones migrate the schema together, and the database equals the files of the
 * union — every line once, whoever sent it first. Then two workstations (host
 * names of their own) syncing copies of the same sessions at once.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/pg.js';
import { call, english, text } from './cli.js';
import {
  asHost,
  bulky,
  canNameHosts,
  expectDatabaseEqualsFiles,
  expectSameReadings,
  lockTable,
  runCoach,
  SEED,
  startCoach,
  team,
  teamFolder,
  withClient,
} from './team.js';

/** Sessions per folder: with their notes, each folder a few MiB, the union two batches. */
const PER_FOLDER = 100;
const NOTE_CHARS = 3000;

/** Three log folders of one team (each with copies of its sessions in ws2/). */
const folders = (seed: number): string[] => {
  const sessions = bulky(team(3 * PER_FOLDER, seed), NOTE_CHARS);
  return [0, 1, 2].map((i) => teamFolder(sessions.slice(i * PER_FOLDER, (i + 1) * PER_FOLDER)));
};

/** More sessions in each folder, as their workstations keep calling. */
function grow(roots: readonly string[], seed: number): void {
  for (const [i, more] of folders(seed).entries()) {
    cpSync(more, roots[i] as string, { recursive: true });
    rmSync(more, { recursive: true, force: true });
  }
}

interface Run {
  readonly paths: readonly string[];
  readonly host?: string;
}

/**
 * The syncs started together; each must end well, whatever the others did.
 * With `gate`, a lock on coach.sessions holds every batch's transaction at its
 * first merge until all of them wait there, then lets them go at once.
 */
async function syncAtOnce(url: string, runs: readonly Run[], gate = false): Promise<void> {
  const lock = gate ? await lockTable(url, 'coach.sessions') : undefined;
  const syncs = runs.map(({ paths, host }) =>
    startCoach(['sync', '--db', url, ...paths], {
      timeoutMs: 120_000,
      ...(host === undefined ? {} : { prefix: asHost(host) }),
    }),
  );
  if (lock) {
    await lock.waitFor(...syncs);
    await lock.release();
  }
  for (const { code, stderr } of await Promise.all(syncs.map((s) => s.ended))) {
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain(english('errors.prefix'));
  }
}

/** Removes the copies in ws2/ that are whole, or hold no whole line. */
function dropCopiesOfBugs(root: string): void {
  const dir = join(root, 'ws2');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const copy = readFileSync(path);
    const original = readFileSync(join(root, 'ws1', relative(dir, path)));
    if (!copy.includes(10) || copy.equals(original)) rmSync(path);
  }
}

const hostNames = canNameHosts();

describe('four coach sync at once over overlapping folders', () => {
  it('all end well, and the database equals the files of the union', async () => {
    const [a, b, c] = folders(SEED + 30) as [string, string, string];
    const url = await freshDatabase();
    const runs = [
      [a, b],
      [b, c],
      [c, a],
      [c, b, a],
    ].map((paths) => ({ paths }));
    await syncAtOnce(url, runs);
    await expectDatabaseEqualsFiles(url, [a, b, c]);
    // Then, again and again, more sessions in every folder and the four let into their merges at once.
    for (const round of [1, 2, 3, 4, 5]) {
      grow([a, b, c], SEED + 30 + round);
      await syncAtOnce(url, runs, true);
    }
    await expectDatabaseEqualsFiles(url, [a, b, c]);
    // Rows merged in key order wait for each other: not even a deadlock retried (docs/database.md §3).
    const stats = await withClient(url, (client) =>
      client.query<{ deadlocks: string }>(
        'SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()',
      ),
    );
    expect(Number(stats.rows[0]?.deadlocks)).toBe(0);
  }, 120_000);
});

describe('two workstations syncing copies of the same sessions at once', () => {
  // A host name per process takes a UTS namespace: root and unshare. Elsewhere this is skipped.
  it.skipIf(!hostNames)(
    'store each line once and keep each host its own checkpoints',
    async () => {
      const roots = folders(SEED + 40);
      // Whole copies, and copies cut inside their start line, meet the bugs tested below.
      for (const root of roots) dropCopiesOfBugs(root);
      const [a, b, c] = roots as [string, string, string];
      const [a1, b1, c1] = roots.map((r) => join(r, 'ws1'));
      const [a2, b2, c2] = roots.map((r) => join(r, 'ws2'));
      const url = await freshDatabase();
      await syncAtOnce(url, [
        { host: 'ws-one', paths: [a1, b1] as string[] },
        { host: 'ws-one', paths: [c1, b1] as string[] },
        { host: 'ws-two', paths: [b2, c2, a2] as string[] },
        { host: 'ws-two', paths: [a2, c2] as string[] },
      ]);
      await expectDatabaseEqualsFiles(url, [a, b, c]);
      const hosts = await withClient(url, (client) =>
        client.query<{ host: string; folder: string }>(
          'SELECT DISTINCT host, folder FROM coach.files ORDER BY host, folder',
        ),
      );
      for (const { host, folder } of hosts.rows) {
        expect(folder).toContain(host === 'ws-one' ? '/ws1/' : '/ws2/');
      }
      expect(new Set(hosts.rows.map((r) => r.host))).toEqual(new Set(['ws-one', 'ws-two']));
    },
    120_000,
  );
});

// A folder of copies synced on its own (another workstation's, or just a
// separate run): the database tells what the readers tell over all the folders together.
describe('copies of a session synced apart from the session', () => {
  /** ws1/ holds the session, ws2/ the copy `copyOf` makes of it; ws2/ is synced first, then ws1/. */
  async function syncApart(
    copyOf: (text: string) => string,
  ): Promise<{ url: string; root: string }> {
    const whole = call(Date.parse('2026-11-20T10:00:00.000Z'));
    const root = mkdtempSync(join(tmpdir(), 'coach-apart-'));
    for (const [ws, body] of [
      ['ws1', text(whole.lines)],
      ['ws2', copyOf(text(whole.lines))],
    ]) {
      mkdirSync(join(root, ws as string, whole.day), { recursive: true });
      writeFileSync(join(root, ws as string, whole.day, `${whole.id}.jsonl`), body as string);
    }
    const url = await freshDatabase();
    for (const ws of ['ws2', 'ws1']) {
      const ran = await runCoach(['sync', '--db', url, join(root, ws)]);
      expect(ran.code, ran.stderr).toBe(0);
    }
    return { url, root };
  }

  // The copy, cut inside its start line, is a copy left out ("duplicate"), as over the files.
  it('a copy cut inside its start line: report --db counts it as the files do', async () => {
    const { url, root } = await syncApart((log) => log.slice(0, 40));
    await expectSameReadings(url, [root]);
  });

  // Of two copies of the same size, the database keeps the path the readers read:
  // the first in code-unit order (ws1/ here), whichever was sent first.
  it('a whole copy: sessions --db names the file the readers read', async () => {
    const { url, root } = await syncApart((log) => log);
    await expectSameReadings(url, [root]);
  });
});
