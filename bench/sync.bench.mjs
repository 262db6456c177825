// The team store's figures (`coach sync`, `--db`), side by side in one run on a
// throwaway PostgreSQL server (test/support/pg-cluster.mjs), destroyed at the end:
//   1. sync of N generated sessions into an empty database vs psql's `\copy` of
//      the same lines into a one-column table (the floor), interleaved;
//   2. a rerun with nothing new over the same sessions;
//   3. `coach report --db` vs `coach report` over the files, at N and at 10×N,
//      interleaved, after checking that both print the same JSON;
//   4. peak memory of sync and of report --db at 10×N;
//   5. `coach sync --follow`: from a line written to the line in the database.
//
//   npm run bench -- sync
//   COACH_BENCH_SYNC_SESSIONS=10000 COACH_BENCH_SYNC_BIG=0 npm run bench -- sync   a quick look
//
// N is 100,000 sessions by default; the big set (COACH_BENCH_SYNC_BIG, default
// 10×N, 0 to skip) is skipped when the temp folder has less than 15 GB free.
// Data sets are bench/report-gen.mjs's, cached under the temp folder.
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../test/support/pg-cluster.mjs';
import { runsFor } from './lib.mjs';
import { ensureDataset } from './report-gen.mjs';
import { count, databases } from './sync-db.mjs';
import { followVerdict } from './sync-follow.mjs';
import { LINES, rerun, syncVsFloor } from './sync-load.mjs';
import { reportPair, reportVerdicts } from './sync-report.mjs';
import { measureCoach } from './sync-rss.mjs';
import { mib, perSecond, printCommand, printTable, secs, verdictWord } from './sync-table.mjs';

const MIB = 1024 * 1024;
const MAX_RSS = 200 * MIB;
const MIN_FREE_FOR_BIG = 15e9;
/** Rounds of the report comparison, and the time after which no new round starts. */
const SMALL_ROUNDS = { runs: runsFor(5), budgetMs: 150_000 };
const BIG_ROUNDS = { runs: runsFor(3), budgetMs: 300_000 };

function sizeFromEnv(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number.parseInt(text, 10);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${text}`);
  return n;
}

function coachEnv(logDir) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  for (const k of ['COACH_LANG', 'COACH_DB', 'COACH_REPORT_THREADS']) delete env[k];
  // The machine user's own logs and snapshots stay out of every run.
  return { ...env, NO_COLOR: '1', LANG: 'C', COACH_LOG_DIR: logDir };
}

/** The big set's size, or 0 when it is turned off or the temp folder has too little room for it. */
function bigSize(n) {
  const big = sizeFromEnv('COACH_BENCH_SYNC_BIG', 10 * n);
  const { bavail, bsize } = statfsSync(tmpdir());
  if (big === 0 || bavail * bsize >= MIN_FREE_FOR_BIG) return big;
  console.log(
    `\nsync: only ${((bavail * bsize) / 1e9).toFixed(1)} GB free in ${tmpdir()} (15 GB needed): the ${big}-session set is skipped`,
  );
  return 0;
}

function memoryVerdicts(memory, skipped) {
  const rows = [['', 'sessions', 'peak RSS', 'target', '']];
  const verdicts = [];
  for (const [label, m] of [
    ['coach sync', memory.sync],
    ['coach report --db', memory.report],
  ]) {
    rows.push([label, String(m.at), mib(m.rss), '< 200 MiB', verdictWord(m.rss < MAX_RSS)]);
    verdicts.push({
      title: `sync: ${label} peak RSS at ${m.at} sessions / 200 MiB`,
      ratio: m.rss / MAX_RSS,
      target: 1,
      pass: m.rss < MAX_RSS,
    });
  }
  const why = skipped ? ', at the smaller set since the big one is skipped' : '';
  printTable(
    `sync: peak memory of the runs above (/usr/bin/time -f %M, the maximum resident set)${why}`,
    rows,
  );
  return verdicts;
}

/** The big set synced into an empty database (its time and memory), then the reports over it. */
async function bigRound(ctx, { bigN, bigDir, dbs, env, memory }) {
  const db = await dbs.fresh('big');
  try {
    const args = ['sync', '--db', db.url, bigDir];
    printCommand(`coach sync, ${bigN} sessions`, ctx.node, [ctx.coach, ...args]);
    const m = measureCoach(ctx, args, env);
    memory.sync = { at: bigN, rss: m.rss };
    const lines = await count(db.url, LINES);
    console.log(
      `  ${secs(m.ms)}, ${perSecond(lines, m.ms)} lines, database ${mib(await dbs.size(db))}; it said: ${m.stdout.trim()}`,
    );
    const big = reportPair(ctx, { sessions: bigN, dir: bigDir, url: db.url, env, ...BIG_ROUNDS });
    memory.report = { at: bigN, rss: big.dbRss };
    return big;
  } finally {
    await dbs.drop(db);
  }
}

export default async function sync(ctx) {
  const n = sizeFromEnv('COACH_BENCH_SYNC_SESSIONS', 100_000) || 100_000;
  const bigN = bigSize(n);
  ctx.log(
    `sync: data sets of ${n}${bigN ? ` and ${bigN}` : ''} sessions (cached in ${tmpdir()})\n`,
  );
  const dir = ensureDataset(ctx.root, n, 20261123, ctx.log);
  const bigDir = bigN > 0 ? ensureDataset(ctx.root, bigN, 20261123, ctx.log) : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'coach-bench-sync-'));
  const env = coachEnv(join(scratch, 'no-logs'));
  const cluster = await startCluster({ name: 'bench-sync' });
  const dbs = databases(cluster);
  const verdicts = [];
  const began = Date.now();
  // A part where coach fails is told and fails its verdict; the parts after it still run.
  const failed = (part) => (error) => {
    console.log(`\nsync: ${part}: ${error instanceof Error ? error.message : error}`);
    verdicts.push({ title: `sync: ${part} ran through`, ratio: 1, target: 0, pass: false });
    return undefined;
  };
  try {
    console.log(`\nsync: PostgreSQL 15 at ${cluster.url()}`);
    const first = await syncVsFloor(ctx, { n, dir, dbs, env, scratch });
    verdicts.push(first.verdict, await rerun(ctx, { n, dir, db: first.db, env }));
    const small = reportPair(ctx, { sessions: n, dir, url: first.db.url, env, ...SMALL_ROUNDS });
    const memory = { sync: first.memory, report: { at: n, rss: small.dbRss } };
    await dbs.drop(first.db);
    const big = bigDir
      ? await bigRound(ctx, { bigN, bigDir, dbs, env, memory }).catch(failed(`${bigN} sessions`))
      : undefined;
    verdicts.push(...reportVerdicts(small, big), ...memoryVerdicts(memory, !bigDir));
    const { url } = await dbs.fresh('follow');
    const folder = join(scratch, 'follow');
    const latency = await followVerdict(ctx, { url, env, dataDir: dir, folder }).catch(
      failed('--follow'),
    );
    if (latency) verdicts.push(latency);
  } finally {
    await cluster.destroy();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nsync: measured in ${((Date.now() - began) / 60_000).toFixed(1)} minutes`);
  return verdicts;
}
