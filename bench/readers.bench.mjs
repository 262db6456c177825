// `coach report` and `coach sessions` over the same 100,000 generated sessions,
// this build against a baseline revision, interleaved in one run (who goes first
// swaps each round): the report must stay within 5% of the baseline, and the
// listing, which reads through the report's fast reader, must be at least twice
// as fast. Both wall time and CPU time (every thread, user + system) are shown;
// the verdicts use wall time, as a user feels it.
//
//   COACH_BENCH_BASELINE=<rev> npm run bench -- readers
//   COACH_BENCH_SESSIONS=10000 COACH_BENCH_BASELINE=HEAD~3 npm run bench -- readers
//
// Without COACH_BENCH_BASELINE the bench says so and measures nothing.
import { baselineCoach } from './baseline.mjs';
import { runTimed } from './cpu-time.mjs';
import { median, runsFor } from './lib.mjs';
import { ensureDataset } from './report-gen.mjs';

const REPORT_MAX = 1.05;
const SESSIONS_MIN_SPEEDUP = 2;

function sessionsFromEnv() {
  const n = Number.parseInt(process.env.COACH_BENCH_SESSIONS ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : 100_000;
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Runs both `runs` times, alternating who goes first, after one untimed round each. */
function sideBySide(now, before, runs) {
  runTimed(now);
  runTimed(before);
  const times = { now: [], before: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['now', 'before'] : ['before', 'now'];
    for (const which of order) times[which].push(runTimed(which === 'now' ? now : before));
  }
  const pick = (list, key) => median(list.map((t) => t[key]));
  return {
    wall: { now: pick(times.now, 'wall'), before: pick(times.before, 'wall') },
    cpu: { now: pick(times.now, 'cpu'), before: pick(times.before, 'cpu') },
  };
}

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
  const command = (bin, args) => ({ cmd: ctx.node, args: [bin, ...args, dir], env });
  const verdicts = [];
  const rows = [];
  const short = base.sha.slice(0, 12);
  for (const [name, args, runs] of [
    ['report', ['report', '--format', 'json'], runsFor(9)],
    ['sessions', ['sessions', '--json'], runsFor(3)],
  ]) {
    ctx.log(`  ${name}: ${runs} runs each, interleaved\n`);
    const m = sideBySide(command(ctx.coach, args), command(base.bin, args), runs);
    const ratio = m.wall.now / m.wall.before;
    rows.push([name, m]);
    ctx.log(
      `  ${name}: wall ${secs(m.wall.before)} → ${secs(m.wall.now)} (${ratio.toFixed(2)}x)\n`,
    );
    if (name === 'report') {
      verdicts.push({
        title: `readers: report wall time vs ${short} (${sessions} sessions)`,
        ratio,
        target: REPORT_MAX,
        pass: ratio <= REPORT_MAX,
      });
    } else {
      verdicts.push({
        title: `readers: sessions wall time vs ${short} (${sessions} sessions)`,
        ratio,
        target: 1 / SESSIONS_MIN_SPEEDUP,
        pass: ratio * SESSIONS_MIN_SPEEDUP <= 1,
      });
    }
  }
  console.log(`\nreaders: ${sessions} sessions, this build vs ${short} (medians)`);
  console.log('  command    wall before  wall now   ratio   cpu before  cpu now    ratio');
  for (const [name, m] of rows) {
    const cells = [
      name.padEnd(9),
      secs(m.wall.before).padEnd(11),
      secs(m.wall.now).padEnd(9),
      `${(m.wall.now / m.wall.before).toFixed(2)}x`.padEnd(6),
      secs(m.cpu.before).padEnd(10),
      secs(m.cpu.now).padEnd(9),
      `${(m.cpu.now / m.cpu.before).toFixed(2)}x`,
    ];
    console.log(`  ${cells.join('  ')}`);
  }
  return verdicts;
}
