// Pastes into a note of `coach run`, in a real pseudo-terminal:
// 1. pastes of 1k, 20k and 200k characters: the time from the paste written to
//    the pty to a responsive screen, that is, to the redraw of the next key
//    (Enter, which saves the note: its line appears under the step);
// 2. SIGTERM a moment into a 200k paste: how long until the process is gone, and
//    whether the log still got its end line.
// The paste is sent as a terminal sends it: wrapped in ESC[200~ … ESC[201~ when
// the program turned bracketed paste on (ESC[?2004h), as plain text otherwise.
// With COACH_BENCH_BASELINE=<rev> the same is measured for that revision's build:
//   COACH_BENCH_BASELINE=b8b8cf4 node bench/run.mjs paste
// A side that is still not responsive after LIMIT_MS is reported as such.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pty from 'node-pty';
import { baselineCoach } from './baseline.mjs';
import { median, runsFor } from './lib.mjs';
import { cleanEnv, makeSandbox, plainText } from './pty.mjs';

const SIZES = [1_000, 20_000, 200_000];
const LIMIT_MS = 60_000;
const TERM_AFTER_MS = 200;
const TAIL = 16_384;
const WORDS = 'please refund the two items and call back later ';

const pasteText = (size) => WORDS.repeat(Math.ceil(size / WORDS.length)).slice(0, size);

/** The last line of the one session log under `dir`. */
function lastLogLine(dir) {
  const files = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.jsonl')) files.push(path);
    }
  };
  walk(dir);
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean));
  return lines.at(-1) ?? '';
}

/**
 * `coach run` in a pty, watched for one text at a time in the last part of its
 * output only: a build that redraws the whole screen for every pasted character
 * prints hundreds of megabytes, and searching all of it would measure the bench.
 */
function spawnCoach(ctx, bin, sandbox) {
  const child = pty.spawn(ctx.node, [bin, '--lang', 'en', 'run'], {
    name: 'xterm-256color',
    cols: 80,
    rows: 30,
    cwd: ctx.root,
    env: cleanEnv(sandbox, { COACH_AGENT: 'bench' }),
  });
  let tail = '';
  let bracketed = false;
  let watcher;
  let exited;
  const exitWaiters = [];
  child.onData((data) => {
    if (data.includes('\x1b[?2004h')) bracketed = true;
    tail = (tail + data).slice(-TAIL);
    if (watcher && plainText(tail).includes(watcher.needle)) {
      const { resolve } = watcher;
      watcher = undefined;
      resolve(performance.now());
    }
  });
  child.onExit((info) => {
    exited = { ...info, at: performance.now() };
    for (const done of exitWaiters.splice(0)) done(exited);
  });
  return {
    pid: child.pid,
    get bracketed() {
      return bracketed;
    },
    /** Forgets what was printed so far: `waitFor` looks only at what comes next. */
    mark() {
      tail = '';
    },
    waitFor(needle, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watcher = undefined;
          reject(new Error(`no ${JSON.stringify(needle)} after ${timeoutMs} ms`));
        }, timeoutMs);
        watcher = {
          needle,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        };
      });
    },
    press(keys) {
      const at = performance.now();
      child.write(keys);
      return at;
    },
    exited: () =>
      exited ? Promise.resolve(exited) : new Promise((done) => exitWaiters.push(done)),
    async kill() {
      if (!exited) child.kill('SIGKILL');
      await this.exited();
    },
  };
}

/** A call on its first step with the note field open, ready for a paste. */
async function openNote(ctx, bin, sandbox) {
  const run = spawnCoach(ctx, bin, sandbox);
  try {
    await run.waitFor('? help');
    // A key that comes with the first screen is taken as typed before it, and dropped:
    // n is pressed again until the field opens.
    for (let tries = 0; ; tries++) {
      run.mark();
      run.press('n');
      try {
        await run.waitFor('Type a note', 1000);
        break;
      } catch (error) {
        if (tries === 9) throw error;
      }
    }
  } catch (error) {
    await run.kill();
    throw error;
  }
  const paste = (text) => run.press(run.bracketed ? `\x1b[200~${text}\x1b[201~` : text);
  return { run, paste };
}

/** Milliseconds from the paste to the redraw of the Enter after it, or Infinity past LIMIT_MS. */
async function pasteOnce(ctx, bin, size) {
  const sandbox = makeSandbox('coach-bench-paste-');
  const { run, paste } = await openNote(ctx, bin, sandbox);
  try {
    run.mark();
    const at = paste(pasteText(size));
    run.press('\r');
    try {
      return (await run.waitFor('Note please refund', LIMIT_MS)) - at;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  } finally {
    await run.kill();
    sandbox.dispose();
  }
}

/** SIGTERM TERM_AFTER_MS into a 200k paste: time to exit after the signal, and the log's last line. */
async function termDuringPaste(ctx, bin) {
  const sandbox = makeSandbox('coach-bench-paste-');
  const { run, paste } = await openNote(ctx, bin, sandbox);
  try {
    paste(pasteText(200_000));
    await new Promise((resolve) => setTimeout(resolve, TERM_AFTER_MS));
    const signalled = performance.now();
    process.kill(run.pid, 'SIGTERM');
    const gone = await Promise.race([
      run.exited(),
      new Promise((resolve) => setTimeout(() => resolve(undefined), LIMIT_MS)),
    ]);
    const ms = gone ? gone.at - signalled : Number.POSITIVE_INFINITY;
    const last = lastLogLine(sandbox.logDir);
    const ended = /"type":"end"/.test(last);
    return { ms, ended, exitCode: gone?.exitCode };
  } finally {
    await run.kill();
    sandbox.dispose();
  }
}

const shown = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : `> ${LIMIT_MS / 1000} s`);

export default async function pasteBench(ctx) {
  const base = baselineCoach(ctx.root, process.env.COACH_BENCH_BASELINE, ctx.log);
  const sides = [['this build', ctx.coach]];
  if (base) sides.push([`baseline ${base.sha.slice(0, 12)}`, base.bin]);
  const runs = runsFor(5);
  console.log(`\npaste into a note, 80x30 pty: paste to the next key's redraw (median of ${runs})`);
  const medians = {};
  for (const [label, bin] of sides) {
    for (const size of SIZES) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const ms = await pasteOnce(ctx, bin, size);
        times.push(ms);
        // A side past the limit once is not run again at this size: it would only be slower.
        if (!Number.isFinite(ms)) break;
      }
      medians[`${label} ${size}`] = median(times);
      console.log(
        `  ${label.padEnd(22)} ${String(size).padStart(7)} chars   ${shown(median(times))}`,
      );
    }
  }
  console.log(`\nSIGTERM ${TERM_AFTER_MS} ms into a 200k paste`);
  for (const [label, bin] of sides) {
    const { ms, ended, exitCode } = await termDuringPaste(ctx, bin);
    console.log(
      `  ${label.padEnd(22)} gone ${shown(ms)} after the signal, exit ${exitCode ?? '-'}, end line ${ended ? 'written' : 'MISSING'}`,
    );
  }
  if (!base) return [];
  return SIZES.map((size) => {
    const subject = medians[`this build ${size}`];
    const baseline = medians[`baseline ${base.sha.slice(0, 12)} ${size}`];
    // A baseline past the limit is counted as the limit: the ratio is then an upper bound.
    const past = !Number.isFinite(baseline);
    const ratio = subject / (past ? LIMIT_MS : baseline);
    return {
      title: `paste ${size} chars: paste to responsive${past ? ' (baseline past the limit)' : ''}`,
      ratio,
      target: 1,
      pass: ratio <= 1,
    };
  });
}
