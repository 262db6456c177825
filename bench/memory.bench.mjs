// Peak memory of `coach report --format json` as the number of sessions grows:
// the same seeded generator as the report bench, at 10,000, 100,000 and
// 1,000,000 sessions by default (the largest set takes about 4 GB of temp
// space and a minute to generate, once). Memory is bounded when ten times the
// sessions cost at most a quarter more.
//
//   npm run bench -- memory
//   COACH_BENCH_MEMORY_SESSIONS=10000,100000 npm run bench -- memory
import { tmpdir } from 'node:os';
import { peakRss } from './peak-rss.mjs';
import { ensureDataset } from './report-gen.mjs';

const MIB = 1024 * 1024;
const MAX_GROWTH_PER_TENFOLD = 1.25;

function sizesFromEnv() {
  const text = process.env.COACH_BENCH_MEMORY_SESSIONS ?? '10000,100000,1000000';
  const sizes = text
    .split(',')
    .map((s) => Number.parseInt(s, 10))
    .filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export default async function memory(ctx) {
  const sizes = sizesFromEnv();
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C' };
  delete env.COACH_LANG;
  delete env.COACH_REPORT_THREADS;
  ctx.log(`memory: data sets of ${sizes.join(', ')} sessions (cached in ${tmpdir()})\n`);
  const rows = sizes.map((n) => {
    const dir = ensureDataset(ctx.root, n, 20261123, ctx.log);
    // The smallest of three runs: a peak can only be raised by noise, never lowered.
    const rss = Math.min(...[0, 1, 2].map(() => peakRss(ctx, dir, env)));
    return { n, rss };
  });
  const first = rows[0];
  console.log('\nmemory: peak RSS of coach report --format json (least of 3 runs)');
  const verdicts = [];
  for (const row of rows) {
    const growth = row.rss / first.rss;
    const tenfolds = Math.log10(row.n / first.n);
    const allowed = MAX_GROWTH_PER_TENFOLD ** tenfolds;
    const line = `  ${String(row.n).padStart(9)} sessions   ${(row.rss / MIB).toFixed(1).padStart(6)} MiB`;
    if (row === first) {
      console.log(line);
      continue;
    }
    const pass = growth <= allowed;
    console.log(
      `${line}   ${growth.toFixed(2)}x   ≤ ${allowed.toFixed(2)}x   ${pass ? 'PASS' : 'FAIL'}`,
    );
    verdicts.push({
      title: `memory: peak RSS ${first.n} → ${row.n} sessions`,
      ratio: growth,
      target: allowed,
      pass,
    });
  }
  return verdicts;
}
