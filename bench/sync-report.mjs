// `coach report --db` against `coach report` over the files it was synced from:
// first whether it says exactly the same (both JSON documents parsed and compared
// as JSON.stringify writes them; where they part, the first path that differs,
// key order included, since the promise is the same JSON byte for byte), then
// how long each takes, interleaved.
import { median } from './lib.mjs';
import { measureCoach } from './sync-rss.mjs';
import { printCommand, printTable, secs, verdictWord } from './sync-table.mjs';

const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The first place where `got` is not `want`, as `path: got ≠ want`; undefined when equal. */
function firstDifference(want, got, path = '$') {
  if (kind(want) !== kind(got) || (typeof want !== 'object' && want !== got) || want === null) {
    return want === got ? undefined : `${path}: ${show(got)} ≠ ${show(want)}`;
  }
  if (Array.isArray(want)) {
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      const d = firstDifference(want[i], got[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const wantKeys = Object.keys(want);
  const gotKeys = Object.keys(got);
  for (let i = 0; i < Math.max(wantKeys.length, gotKeys.length); i++) {
    const key = wantKeys[i] ?? gotKeys[i];
    if (wantKeys[i] !== gotKeys[i]) {
      const missing = !(key in got) ? 'missing' : !(key in want) ? 'extra' : 'out of order';
      return `${path}.${key}: key ${missing} (keys ${show(gotKeys)} ≠ ${show(wantKeys)})`;
    }
    const d = firstDifference(want[key], got[key], `${path}.${key}`);
    if (d) return d;
  }
  return undefined;
}

/** Compares the two reports' text; returns undefined when they are the same JSON. */
function reportDifference(filesText, dbText) {
  const want = JSON.parse(filesText);
  const got = JSON.parse(dbText);
  if (JSON.stringify(want) === JSON.stringify(got)) return undefined;
  return firstDifference(want, got) ?? 'the JSON differs, though no path does';
}

/**
 * report --db vs report over the files at one size, in alternating rounds (who
 * goes first swaps each round): the first round's outputs are compared, every
 * run is timed and its peak memory taken. Rounds stop at `runs`, or earlier when
 * another round as long as the last would end past `budgetMs` (one round at
 * least), so that a slow side cannot stretch the bench to an hour.
 */
export function reportPair(ctx, { sessions, dir, url, env, runs, budgetMs }) {
  const sides = {
    files: ['report', '--format', 'json', dir],
    db: ['report', '--format', 'json', '--db', url],
  };
  printCommand('coach report (files)', ctx.node, [ctx.coach, ...sides.files]);
  printCommand('coach report --db', ctx.node, [ctx.coach, ...sides.db]);
  const times = { files: [], db: [] };
  const out = {};
  let dbRss = 0;
  const started = Date.now();
  let roundMs = 0;
  for (let i = 0; i < runs && (i === 0 || Date.now() - started + roundMs <= budgetMs); i++) {
    const roundStart = Date.now();
    for (const side of i % 2 === 0 ? ['db', 'files'] : ['files', 'db']) {
      const m = measureCoach(ctx, sides[side], env);
      times[side].push(m.ms);
      out[side] ??= m.stdout;
      if (side === 'db') dbRss = Math.max(dbRss, m.rss);
    }
    roundMs = Date.now() - roundStart;
    ctx.log(`  report at ${sessions}: round ${i + 1} of ${runs}\n`);
  }
  if (times.db.length < runs) {
    console.log(
      `  ${times.db.length} of ${runs} rounds: one more would have gone past the ${budgetMs / 1000} s given to this size`,
    );
  }
  let difference;
  try {
    difference = reportDifference(out.files, out.db);
  } catch (error) {
    difference = `not JSON: ${error.message}`;
  }
  console.log(
    difference === undefined
      ? `  at ${sessions} sessions both print the same JSON (${out.files.length} bytes)`
      : `  at ${sessions} sessions the JSON differs; first difference (report --db ≠ files): ${difference}`,
  );
  return {
    sessions,
    same: difference === undefined,
    db: median(times.db),
    files: median(times.files),
    runs: times.db.length,
    dbRss,
  };
}

/** The table of both sizes and the verdicts: the ratio at the smaller, the growth to the bigger. */
export function reportVerdicts(small, big) {
  const ratio = small.db / small.files;
  const rows = [['sessions', 'report --db', 'report (files)', 'ratio', 'same JSON']];
  for (const r of [small, big].filter(Boolean)) {
    rows.push([
      String(r.sessions),
      secs(r.db),
      secs(r.files),
      `${(r.db / r.files).toFixed(2)}x`,
      r.same ? 'yes' : 'NO',
    ]);
  }
  const pass = ratio <= 1.5 && small.same;
  const verdicts = [
    { title: `sync: report --db vs files (${small.sessions} sessions)`, ratio, target: 1.5, pass },
  ];
  let growthLine = `  target at ${small.sessions}: ≤ 1.50x and the same JSON   ${verdictWord(pass)}`;
  if (big) {
    const growth = big.db / small.db / (big.files / small.files);
    const ok = growth <= 1.1 && big.same;
    growthLine += `\n  growth ${small.sessions} → ${big.sessions}: report --db ${(big.db / small.db).toFixed(2)}x, files ${(big.files / small.files).toFixed(2)}x; their quotient ${growth.toFixed(2)}, target ≤ 1.10   ${verdictWord(ok)}`;
    verdicts.push({
      title: `sync: report --db growth ${small.sessions} → ${big.sessions} / files'`,
      ratio: growth,
      target: 1.1,
      pass: ok,
    });
  }
  printTable(
    `sync: coach report --format json, --db vs over the files (medians of ${small.runs}${big ? ` and ${big.runs}` : ''} interleaved runs)`,
    rows,
  );
  console.log(growthLine);
  return verdicts;
}
