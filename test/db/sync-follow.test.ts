/**
 * `coach sync --follow` (the built CLI, on a real server): lines appended to a
 * call in progress, new session files and new day folders reach the database
 * while it runs; a line is never stored half; SIGINT and SIGTERM stop it as
 * interrupted (130). How fast lines arrive is bench/sync.bench.mjs's to measure:
 * the waits here only bound a test that would otherwise hang.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFolderName } from '../../src/log/dir.js';
import { ROOT } from '../cli/run-coach.js';
import { freshDatabase } from '../support/pg.js';
import { type Call, call, english, logFolder, PASSWORD, text, withPassword } from './cli.js';

const DAY_MS = 86_400_000;
/** Longest a line may take to show before the test gives up (the bench measures the real figure). */
const PATIENCE_MS = 10_000;

interface Follower {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

/** `coach sync --follow --db url root`, with the clean environment run-coach.ts gives the CLI. */
function follow(url: string, root: string): Follower {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(COACH_|LC_|LANG|NO_COLOR|FORCE_COLOR|CI$)/.test(name)) env[name] = value;
  }
  const home = mkdtempSync(join(tmpdir(), 'coach-follow-home-'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'coach.js'), 'sync', '--follow', '--db', url, root],
    {
      env: { ...env, LANG: 'C', XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  return { child, exited, output: () => output };
}

/** Stops a follower with `signal` and returns its exit status and everything it printed. */
async function stop(f: Follower, signal: NodeJS.Signals) {
  f.child.kill(signal);
  const code = await Promise.race([f.exited, sleep(PATIENCE_MS).then(() => 'hung' as const)]);
  if (code === 'hung') f.child.kill('SIGKILL');
  return { code, output: f.output() };
}

let url: string;
let db: pg.Client;

beforeAll(async () => {
  url = withPassword(await freshDatabase());
  db = new pg.Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
});

/** The bodies of a session's lines in the database, in order (none before the schema exists). */
async function stored(session: string): Promise<string[]> {
  const exists = await db.query("SELECT to_regclass('coach.lines') IS NOT NULL AS ok");
  if (!exists.rows[0].ok) return [];
  const result = await db.query<{ body: string }>(
    'SELECT body FROM coach.lines WHERE session_id = $1 ORDER BY line_no',
    [session],
  );
  return result.rows.map((r) => r.body);
}

/**
 * Polls until the session's stored lines are `want`; `check` sees every poll
 * (what must never be seen, at any moment).
 */
async function until(
  session: string,
  want: readonly string[],
  check: (seen: string[]) => void = () => {},
): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await stored(session);
    check(seen);
    if (seen.length === want.length && seen.every((body, i) => body === want[i])) return;
    await sleep(50);
  }
  expect(seen).toEqual(want);
}

describe('coach sync --follow', () => {
  let root: string;
  let follower: Follower;
  const today = (offset = 0): Call => call(Date.now() + offset);

  beforeAll(() => {
    root = logFolder(dayFolderName(Date.now()));
    follower = follow(url, root);
  });

  afterAll(async () => {
    if (follower.child.exitCode === null) follower.child.kill('SIGKILL');
  });

  it("sends the lines appended to a call in progress in today's folder", async () => {
    const live = today();
    const path = join(root, live.day, `${live.id}.jsonl`);
    writeFileSync(path, text(live.lines.slice(0, 4)));
    await until(live.id, live.lines.slice(0, 4));
    for (const [from, to] of [
      [4, 6],
      [6, 7],
      [7, 11],
    ] as const) {
      appendFileSync(path, text(live.lines.slice(from, to)));
      await until(live.id, live.lines.slice(0, to));
    }
  });

  it("sends a new session file in today's folder", async () => {
    const next = today(1000);
    writeFileSync(join(root, next.day, `${next.id}.jsonl`), text(next.lines.slice(0, 3)));
    await until(next.id, next.lines.slice(0, 3));
  });

  it('sends a session in a day folder made while it runs', async () => {
    // The day after today: the folder a call past midnight UTC is written in.
    const tomorrow = call(Date.now() + DAY_MS);
    mkdirSync(join(root, tomorrow.day));
    writeFileSync(
      join(root, tomorrow.day, `${tomorrow.id}.jsonl`),
      text(tomorrow.lines.slice(0, 2)),
    );
    await until(tomorrow.id, tomorrow.lines.slice(0, 2));
  });

  it('never stores a line written in two halves as its first half', async () => {
    const live = today(2000);
    const path = join(root, live.day, `${live.id}.jsonl`);
    writeFileSync(path, text(live.lines.slice(0, 5)));
    await until(live.id, live.lines.slice(0, 5));
    const line = live.lines[5] as string;
    const half = line.slice(0, Math.floor(line.length / 2));
    const neverHalf = (seen: string[]) => {
      expect(seen).not.toContain(half);
      expect(seen.length).toBeLessThanOrEqual(6);
    };
    appendFileSync(path, half);
    // Long enough for the follower to have looked at the file more than once.
    const wait = Date.now() + 1000;
    while (Date.now() < wait) {
      neverHalf(await stored(live.id));
      await sleep(50);
    }
    expect(await stored(live.id)).toEqual(live.lines.slice(0, 5));
    appendFileSync(path, `${line.slice(half.length)}\n`);
    await until(live.id, live.lines.slice(0, 6), neverHalf);
  });

  it('stops on SIGINT: exit 130, saying so, nothing else on stderr', async () => {
    const { code, output } = await stop(follower, 'SIGINT');
    expect(code).toBe(130);
    expect(output).toContain(english('sync.follow.stopped'));
    expect(output).not.toContain(PASSWORD);
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});

describe('coach sync --follow and SIGTERM', () => {
  it('stops cleanly too: what it sent is kept, exit 130', async () => {
    const live = call(Date.now());
    const root = logFolder(live.day);
    writeFileSync(join(root, live.day, `${live.id}.jsonl`), text(live.lines.slice(0, 3)));
    const follower = follow(url, root);
    await until(live.id, live.lines.slice(0, 3));
    const { code, output } = await stop(follower, 'SIGTERM');
    expect(code).toBe(130);
    expect(output).toContain(english('sync.follow.stopped'));
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(await stored(live.id)).toEqual(live.lines.slice(0, 3));
  });
});
