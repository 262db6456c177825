// A tampered shared log folder and runaway sessions, through `coach sessions`,
// `coach report` and `coach replay`: how long each takes and its peak memory,
// with a time limit, for this build (and, when COACH_BENCH_BASELINE names a
// revision, for that build too, side by side). Cases:
//   - a script snapshot that is a link to /dev/zero, and one that is a FIFO;
//   - a session file that is a FIFO, and a link to / inside the log folder;
//   - one session of 10 million event lines, and one of 10 million empty lines.
//
//   npm run bench -- hostile
//   COACH_BENCH_BASELINE=<rev> npm run bench -- hostile
//   COACH_BENCH_SUBJECT=<rev> COACH_BENCH_BASELINE=<rev> node bench/run.mjs hostile
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineCoach } from './baseline.mjs';

const LIMIT_MS = 60_000;
const DAY = '2026-11-23';
const SHA = 'c'.repeat(64);
const start = (id) =>
  JSON.stringify({
    v: 1,
    t: `${DAY}T10:00:00.000Z`,
    type: 'start',
    session: id,
    script: { id: 's', sha256: SHA },
    locale: 'en',
    agent: 'ana',
    host: 'h',
    coach: '0',
    logPii: false,
  });
const enter = JSON.stringify({
  t: `${DAY}T10:00:01.000Z`,
  type: 'enter',
  step: 'greet',
  stage: 'greeting',
});

/** A file of `count` copies of `line`, written in large blocks. */
function repeatLines(path, head, line, count) {
  const fd = openSync(path, 'w');
  writeSync(fd, `${head}\n`);
  const block = `${line}\n`.repeat(10_000);
  for (let i = 0; i < count; i += 10_000) writeSync(fd, block);
  closeSync(fd);
}

function folders(root) {
  rmSync(root, { recursive: true, force: true });
  const make = (name, build) => {
    const dir = join(root, name);
    mkdirSync(join(dir, DAY), { recursive: true });
    mkdirSync(join(dir, 'scripts'));
    build(dir);
    return dir;
  };
  const one = (dir, id) => writeFileSync(join(dir, DAY, `${id}.jsonl`), `${start(id)}\n${enter}\n`);
  return {
    'snapshot → /dev/zero': make('zero', (dir) => {
      one(dir, '01M84D4AV3C5JCZV4W59X8YEKF');
      symlinkSync('/dev/zero', join(dir, 'scripts', `${SHA}.yaml`));
    }),
    'snapshot is a FIFO': make('fifo-snapshot', (dir) => {
      one(dir, '01M84D4AV3C5JCZV4W59X8YEKF');
      spawnSync('mkfifo', [join(dir, 'scripts', `${SHA}.yaml`)]);
    }),
    'session file is a FIFO, link to /': make('fifo-session', (dir) => {
      one(dir, '01M84D4AV3C5JCZV4W59X8YEKF');
      spawnSync('mkfifo', [join(dir, DAY, '01M84D4AV3C5JCZV4W59X8YEKG.jsonl')]);
      symlinkSync('/', join(dir, 'everything'));
    }),
    '10 million events': make('events', (dir) => {
      repeatLines(
        join(dir, DAY, '01M84D4AV3C5JCZV4W59X8YEKF.jsonl'),
        start('01M84D4AV3C5JCZV4W59X8YEKF'),
        enter,
        10_000_000,
      );
    }),
    '10 million empty lines': make('empty', (dir) => {
      repeatLines(
        join(dir, DAY, '01M84D4AV3C5JCZV4W59X8YEKF.jsonl'),
        start('01M84D4AV3C5JCZV4W59X8YEKF'),
        '',
        10_000_000,
      );
    }),
  };
}

/** Time and peak memory of one run, or how it failed (over the limit, killed). */
function measure(node, bin, args) {
  const started = process.hrtime.bigint();
  // `timeout` stops coach itself: stopping only `time` would leave a runaway coach
  // behind, still reading /dev/zero into memory while the next case is measured.
  const limit = ['timeout', '-s', 'KILL', String(LIMIT_MS / 1000)];
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS %M', ...limit, node, bin, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: LIMIT_MS + 10_000,
    env: { ...process.env, LANG: 'C', NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /RSS (\d+)/.exec(r.stderr ?? '');
  if (r.error?.code === 'ETIMEDOUT' || r.signal || r.status === 137) {
    return `over ${LIMIT_MS / 1000} s (stopped)`;
  }
  const peak = rss ? `${(Number(rss[1]) / 1024).toFixed(0)} MiB` : '?';
  return `${(ms / 1000).toFixed(2)} s, ${peak}, exit ${r.status}`;
}

export default async function hostile(ctx) {
  if (!existsSync('/usr/bin/time')) {
    console.log(
      '\nhostile: GNU time (Debian package `time`) is needed to read peak memory; skipped',
    );
    return [];
  }
  const root = join(tmpdir(), 'coach-bench-hostile');
  ctx.log(`  writing the folders into ${root}\n`);
  const cases = folders(root);
  const base = baselineCoach(ctx.root, process.env.COACH_BENCH_BASELINE, ctx.log);
  // COACH_BENCH_SUBJECT=<rev> measures that revision instead of this checkout's build.
  const subject = baselineCoach(ctx.root, process.env.COACH_BENCH_SUBJECT, ctx.log);
  const builds = [
    [subject ? `build ${subject.sha.slice(0, 12)}` : 'this build', subject?.bin ?? ctx.coach],
    ...(base ? [[`baseline ${base.sha.slice(0, 12)}`, base.bin]] : []),
  ];
  console.log(`\nhostile: time and peak memory (each run stopped after ${LIMIT_MS / 1000} s)`);
  for (const [label, dir] of Object.entries(cases)) {
    const session = join(dir, DAY, '01M84D4AV3C5JCZV4W59X8YEKF.jsonl');
    for (const [command, args] of [
      ['sessions', ['sessions', '--json', dir]],
      ['report', ['report', '--format', 'json', dir]],
      ['replay', ['replay', '--summary', '--log-dir', dir, session]],
    ]) {
      for (const [build, bin] of builds) {
        console.log(
          `  ${label.padEnd(34)} ${command.padEnd(9)} ${build.padEnd(22)} ${measure(ctx.node, bin, args)}`,
        );
      }
    }
  }
  rmSync(root, { recursive: true, force: true });
  return [];
}
