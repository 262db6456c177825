// Getting the logs in: `coach sync` of a data set into an empty database against
// the floor (psql's `\copy` of the same lines into a one-column table), run
// alternately with a fresh database or table each time; then reruns of sync over
// the database it filled, where nothing is new.
import { join } from 'node:path';
import { median, runsFor, timeOnce } from './lib.mjs';
import { count, query } from './sync-db.mjs';
import { copyArgs, writeLinesFile } from './sync-floor.mjs';
import { measureCoach } from './sync-rss.mjs';
import { mib, perSecond, printCommand, printTable, secs, verdictWord } from './sync-table.mjs';

export const LINES = 'SELECT count(*) FROM coach.lines';
const FLOOR_CHECK =
  'SELECT count(*) AS rows, sum(coalesce(octet_length(line), 0) + 1) AS bytes FROM t';

/**
 * Sync into an empty database vs the floor, interleaved; returns the verdict, the
 * database of the last run (kept for what follows) and sync's peak memory.
 */
export async function syncVsFloor(ctx, { n, dir, dbs, env, scratch }) {
  const file = writeLinesFile(dir, join(scratch, 'lines.txt'));
  const floorDb = await dbs.fresh('floor');
  const runs = runsFor(3);
  const times = { sync: [], floor: [] };
  const rows = { sync: new Set(), floor: new Set() };
  const floorBytes = new Set();
  let kept;
  let rss = 0;
  const syncOnce = async (i) => {
    const db = await dbs.fresh('sync');
    const args = ['sync', '--db', db.url, dir];
    if (i === 0) printCommand('coach sync', ctx.node, [ctx.coach, ...args]);
    const m = measureCoach(ctx, args, env);
    times.sync.push(m.ms);
    rss = Math.max(rss, m.rss);
    rows.sync.add(await count(db.url, LINES));
    if (i === runs - 1) kept = db;
    else await dbs.drop(db);
  };
  const floorOnce = async (i) => {
    await query(floorDb.url, 'DROP TABLE IF EXISTS t; CREATE TABLE t (line text)');
    const args = copyArgs(floorDb.url, file);
    if (i === 0) printCommand('floor', 'psql', args);
    times.floor.push(timeOnce({ label: 'psql \\copy', cmd: 'psql', args, env }));
    // Every line whole: as many rows as lines, and as many bytes (each line and its newline).
    const [loaded] = await query(floorDb.url, FLOOR_CHECK);
    rows.floor.add(Number(loaded.rows));
    floorBytes.add(Number(loaded.bytes));
  };
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? ['sync', 'floor'] : ['floor', 'sync']) {
      await (which === 'sync' ? syncOnce(i) : floorOnce(i));
    }
    ctx.log(`  sync vs floor: round ${i + 1} of ${runs}\n`);
  }
  await dbs.drop(floorDb);
  const [syncMs, floorMs] = [median(times.sync), median(times.floor)];
  const floorRows = [...rows.floor];
  const floorOk =
    floorRows.length === 1 &&
    floorRows[0] === file.lines &&
    [...floorBytes].join() === String(file.bytes);
  const ratio = syncMs / floorMs;
  printTable(
    `sync: ${n} sessions (${file.lines} lines, ${mib(file.bytes)}) into an empty database, median of ${runs}`,
    [
      ['', 'median', 'lines/s', 'rows in the database'],
      ['coach sync', secs(syncMs), perSecond(file.lines, syncMs), [...rows.sync].join(' / ')],
      ['psql \\copy (floor)', secs(floorMs), perSecond(file.lines, floorMs), floorRows.join(' / ')],
      ['ratio', `${ratio.toFixed(2)}x`, '', `target ≤ 2.50x   ${verdictWord(ratio <= 2.5)}`],
    ],
  );
  if (!floorOk)
    console.log(
      `  the floor's table does not hold the files' ${file.lines} lines and ${file.bytes} bytes (${floorRows.join(' / ')} rows, ${[...floorBytes].join(' / ')} bytes): its figure is not comparable`,
    );
  // A last line cut off mid-write (none of them is a whole JSON object here) waits in the file until it is whole.
  const expected = file.lines - file.cutOff;
  const syncRows = [...rows.sync];
  const syncOk = syncRows.length === 1 && syncRows[0] === expected;
  console.log(
    syncOk
      ? `  coach.lines holds the files' ${file.lines} lines less the ${file.cutOff} last lines cut off mid-write, which sync holds back until they are whole`
      : `  coach.lines holds ${syncRows.join(' / ')} rows where ${expected} were expected (the files' ${file.lines} lines less ${file.cutOff} cut off mid-write)`,
  );
  const verdict = {
    title: `sync: ${n} sessions vs psql \\copy`,
    ratio,
    target: 2.5,
    pass: ratio <= 2.5 && floorOk && syncOk,
  };
  return { db: kept, verdict, memory: { at: n, rss } };
}

/** Reruns of sync over the database it filled: seconds against 3, and not one line more. */
export async function rerun(ctx, { n, dir, db: kept, env }) {
  const before = await count(kept.url, LINES);
  const args = ['sync', '--db', kept.url, dir];
  printCommand('rerun', ctx.node, [ctx.coach, ...args]);
  const reruns = [];
  let said = '';
  for (let i = 0; i < runsFor(3); i++) {
    const m = measureCoach(ctx, args, env);
    reruns.push(m.ms);
    said = m.stdout.trim();
  }
  const after = await count(kept.url, LINES);
  const rerunMs = median(reruns);
  const pass = rerunMs <= 3000 && after === before;
  printTable(
    `sync: rerun with nothing new over the same ${n} sessions, median of ${reruns.length}`,
    [
      ['', 'median', 'target', ''],
      ['coach sync (rerun)', secs(rerunMs), '≤ 3.00 s', verdictWord(pass)],
    ],
  );
  console.log(`  it said: ${said}`);
  if (after !== before)
    console.log(`  coach.lines went from ${before} to ${after} rows: a rerun added lines`);
  return {
    title: `sync: rerun over ${n} synced sessions / 3 s`,
    ratio: rerunMs / 3000,
    target: 1,
    pass,
  };
}
