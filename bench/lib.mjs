// Helpers for benchmarks that compare a command with a baseline on a shared,
// noisy machine: the two run alternately in one loop (and swap who goes first
// every round) so that background load falls on both alike, and results are
// read as medians and the ratio of medians, never as absolute promises.
import { spawnSync } from 'node:child_process';

/** Runs a command once and returns its wall time in milliseconds. */
export function timeOnce({ label, cmd, args = [], cwd, env, status = 0 }) {
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, args, {
    cwd,
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== status) {
    throw new Error(
      `${label ?? cmd} exited with ${result.status} (expected ${status}):\n${result.stderr}${result.stdout}`.slice(
        0,
        2000,
      ),
    );
  }
  return ms;
}

/**
 * Times `subject` and `baseline` `runs` times each, interleaved, after `warmup`
 * untimed rounds (file-system cache, CPU frequency).
 */
export function interleaved({ subject, baseline, runs, warmup = 2, onRound }) {
  const times = { subject: [], baseline: [] };
  for (let i = 0; i < warmup; i++) {
    timeOnce(subject);
    timeOnce(baseline);
  }
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
    for (const which of order) {
      times[which].push(timeOnce(which === 'subject' ? subject : baseline));
    }
    onRound?.(i + 1, runs);
  }
  return times;
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples) {
  return {
    runs: samples.length,
    median: median(samples),
    p90: percentile(samples, 90),
    min: Math.min(...samples),
  };
}

const ms = (n) => `${n.toFixed(1)} ms`;

/** Prints the subject and the baseline side by side and returns the verdict. */
export function report({ title, subjectLabel, baselineLabel, times, target }) {
  const subject = summarize(times.subject);
  const baseline = summarize(times.baseline);
  const ratio = subject.median / baseline.median;
  const pass = ratio <= target;
  const rows = [
    ['', 'median', 'p90', 'min', 'runs'],
    [subjectLabel, ms(subject.median), ms(subject.p90), ms(subject.min), String(subject.runs)],
    [baselineLabel, ms(baseline.median), ms(baseline.p90), ms(baseline.min), String(baseline.runs)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${line(r)}`);
  console.log(
    `  ratio of medians ${ratio.toFixed(2)}   target ≤ ${target.toFixed(2)}   ${pass ? 'PASS' : 'FAIL'}`,
  );
  return { title, ratio, target, pass, subject, baseline };
}

/** Runs per side: the bench's default, unless BENCH_RUNS overrides it (e.g. for a quick look). */
export function runsFor(defaultRuns) {
  const fromEnv = Number.parseInt(process.env.BENCH_RUNS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

/** A small seeded generator (mulberry32): the same seed gives the same files everywhere. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}
