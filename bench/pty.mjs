// Drives a program in a real pseudo-terminal for benchmarks: spawn it, read the
// raw output stream as plain text (control sequences stripped, runs of
// whitespace collapsed so that wrapped lines still match) and note the moment a
// text first appears. No terminal emulator: timing only needs the stream.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from 'node-pty';

// CSI (with private markers), OSC (ended by BEL or ST), and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal control sequences is the point
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/** The text a stream of terminal output shows, on one line: for searching, not for display. */
export function plainText(raw) {
  return raw.replace(CONTROL, '').replace(/\s+/g, ' ');
}

/** `needles` in this order in `text`, each after the end of the one before. */
export function containsInOrder(text, needles) {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(plainText(needle), from);
    if (at < 0) return false;
    from = at + plainText(needle).length;
  }
  return true;
}

/**
 * A private sandbox for one benchmark: a home and a log dir inside `base` (the
 * OS temp dir by default, or a folder on the file system being measured).
 */
export function makeSandbox(prefix, base = tmpdir()) {
  const root = mkdtempSync(join(base, prefix));
  const home = join(root, 'home');
  const logDir = join(root, 'logs');
  mkdirSync(home, { recursive: true });
  return { root, home, logDir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The environment of a freshly opened terminal: nothing leaks in from the shell
 * that runs the benchmarks (NODE_OPTIONS, NODE_EXTRA_CA_CERTS and the like change
 * how long Node takes to start).
 */
export function cleanEnv({ home, logDir }, extra = {}) {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    COACH_LOG_DIR: logDir,
    ...extra,
  };
}

const now = () => performance.now();

/**
 * Starts `cmd args` in a pty. The returned handle records when it started,
 * collects output, and resolves `waitFor` at the first data chunk after which the
 * output received since `mark()` shows every needle in order.
 */
export function spawnInPty(cmd, args, { cols = 80, rows = 30, cwd, env }) {
  const startedAt = now();
  const child = pty.spawn(cmd, args, { name: 'xterm-256color', cols, rows, cwd, env });
  let raw = '';
  let since = 0;
  let watcher;
  let exitInfo;
  let exitedAt;
  const exitWaiters = [];

  const check = () => {
    if (!watcher) return;
    if (containsInOrder(plainText(raw.slice(since)), watcher.needles)) {
      const { resolve } = watcher;
      watcher = undefined;
      resolve(now());
    }
  };
  child.onData((data) => {
    raw += data;
    check();
  });
  child.onExit((info) => {
    exitedAt = now();
    exitInfo = info;
    if (watcher) {
      const { reject, needles } = watcher;
      watcher = undefined;
      reject(
        new Error(
          `${cmd} ${args.join(' ')} exited (${JSON.stringify(info)}) before showing ${JSON.stringify(needles)}:\n${plainText(raw.slice(since)).slice(-600)}`,
        ),
      );
    }
    for (const done of exitWaiters.splice(0)) done(info);
  });

  return {
    startedAt,
    get output() {
      return raw;
    },
    /** From now on, `waitFor` looks only at output received after this moment. */
    mark() {
      since = raw.length;
    },
    /** Resolves with the time (performance.now()) the needles were all on the stream. */
    waitFor(needles, timeoutMs = 10_000) {
      if (exitInfo) return Promise.reject(new Error(`${cmd} has already exited`));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watcher = undefined;
          reject(
            new Error(
              `gave up after ${timeoutMs} ms waiting for ${JSON.stringify(needles)}:\n${plainText(raw.slice(since)).slice(-600)}`,
            ),
          );
        }, timeoutMs);
        watcher = {
          needles,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        check();
      });
    },
    /** Writes keys and returns when they were handed to the pty. */
    press(keys) {
      const at = now();
      child.write(keys);
      return at;
    },
    /** Resolves with { exitCode, signal, at } once the child has exited. */
    exited() {
      if (exitInfo) return Promise.resolve({ ...exitInfo, at: exitedAt });
      return new Promise((done) => exitWaiters.push((info) => done({ ...info, at: exitedAt })));
    },
    /** Kills the child (SIGKILL by default) and waits for it to be gone. */
    async kill(signal = 'SIGKILL') {
      if (!exitInfo) child.kill(signal);
      await this.exited();
    },
    pid: child.pid,
  };
}

/** Milliseconds from spawning `cmd args` in a pty to its exit; throws on a non-zero exit. */
export async function timeToExit(cmd, args, options) {
  const run = spawnInPty(cmd, args, options);
  const { exitCode, at } = await run.exited();
  if (exitCode !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${exitCode}`);
  return at - run.startedAt;
}

/** Milliseconds from spawning `cmd args` in a pty until its output shows `needles`; then kills it. */
export async function timeToScreen(cmd, args, needles, options) {
  const run = spawnInPty(cmd, args, options);
  try {
    const at = await run.waitFor(needles);
    return at - run.startedAt;
  } finally {
    await run.kill();
  }
}
