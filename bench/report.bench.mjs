// `coach report --format json` over 100,000 generated sessions (about two million
// events in the one-file-per-session layout, 1% cut off mid-line) against the
// same aggregation done by DuckDB (read_text + SQL) and by jq, side by side in one
// run, after checking that all three give exactly the same numbers; then coach's
// peak memory at 10,000 and at 100,000 sessions.
//
//   npm run bench -- report                         the whole bench
//   COACH_BENCH_SESSIONS=10000 npm run bench -- report   a quicker run
//
// The data sets are cached under the system's temp folder (generation is slow).
// DuckDB is installed on demand into <tmp>/coach-bench-deps, never into the
// project; jq is Debian's `jq` and is skipped, with a hint, when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interleaved, median, runsFor, timeOnce } from './lib.mjs';
import { peakRss } from './peak-rss.mjs';
import { ensureDataset } from './report-gen.mjs';

const MIB = 1024 * 1024;
/**
 * Bounded memory: ten times the sessions may cost at most a quarter more peak
 * memory (the runtime itself is most of the small run's peak).
 */
const MAX_GROWTH = 1.25;
const DEPS = join(tmpdir(), 'coach-bench-deps');

function sessionsFromEnv() {
  const n = Number.parseInt(process.env.COACH_BENCH_SESSIONS ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : 100_000;
}

function ensureDuckDb(log) {
  if (existsSync(join(DEPS, 'node_modules', '@duckdb', 'node-api'))) return true;
  log(`  installing @duckdb/node-api into ${DEPS} (once)\n`);
  const result = spawnSync('npm', ['install', '--prefix', DEPS, '--no-save', '@duckdb/node-api'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return result.status === 0;
}

function hasJq() {
  return spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0;
}

function output(label, cmd, args, env) {
  const result = spawnSync(cmd, args, { env, maxBuffer: 256 * MIB, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** coach's JSON report in the comparison shape of the reference scripts. */
function comparable(report) {
  const steps = {};
  for (const s of report.steps) {
    steps[`${s.script}\u0000${s.step}`] = [s.entered, s.done, s.skipped, s.medianMs, s.p90Ms];
  }
  return { sessions: report.sessions.byStatus, unreadableLines: report.unreadableLines, steps };
}

function differences(want, got) {
  const out = [];
  for (const key of ['completed', 'aborted', 'interrupted']) {
    if (want.sessions[key] !== got.sessions[key])
      out.push(`sessions.${key}: ${got.sessions[key]} ≠ ${want.sessions[key]}`);
  }
  if (want.unreadableLines !== got.unreadableLines)
    out.push(`unreadableLines: ${got.unreadableLines} ≠ ${want.unreadableLines}`);
  const keys = new Set([...Object.keys(want.steps), ...Object.keys(got.steps)]);
  for (const key of [...keys].sort()) {
    const a = JSON.stringify(want.steps[key] ?? null);
    const b = JSON.stringify(got.steps[key] ?? null);
    if (a !== b) out.push(`${key.replace('\u0000', '/')}: ${b} ≠ ${a}`);
  }
  return out;
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;

export default async function report(ctx) {
  const sessions = sessionsFromEnv();
  const small = Math.min(10_000, sessions);
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C' };
  delete env.COACH_LANG;
  delete env.COACH_REPORT_THREADS;

  ctx.log(`report: data sets of ${sessions} and ${small} sessions (cached in ${tmpdir()})\n`);
  const dir = ensureDataset(ctx.root, sessions, 20261123, ctx.log);
  const smallDir = small === sessions ? dir : ensureDataset(ctx.root, small, 20261123, ctx.log);

  const coachRun = {
    label: 'coach report',
    cmd: ctx.node,
    args: [ctx.coach, 'report', '--format', 'json', dir],
    env,
  };
  const coachNumbers = comparable(
    JSON.parse(output('coach report', coachRun.cmd, coachRun.args, env)),
  );

  const columns = [];
  const verdicts = [];
  let agreed = true;
  const duck = ensureDuckDb(ctx.log)
    ? {
        label: 'DuckDB',
        cmd: ctx.node,
        args: [join(ctx.root, 'bench', 'report-duckdb.mjs'), DEPS, dir],
        env,
      }
    : undefined;
  if (!duck) console.log('\nreport: DuckDB could not be installed; its column is skipped');
  const jq = hasJq()
    ? { label: 'jq', cmd: ctx.node, args: [join(ctx.root, 'bench', 'report-jq.mjs'), dir], env }
    : undefined;
  if (!jq)
    console.log('\nreport: jq is not installed (apt-get install -y jq); its column is skipped');

  for (const ref of [duck, jq]) {
    if (!ref) continue;
    const diff = differences(JSON.parse(output(ref.label, ref.cmd, ref.args, env)), coachNumbers);
    if (diff.length > 0) {
      agreed = false;
      console.log(`\nreport: ${ref.label} and coach disagree (coach ≠ ${ref.label}):`);
      for (const line of diff.slice(0, 10)) console.log(`  ${line}`);
    }
  }
  if (!agreed) {
    return [{ title: 'report: coach agrees with DuckDB and jq', ratio: 1, target: 0, pass: false }];
  }
  console.log(
    `\nreport: coach, DuckDB and jq agree on every step's counts, median and p90 (${Object.keys(coachNumbers.steps).length} steps)`,
  );

  const runs = runsFor(5);
  let coachTimes = [];
  if (duck) {
    const times = interleaved({ subject: coachRun, baseline: duck, runs, warmup: 1 });
    coachTimes = times.subject;
    columns.push(['DuckDB', median(times.baseline), 3]);
  } else {
    for (let i = 0; i < runs; i++) coachTimes.push(timeOnce(coachRun));
  }
  const coachMs = median(coachTimes);
  if (jq) columns.push(['jq', timeOnce(jq), 30]);

  const rssBig = peakRss(ctx, dir, env);
  const rssSmall = smallDir === dir ? rssBig : peakRss(ctx, smallDir, env);

  console.log(
    `\nreport: coach report --format json over ${sessions} sessions (median of ${coachTimes.length} runs)`,
  );
  const rows = [['tool', 'time', 'coach faster by', 'target', '']];
  rows.push(['coach report', secs(coachMs), '', '', '']);
  for (const [label, ms, factor] of columns) {
    const pass = coachMs * factor <= ms;
    rows.push([
      label,
      secs(ms),
      `${(ms / coachMs).toFixed(1)}x`,
      `≥ ${factor}x`,
      pass ? 'PASS' : 'FAIL',
    ]);
    verdicts.push({
      title: `report: coach vs ${label} (${sessions} sessions)`,
      ratio: coachMs / ms,
      target: 1 / factor,
      pass,
    });
  }
  rows.push([
    `peak RSS, ${sessions}`,
    mib(rssBig),
    '',
    '< 200 MiB',
    rssBig < 200 * MIB ? 'PASS' : 'FAIL',
  ]);
  if (smallDir !== dir) {
    const growth = rssBig / rssSmall;
    rows.push([`peak RSS, ${small}`, mib(rssSmall), '', '', '']);
    rows.push([
      `RSS ${sessions} / ${small}`,
      `${growth.toFixed(2)}x`,
      '',
      `≤ ${MAX_GROWTH}x`,
      growth <= MAX_GROWTH ? 'PASS' : 'FAIL',
    ]);
    verdicts.push({
      title: `report: memory growth ${small} → ${sessions} sessions`,
      ratio: growth,
      target: MAX_GROWTH,
      pass: growth <= MAX_GROWTH,
    });
  }
  verdicts.push({
    title: 'report: peak RSS / 200 MiB',
    ratio: rssBig / (200 * MIB),
    target: 1,
    pass: rssBig < 200 * MIB,
  });
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) {
    console.log(
      `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ')}`,
    );
  }
  return verdicts;
}
