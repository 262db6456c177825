// `coach report` and `coach sessions` over the same 100,000 generated sessions,
// this build against a baseline revision, interleaved in one run: the report must
// stay within 5% of the baseline's time, and the listing, which reads through the
// report's fast reader, must be at least twice as fast as the baseline's.
//
//   COACH_BENCH_BASELINE=<rev> npm run bench -- readers
//   COACH_BENCH_SESSIONS=10000 COACH_BENCH_BASELINE=HEAD~3 npm run bench -- readers
//
// Without COACH_BENCH_BASELINE the bench says so and measures nothing.
import { baselineCoach } from './baseline.mjs';
import { interleaved, median, runsFor } from './lib.mjs';
import { ensureDataset } from './report-gen.mjs';

const REPORT_MAX = 1.05;
const SESSIONS_MIN_SPEEDUP = 2;

function sessionsFromEnv() {
  const n = Number.parseInt(process.env.COACH_BENCH_SESSIONS ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : 100_000;
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

export default async function readers(ctx) {
  const rev = process.env.COACH_BENCH_BASELINE;
  if (!rev) {
    console.log('\nreaders: set COACH_BENCH_BASELINE=<git revision> to compare with it; skipped');
    return [];
  }
  const base = baselineCoach(ctx.root, rev, ctx.log);
  const sessions = sessionsFromEnv();
  const dir = ensureDataset(ctx.root, sessions, 20261123, ctx.log);
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C' };
  delete env.COACH_LANG;
  delete env.COACH_REPORT_THREADS;
  const command = (bin, args) => ({ cmd: ctx.node, args: [bin, ...args, dir], env, discard: true });
  const verdicts = [];
  const rows = [];
  for (const [name, args, runs] of [
    ['report', ['report', '--format', 'json'], runsFor(7)],
    ['sessions', ['sessions', '--json'], runsFor(3)],
  ]) {
    ctx.log(`  ${name}: ${runs} runs each, interleaved\n`);
    const times = interleaved({
      subject: { label: `coach ${name}`, ...command(ctx.coach, args) },
      baseline: { label: `baseline ${name}`, ...command(base.bin, args) },
      runs,
      warmup: 1,
    });
    const now = median(times.subject);
    const before = median(times.baseline);
    rows.push([name, secs(before), secs(now), `${(now / before).toFixed(2)}x`]);
    ctx.log(`  ${name}: baseline ${secs(before)}, now ${secs(now)}\n`);
    if (name === 'report') {
      verdicts.push({
        title: `readers: report time vs ${base.sha.slice(0, 12)} (${sessions} sessions)`,
        ratio: now / before,
        target: REPORT_MAX,
        pass: now <= before * REPORT_MAX,
      });
    } else {
      verdicts.push({
        title: `readers: sessions time vs ${base.sha.slice(0, 12)} (${sessions} sessions)`,
        ratio: now / before,
        target: 1 / SESSIONS_MIN_SPEEDUP,
        pass: now * SESSIONS_MIN_SPEEDUP <= before,
      });
    }
  }
  console.log(`\nreaders: ${sessions} sessions, baseline ${base.sha.slice(0, 12)} (medians)`);
  console.log('  command    baseline   now        now / baseline');
  for (const [name, before, now, ratio] of rows) {
    console.log(`  ${name.padEnd(9)}  ${before.padEnd(9)}  ${now.padEnd(9)}  ${ratio}`);
  }
  return verdicts;
}
