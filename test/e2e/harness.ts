/**
 * Runs the built `coach` in a real pseudo-terminal and reads the screen the way
 * an agent would see it: every byte goes through a terminal emulator, so wrong
 * widths, stale lines and stray control sequences show up as they would in a
 * real window.
 */
import { mkdirSync, rmSync } from 'node:fs';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { assertBuilt, BIN, cleanEnv, makeSandbox, ROOT } from './sandbox.js';

export interface StartOptions {
  cols?: number;
  rows?: number;
  /** Added to (and overriding) the clean environment the child gets. */
  env?: Record<string, string>;
  cwd?: string;
}

export interface ExitInfo {
  exitCode: number;
  signal?: number;
}

export interface Session {
  /** The visible viewport, one right-trimmed line per row, joined by \n. */
  screen(): string;
  lines(): string[];
  /** Columns each viewport row really occupies (wide and combining characters counted as the terminal does). */
  lineWidths(): number[];
  /** Viewport rows the terminal wrapped because the program printed past the right edge. */
  wrappedRows(): number[];
  /** Resolves once the emulator has parsed every byte received so far. */
  settle(): Promise<void>;
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Waits until the screen differs from `previous` (a `screen()` taken earlier). */
  waitForChange(previous: string, timeoutMs?: number): Promise<void>;
  /** Raw bytes: '\r' Enter, '\x03' Ctrl-C, '\x1b[C' right arrow. Ignored once the child has exited. */
  write(keys: string): void;
  kill(signal?: NodeJS.Signals): void;
  /** Closes the terminal as a closed window would: the child gets SIGHUP and EIO. */
  hangup(): void;
  /** Settles after the child exited and its last bytes are on the screen. */
  readonly exited: Promise<ExitInfo>;
  readonly hasExited: boolean;
  /** Every byte the child printed, control sequences included. */
  readonly output: string;
  readonly pid: number;
  readonly home: string;
  readonly logDir: string;
  resize(cols: number, rows: number): void;
  dispose(): Promise<void>;
}

const live = new Set<Session>();

/** Disposes every session still open; call it from afterEach. */
export async function disposeAll(): Promise<void> {
  await Promise.all([...live].map((session) => session.dispose()));
}

function describeExpected(expected: string | RegExp): string {
  return typeof expected === 'string' ? JSON.stringify(expected) : String(expected);
}

export function startCoach(args: string[], opts: StartOptions = {}): Session {
  assertBuilt();
  const cols = opts.cols ?? 80;
  const rows = opts.rows ?? 24;
  const sandbox = makeSandbox();
  mkdirSync(sandbox.home, { recursive: true });

  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
  const child = pty.spawn(process.execPath, [BIN, ...args], {
    // node-pty sets TERM from the name: a test's own TERM (dumb) must win.
    name: opts.env?.TERM ?? 'xterm-256color',
    cols,
    rows,
    cwd: opts.cwd ?? ROOT,
    env: cleanEnv(sandbox.home, sandbox.logDir, opts.env),
  });

  let output = '';
  let hasExited = false;
  let exitInfo: ExitInfo | undefined;
  let disposed = false;
  const settle = () => new Promise<void>((done) => term.write('', done));

  child.onData((data) => {
    output += data;
    if (!disposed) term.write(data);
  });
  const exited = new Promise<ExitInfo>((done) => {
    child.onExit(({ exitCode, signal }) => {
      const info: ExitInfo = signal ? { exitCode, signal } : { exitCode };
      exitInfo = info;
      hasExited = true;
      if (disposed) done(info);
      else void settle().then(() => done(info));
    });
  });

  const lines = (): string[] => {
    const buffer = term.buffer.active;
    const out: string[] = [];
    for (let row = 0; row < term.rows; row++) {
      out.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
    }
    return out;
  };
  const screen = () => lines().join('\n');

  const poll = async (done: () => boolean, timeoutMs: number, what: string): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const exitedBefore = hasExited;
      await settle();
      if (done()) return;
      // Every byte arrives before the exit is reported: once it is parsed, nothing more can come.
      if (exitedBefore || Date.now() > deadline) {
        const state = exitInfo
          ? `the child exited with ${JSON.stringify(exitInfo)}`
          : `${timeoutMs} ms passed`;
        throw new Error(`gave up waiting for ${what}: ${state}; screen:\n${screen()}`);
      }
      await new Promise((tick) => setTimeout(tick, 10));
    }
  };

  const session: Session = {
    screen,
    lines,
    lineWidths() {
      const buffer = term.buffer.active;
      const widths: number[] = [];
      for (let row = 0; row < term.rows; row++) {
        const line = buffer.getLine(buffer.viewportY + row);
        let width = 0;
        for (let x = 0; line && x < term.cols; x++) {
          const cell = line.getCell(x);
          if (cell && cell.getChars() !== '') width = x + cell.getWidth();
        }
        widths.push(width);
      }
      return widths;
    },
    wrappedRows() {
      const buffer = term.buffer.active;
      const rowsWrapped: number[] = [];
      for (let row = 0; row < term.rows; row++) {
        if (buffer.getLine(buffer.viewportY + row)?.isWrapped) rowsWrapped.push(row);
      }
      return rowsWrapped;
    },
    settle,
    waitFor(expected, timeoutMs = 5000) {
      const found = () =>
        typeof expected === 'string' ? screen().includes(expected) : expected.test(screen());
      return poll(found, timeoutMs, describeExpected(expected));
    },
    waitForChange(previous, timeoutMs = 5000) {
      return poll(() => screen() !== previous, timeoutMs, 'the screen to change');
    },
    write(keys) {
      if (!hasExited && !disposed) child.write(keys);
    },
    kill(signal = 'SIGTERM') {
      if (!hasExited) child.kill(signal);
    },
    hangup() {
      // destroy() exists on Unix ptys but is missing from node-pty's typings.
      if (!hasExited) (child as pty.IPty & { destroy(): void }).destroy();
    },
    exited,
    get hasExited() {
      return hasExited;
    },
    get output() {
      return output;
    },
    pid: child.pid,
    home: sandbox.home,
    logDir: sandbox.logDir,
    resize(newCols, newRows) {
      term.resize(newCols, newRows);
      if (!hasExited) child.resize(newCols, newRows);
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      live.delete(session);
      if (!hasExited) {
        child.kill('SIGKILL');
        await Promise.race([exited, new Promise((gone) => setTimeout(gone, 2000))]);
      }
      term.dispose();
      rmSync(sandbox.root, { recursive: true, force: true });
    },
  };
  live.add(session);
  return session;
}
