// `coach report` and `coach sessions` over the same 100,000 generated sessions,
// this build against a baseline revision, interleaved in one run (who goes first
// swaps each round): the report must stay within 5% of the baseline, and the
// listing, which reads through the report's fast reader, must be at least twice
// as fast. Wall time and CPU time (every thread, user + system) are shown, as the
// median and the least of the runs: on a shared machine the neighbours' load only
// ever adds time, so the least is the steadiest figure, and the verdicts use it.
// With COACH_BENCH_CALLGRIND=1 (and valgrind installed) the report also runs three
// times each under callgrind, one thread, over 10,000 sessions: instructions
// executed, which depend on the machine's load only through when the engine's
// background compiler finishes (a few percent), so their mean is compared.
//
//   COACH_BENCH_BASELINE=<rev> npm run bench -- readers
//   COACH_BENCH_SESSIONS=10000 COACH_BENCH_BASELINE=HEAD~3 npm run bench -- readers
//
// Without COACH_BENCH_BASELINE the bench says so and measures nothing.
import { spawnSync } from 'node:child_process';
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
  const pick = (list, key, of) => of(list.map((t) => t[key]));
  const least = (values) => Math.min(...values);
  const side = (key, of) => ({
    now: pick(times.now, key, of),
    before: pick(times.before, key, of),
  });
  return {
    wall: side('wall', least),
    cpu: side('cpu', least),
    medianWall: side('wall', median),
    medianCpu: side('cpu', median),
  };
}

/** Instructions of one `coach report` (one thread, 10,000 sessions) under callgrind. */
function instructions(ctx, base, short) {
  const dir = ensureDataset(ctx.root, 10_000, 20261123, ctx.log);
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C', COACH_REPORT_THREADS: '1' };
  const count = (bin) => {
    const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', ctx.node, bin];
    const result = spawnSync('valgrind', [...args, 'report', '--format', 'json', dir], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const found = /Collected : (\d+)/.exec(result.stderr ?? '');
    if (!found) throw new Error(`callgrind gave no count: ${result.stderr}`.slice(0, 500));
    return Number(found[1]);
  };
  ctx.log('  report under callgrind, 10,000 sessions, three times each\n');
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const runs = { before: [], now: [] };
  for (let i = 0; i < 3; i++) {
    runs.before.push(count(base.bin));
    runs.now.push(count(ctx.coach));
  }
  const before = mean(runs.before);
  const now = mean(runs.now);
  const ratio = now / before;
  console.log(
    `\nreaders: report instructions, 10000 sessions, one thread, mean of 3: ${(before / 1e9).toFixed(2)}G → ${(now / 1e9).toFixed(2)}G (${ratio.toFixed(3)}x)`,
  );
  return [
    {
      title: `readers: report instructions vs ${short} (10000 sessions)`,
      ratio,
      target: REPORT_MAX,
      pass: ratio <= REPORT_MAX,
    },
  ];
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
        title: `readers: report wall time (least) vs ${short} (${sessions} sessions)`,
        ratio,
        target: REPORT_MAX,
        pass: ratio <= REPORT_MAX,
      });
    } else {
      verdicts.push({
        title: `readers: sessions wall time (least) vs ${short} (${sessions} sessions)`,
        ratio,
        target: 1 / SESSIONS_MIN_SPEEDUP,
        pass: ratio * SESSIONS_MIN_SPEEDUP <= 1,
      });
    }
  }
  console.log(`\nreaders: ${sessions} sessions, this build vs ${short}`);
  console.log('  command    figure        before     now        ratio');
  for (const [name, m] of rows) {
    for (const [label, pair] of [
      ['wall, least', m.wall],
      ['wall, median', m.medianWall],
      ['cpu, least', m.cpu],
      ['cpu, median', m.medianCpu],
    ]) {
      const ratio = `${(pair.now / pair.before).toFixed(3)}x`;
      const cells = [name.padEnd(9), label.padEnd(12), secs(pair.before), secs(pair.now), ratio];
      console.log(`  ${cells.map((c) => c.padEnd(9)).join('  ')}`);
    }
  }
  if (process.env.COACH_BENCH_CALLGRIND === '1') {
    verdicts.push(...instructions(ctx, base, short));
  }
  return verdicts;
}
