// `coach sync --follow` as a call in progress sees it: a session file in today's
// day folder, one line appended every 20 ms, and the database asked every few
// milliseconds how many of the session's lines it holds. A line's latency is
// from the moment its write returned to the first answer that counts it.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { median, percentile } from './lib.mjs';
import { millis, printCommand, printTable, secs, verdictWord } from './sync-table.mjs';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const POLL_MS = 5;
const FIRST_PASS_MS = 60_000;
/** A line not seen this long after its write counts as lost. */
const GIVE_UP_MS = 10_000;

/** A session id for now, in the log's format (10 characters of time, 16 random). */
function sessionIdNow(now) {
  let id = '';
  for (let i = 0, time = now; i < 10; i++, time = Math.floor(time / 32))
    id = CROCKFORD[time % 32] + id;
  for (let i = 0; i < 16; i++) id += CROCKFORD[randomInt(32)];
  return id;
}

/** The first two lines (start and first step) of the data set's first session, times set to now. */
function openingLines(dataDir, id) {
  const day = readdirSync(dataDir)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()[0];
  const file = readdirSync(join(dataDir, day))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()[0];
  const [start, enter] = readFileSync(join(dataDir, day, file), 'utf8')
    .split('\n')
    .map((l) => JSON.parse(l || 'null'));
  const t = new Date().toISOString();
  return [
    { ...start, t, session: id },
    { ...enter, t },
  ];
}

/**
 * Follows a fresh log folder into the database at `url` and writes `lines` lines;
 * returns each line's latency (ms), the lines never seen, the command line, how
 * sync ended when stopped (130: interrupted, as it should) and what it said on stderr.
 */
async function followLatency(ctx, { url, env, dataDir, folder, lines = 1000, everyMs = 20 }) {
  const now = Date.now();
  const day = join(folder, new Date(now).toISOString().slice(0, 10));
  mkdirSync(day, { recursive: true });
  cpSync(join(dataDir, 'scripts'), join(folder, 'scripts'), { recursive: true });
  const id = sessionIdNow(now);
  const [start, enter] = openingLines(dataDir, id);
  const file = join(day, `${id}.jsonl`);
  writeFileSync(file, `${JSON.stringify(start)}\n${JSON.stringify(enter)}\n`);
  const opening = 2;

  const args = [ctx.coach, 'sync', '--follow', '--db', url, folder];
  const child = spawn(ctx.node, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  let exitedEarly;
  exited.then((code) => {
    exitedEarly ??= code;
  });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seen = async () => {
    try {
      const r = await client.query('SELECT count(*) AS n FROM coach.lines WHERE session_id = $1', [
        id,
      ]);
      return Number(r.rows[0].n);
    } catch (error) {
      if (error.code === '42P01') return 0; // the first sync has not made its tables yet
      throw error;
    }
  };
  const written = [];
  const latencies = [];
  const result = { latencies, lost: 0, firstPassMs: 0, args, stderr: '', exit: undefined };
  try {
    const waitFrom = Date.now();
    while ((await seen()) < opening) {
      if (exitedEarly !== undefined)
        throw new Error(`coach sync --follow exited with ${exitedEarly}: ${stderr}`);
      if (Date.now() - waitFrom > FIRST_PASS_MS)
        throw new Error(
          `coach sync --follow did not sync the session's first lines in ${FIRST_PASS_MS / 1000} s: ${stderr}`,
        );
      await sleep(50);
    }
    result.firstPassMs = Date.now() - waitFrom;

    const note = (k) =>
      JSON.stringify({
        t: new Date().toISOString(),
        type: 'note',
        step: enter.step,
        text: `note ${k} of ${lines}`,
      });
    const writer = (async () => {
      const began = performance.now();
      for (let k = 0; k < lines; k++) {
        const due = began + k * everyMs - performance.now();
        if (due > 0) await sleep(due);
        appendFileSync(file, `${note(k + 1)}\n`);
        written.push(performance.now());
      }
    })();
    while (latencies.length < lines) {
      const n = (await seen()) - opening;
      const at = performance.now();
      while (latencies.length < Math.min(n, written.length))
        latencies.push(at - written[latencies.length]);
      const waiting = written[latencies.length];
      if (waiting !== undefined && at - waiting > GIVE_UP_MS) break;
      if (exitedEarly !== undefined) break;
      await sleep(POLL_MS);
    }
    await writer;
    result.lost = lines - latencies.length;
    return result;
  } finally {
    await client.end();
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    result.exit = await exited;
    result.stderr = stderr;
    clearTimeout(timer);
  }
}

/** Runs the follow measurement, prints its table and returns the verdict: p99 under a second, no line lost. */
export async function followVerdict(ctx, options) {
  const f = await followLatency(ctx, options);
  printCommand('follow', ctx.node, f.args);
  const seen = f.latencies;
  const p99 = seen.length > 0 ? percentile(seen, 99) : Number.POSITIVE_INFINITY;
  const pass = p99 < 1000 && f.lost === 0;
  printTable(
    `sync: --follow, ${seen.length + f.lost} lines written 20 ms apart, from the write to the row seen (first pass took ${secs(f.firstPassMs)})`,
    [
      ['', 'median', 'p99', 'max', 'lost', 'target', ''],
      [
        'latency',
        seen.length > 0 ? millis(median(seen)) : '-',
        seen.length > 0 ? millis(p99) : '-',
        seen.length > 0 ? millis(Math.max(...seen)) : '-',
        String(f.lost),
        'p99 < 1000 ms',
        verdictWord(pass),
      ],
    ],
  );
  if (f.exit !== 130) {
    console.log(
      `  coach sync --follow ended with ${f.exit} when interrupted (130 expected): ${f.stderr.trim()}`,
    );
  }
  return { title: 'sync: --follow p99 latency / 1 s', ratio: p99 / 1000, target: 1, pass };
}
