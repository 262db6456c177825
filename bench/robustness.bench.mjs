// A live call attacked from outside, in a pty, for this build and COACH_BENCH_BASELINE's:
//   - live runs stopped by SIGTERM, SIGHUP, SIGINT, a closed window or kill -9, half
//     50–140 ms after launch, half just after an action was acknowledged on screen:
//     acknowledged actions lost, end lines missing (kill -9 aside), crashes, core files;
//   - a full disk (a small tmpfs, filled, then freed) and the log folder deleted, during
//     a call: what the agent saw, the exit, what was kept. Needs mount (root). Not
//     here: a disk remounted read-only under an open log (mount refuses, busy), a
//     failing device (EIO: needs device-mapper).
//   COACH_BENCH_BASELINE=b8b8cf4 node bench/run.mjs robustness
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from 'node-pty';
import { baselineCoach } from './baseline.mjs';
import { runsFor, seededRandom } from './lib.mjs';
import { cleanEnv, makeSandbox, plainText } from './pty.mjs';

const HELLO = 'Hello, thank you for calling Fixture Shop.';
const NAME = 'May I have your name, please?';
const STOPS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'window', 'SIGKILL'];
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Every session under `dir`: its lines, parsed. */
const logsIn = (dir) =>
  (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [])
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean))
    .map((lines) => lines.map((line) => JSON.parse(line)));

/** Lines kept under `dir`, a count a file. */
const linesIn = (dir) => logsIn(dir).map((lines) => lines.length);

/** coach run in a pty of its own, so that the window can be closed (the pty's master destroyed). */
function start(coach, call, sandbox, extraEnv = {}, extraArgs = []) {
  const cwd = join(sandbox.root, 'work');
  mkdirSync(cwd, { recursive: true });
  const env = cleanEnv(sandbox, { XDG_STATE_HOME: join(sandbox.root, 'state'), ...extraEnv });
  const options = { name: 'xterm-256color', cols: 80, rows: 30, cwd, env };
  const args = [coach, '--lang', 'en', 'run', call, ...extraArgs];
  const child = pty.spawn(process.execPath, args, options);
  let output = '';
  let exit;
  child.onData((data) => {
    output += data;
  });
  const exited = new Promise((done) =>
    child.onExit((info) => {
      exit = info;
      done(info);
    }),
  );
  const run = {
    get output() {
      return output;
    },
    press: (keys) => exit === undefined && child.write(keys),
    /** Waits for `text` in what came after `from` (a length of the output). */
    async waitFor(text, from = 0) {
      for (const deadline = Date.now() + 10_000; ; await sleep(5)) {
        if (plainText(output.slice(from)).includes(plainText(text))) return;
        if (exit || Date.now() > deadline) throw new Error(`no ${JSON.stringify(text)} on screen`);
      }
    },
    stop: (how) => exit === undefined && (how === 'window' ? child.destroy() : child.kill(how)),
    /** The exit, or undefined when the child is still running after `ms` (then it is killed). */
    async exited(ms = 5000) {
      const info = await Promise.race([exited, sleep(ms)]);
      if (info === undefined) child.kill('SIGKILL');
      return info;
    },
  };
  return { run, cwd };
}

/** A hang, a signal of Node's own (ABRT, BUS, SEGV) or a status but 0 and 130; killed before Node listens is none. */
const crashed = (exit) =>
  !exit || [6, 7, 11].includes(exit.signal) || (!exit.signal && ![0, 130].includes(exit.exitCode));

async function signalRun(coach, call, stop, early, delay) {
  const sandbox = makeSandbox('coach-rob-');
  try {
    const { run, cwd } = start(coach, call, sandbox);
    let acknowledged = false;
    if (early) await sleep(delay);
    else {
      await run.waitFor(HELLO);
      const from = run.output.length;
      run.press('\r');
      await run.waitFor(NAME, from);
      acknowledged = true;
      await sleep(delay % 30);
    }
    run.stop(stop);
    const exit = await run.exited();
    const [log] = logsIn(sandbox.logDir);
    const types = (log ?? []).map((line) => `${line.type}:${line.step ?? ''}`);
    return {
      lost: acknowledged && !types.includes('done:hello'),
      noEnd: stop !== 'SIGKILL' && log !== undefined && !types.some((t) => t.startsWith('end')),
      crash: stop !== 'SIGKILL' && crashed(exit),
      core: readdirSync(cwd).some((name) => name.startsWith('core')),
    };
  } finally {
    sandbox.dispose();
  }
}

async function signals(label, coach, call, runs) {
  const random = seededRandom(10);
  const tally = { runs: 0, lost: 0, noEnd: 0, crash: 0, core: 0 };
  for (let i = 0; i < runs; i++) {
    const stop = STOPS[i % STOPS.length];
    const early = i % 2 === 0;
    const result = await signalRun(coach, call, stop, early, random.int(50, 140));
    tally.runs++;
    for (const key of ['lost', 'noEnd', 'crash', 'core']) if (result[key]) tally[key]++;
  }
  const { lost, noEnd, crash, core } = tally;
  const counts = `action lost ${lost}, end line missing ${noEnd}, crashed ${crash}, core files ${core}`;
  console.log(`  ${label.padEnd(10)} ${tally.runs} runs: acknowledged ${counts}`);
  return tally;
}

/** A tmpfs of `size` mounted at a new folder; undefined when mounting is not allowed. */
function tmpfs(size) {
  const sandbox = makeSandbox('coach-rob-disk-');
  const mount = join(sandbox.root, 'disk');
  mkdirSync(mount);
  const args = ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount];
  const mounted = spawnSync('/usr/bin/mount', args).status === 0;
  if (!mounted) return void sandbox.dispose();
  const dispose = () => spawnSync('/usr/bin/umount', ['-l', mount]) && sandbox.dispose();
  return { sandbox, mount, dispose };
}

// Start-line padding that leaves the log just under 4 KiB: the first action needs a
// new page, and a full tmpfs still takes writes into a page it gave.
const PAD = [1000, 1000, 1000, 530].flatMap((n, i) => ['--var', `pad${i}=${'x'.repeat(n)}`]);

/** One call whose disk `harm` breaks after the first screen; `heal` mends it before the last action. */
async function diskCase(coach, call, { harm, heal }) {
  const disk = tmpfs('256k');
  if (!disk) return 'skipped: mount not allowed';
  try {
    const logDir = join(disk.mount, 'logs');
    const { run } = start(coach, call, { ...disk.sandbox, logDir }, { COACH_LOG_DIR: logDir }, PAD);
    await run.waitFor(HELLO);
    try {
      harm(disk.mount, logDir);
    } catch {
      // A filler stopped by the full disk: that is the harm.
    }
    run.press('\r');
    await sleep(600);
    const told = /not saved/i.test(plainText(run.output.slice(-4000)));
    heal?.(disk.mount);
    // Then a step done, and the call ended: e, outcome 1, Enter if the number alone did not.
    for (const keys of '\re1\r') {
      run.press(keys);
      await sleep(400);
    }
    const exit = await run.exited(3000);
    const all = plainText(run.output);
    const trace = /\bat .+:\d+:\d+\)?/.test(all) || /LogError|log\.errors\./.test(all);
    const state = join(disk.sandbox.root, 'state', 'coach', 'recovery');
    return `told at once ${told ? 'yes' : 'no'}, stack trace ${trace ? 'yes' : 'no'}, exit ${exit ? (exit.signal ? `signal ${exit.signal}` : exit.exitCode) : 'hung'}, lines in log ${linesIn(logDir).join('+') || 0}, in recovery ${linesIn(state).join('+') || 0}`;
  } finally {
    disk.dispose();
  }
}

const CASES = {
  'full disk, then freed': {
    harm: (mount) => writeFileSync(join(mount, 'filler'), Buffer.alloc(1 << 20)),
    heal: (mount) => rmSync(join(mount, 'filler'), { force: true }),
  },
  'log folder deleted': { harm: (_, logDir) => rmSync(logDir, { recursive: true, force: true }) },
};

export default async function robustness(ctx) {
  const call = join(ctx.root, 'test', 'e2e', 'fixtures', 'call.yaml');
  const builds = [['this build', ctx.coach]];
  const base = baselineCoach(ctx.root, process.env.COACH_BENCH_BASELINE, ctx.log);
  if (base) builds.push([base.sha.slice(0, 8), base.bin]);
  const runs = runsFor(60);
  console.log(`\nrobustness: ${runs} live runs a build, stopped at random times`);
  const tallies = [];
  for (const [label, coach] of builds) tallies.push(await signals(label, coach, call, runs));
  for (const [name, harm] of Object.entries(CASES)) {
    console.log(`\n  ${name}`);
    for (const [label, coach] of builds) {
      console.log(`    ${label.padEnd(10)} ${await diskCase(coach, call, harm)}`);
    }
  }
  const { lost, noEnd, crash, core } = tallies[0];
  const bad = lost + noEnd + crash + core;
  const title = 'robustness: signalled runs that lost data or crashed';
  return { title, ratio: bad, target: 0, pass: bad === 0 };
}
