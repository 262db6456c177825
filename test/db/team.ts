/**
 * What the exactly-once tests of `coach sync` share: a generated team's log
 * folders, the built CLI started as a child that can be killed, and the one
 * check that a database equals the files it was synced from — the same report
 * and listing, byte for byte, and every line of every session there once, as in
 * its file.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { expect } from 'vitest';
import { type Generated, sessionArb, writeFolder } from '../support/generated-logs.js';
import { BIN } from '../support/spawn-coach.js';

/** Seeds the team and the moments of the tests; set COACH_TEST_SEED to replay a failure. */
export const SEED = Number(process.env.COACH_TEST_SEED ?? 20261203);

let home: string | undefined;

/** The CLI's environment: LANG=C, no COACH_* or LC_*, data and state folders of this file's own. */
export function coachEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  if (home === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'coach-sync-home-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    home = made;
  }
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(COACH_|LC_|LANG|NO_COLOR|FORCE_COLOR|PG)/.test(name)) env[name] = value;
  }
  return {
    ...env,
    LANG: 'C',
    XDG_DATA_HOME: join(home, 'data'),
    XDG_STATE_HOME: join(home, 'state'),
    ...extra,
  };
}

export interface Ended {
  /** null when killed by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Started {
  readonly child: ChildProcess;
  readonly ended: Promise<Ended>;
  /** What it wrote to stderr so far. */
  stderr(): string;
}

/** Runs `coach` under another host name (a UTS namespace of its own): needs root and unshare. */
export const asHost = (host: string): string[] => [
  'unshare',
  '--uts',
  'sh',
  '-c',
  'hostname "$0" && exec "$@"',
  host,
];

/** Whether a child can be given a host name of its own here (root, and unshare there). */
export function canNameHosts(): boolean {
  const [command, ...args] = asHost('coach-probe');
  return spawnSync(command as string, [...args, 'true']).status === 0;
}

/** The built CLI as a child of this process; killed with SIGKILL after `timeoutMs`. */
export function startCoach(
  args: readonly string[],
  opts: { timeoutMs: number; env?: NodeJS.ProcessEnv; prefix?: readonly string[] },
): Started {
  const command = [...(opts.prefix ?? []), process.execPath, BIN, ...args];
  const child = spawn(command[0] as string, command.slice(1), {
    env: opts.env ?? coachEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
  const ended = new Promise<Ended>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
  return { child, ended, stderr: () => stderr };
}

export const runCoach = (
  args: readonly string[],
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; prefix?: readonly string[] } = {},
): Promise<Ended> => startCoach(args, { timeoutMs: 60_000, ...opts }).ended;

/** A fixed team of `n` generated sessions. */
export const team = (n: number, seed = SEED): Generated[] =>
  fc.sample(sessionArb, { numRuns: n, seed });

/**
 * The same team with a long note after each action: sessions of tens of KiB,
 * so that a sync spans several batches and takes long enough to be stopped.
 */
export function bulky(sessions: readonly Generated[], noteChars: number): Generated[] {
  return sessions.map((s, i) => {
    const text = `note ${i}: ${'the customer spelled it out again; '.repeat(noteChars / 34)}`;
    const note = { type: 'note', text: text.slice(0, noteChars) } as const;
    return { ...s, actions: s.actions.flatMap((a) => [a, note]) };
  });
}

/** A generated team's folder: ws1/<day>/… and copies (whole and cut short) in ws2/<day>/…. */
export const teamFolder = (sessions: readonly Generated[]): string => writeFolder(sessions);

export async function withClient<T>(url: string, use: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** Waits until `check` holds; fails after `ms` (a bound on a hang, not a timing to assert). */
export async function until(
  what: string | (() => string),
  check: () => boolean | Promise<boolean>,
  ms = 15_000,
) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error(`gave up waiting: ${typeof what === 'string' ? what : what()}`);
    }
    await sleep(50);
  }
}

/** Checkpoint rows committed so far (0 before the schema exists): every batch of new files adds some. */
export async function checkpointRows(client: pg.Client): Promise<number> {
  try {
    return (await client.query('SELECT count(*)::int AS n FROM coach.files')).rows[0].n;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return 0;
    throw error;
  }
}

/**
 * Holds a SHARE lock on `table` (coach.files: the checkpoints, written last in
 * a batch's transaction; coach.sessions: written first): a sync then waits
 * inside its batch's transaction until the lock is released or the server goes.
 */
export async function lockTable(url: string, table: string) {
  const client = new pg.Client({ connectionString: url });
  // The server may be stopped under it.
  client.on('error', () => {});
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN SHARE MODE`);
  // Asked on a connection of its own: inside a transaction the statistics views keep their first answer.
  const waiting = async (other: pg.Client) =>
    (
      await other.query(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'coach' AND wait_event_type = 'Lock'`)
    ).rows[0].n;
  return {
    /** Resolves once every one of `syncs` still running waits for a lock. */
    async waitFor(...syncs: Started[]): Promise<void> {
      let running = syncs.length;
      for (const sync of syncs) {
        void sync.ended.then(() => {
          running--;
        });
      }
      await withClient(url, async (other) => {
        while (running > 0 && (await waiting(other)) < running) await sleep(5);
      });
    },
    async release(): Promise<void> {
      await client.query('ROLLBACK').catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** What an interrupted sync left: checkpoint rows, lines, and sessions whose lines are not what their checkpoints say. */
export interface Committed {
  readonly files: number;
  readonly lines: number;
  readonly gaps: readonly string[];
}

/**
 * Reads what is committed (all zero before the schema exists). A session's
 * lines must be what its file's checkpoint says was committed: lines without a
 * checkpoint or beyond it (a checkpoint behind: sent again, not exactly once),
 * or fewer than it counts (a checkpoint ahead: lost), are gaps. A checkpoint
 * stays one line short of a last line sent without its newline.
 */
export const committed = (url: string): Promise<Committed> =>
  withClient(url, async (c) => {
    const exists = await c.query(`SELECT to_regclass('coach.files') IS NOT NULL AS ok`);
    if (!exists.rows[0].ok) return { files: 0, lines: 0, gaps: [] };
    const files = await c.query('SELECT count(*)::int AS n FROM coach.files');
    const rows = await c.query<{ session_id: string; n: number | null; cp: number | null }>(
      `SELECT session_id, n, cp FROM
         (SELECT session_id, count(*)::int AS n FROM coach.lines GROUP BY session_id) l
         FULL JOIN (SELECT session_id, max(lines) AS cp FROM coach.files
                    WHERE verdict = 'session' GROUP BY session_id) f USING (session_id)
       ORDER BY session_id`,
    );
    const gaps = rows.rows
      .filter(({ n, cp }) => cp === null || (n ?? 0) < cp || (n ?? 0) > cp + 1)
      .map(({ session_id, n, cp }) => `${session_id}: ${n ?? 0} lines, checkpoint at ${cp}`);
    const lines = rows.rows.reduce((sum, r) => sum + (r.n ?? 0), 0);
    return { files: files.rows[0].n, lines, gaps };
  });

const NL = 10;

/** A file's bytes as sync must send them: whole lines, and a last line only when a whole JSON object. */
export function syncedPart(bytes: Buffer): Buffer {
  const last = bytes.lastIndexOf(NL);
  const tail = bytes.subarray(last + 1);
  let whole = false;
  try {
    const value: unknown = JSON.parse(tail.toString('latin1'));
    whole = typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {}
  if (whole) return bytes;
  return bytes.subarray(0, last + 1);
}

/** Lines joined by `\n`: what a session's rows in coach.lines must spell. */
const joined = (part: Buffer): string => {
  const text = part.toString('latin1');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
};

/** The session a file's start line names; undefined for a file that is no log (yet). */
function sessionOf(bytes: Buffer): string | undefined {
  const nl = bytes.indexOf(NL);
  try {
    const start = JSON.parse(bytes.subarray(0, nl < 0 ? bytes.length : nl).toString('utf8'));
    // A start line of a newer coach's format makes no log either (the readers leave it out).
    const log = start?.type === 'start' && start.v === 1 && typeof start.session === 'string';
    return log ? start.session : undefined;
  } catch {
    return undefined;
  }
}

function* logFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'scripts') yield* logFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.jsonl')) yield path;
  }
}

/**
 * Each session of generated folders and the text its rows must spell (Latin-1,
 * byte for byte): that of its longest copy, as the readers choose it.
 */
export function expectedLines(paths: readonly string[]): Map<string, string> {
  const longest = new Map<string, Buffer>();
  for (const root of paths) {
    for (const file of logFiles(root)) {
      const bytes = readFileSync(file);
      const session = sessionOf(bytes);
      if (session === undefined) continue;
      const known = longest.get(session);
      if (known === undefined || known.length < bytes.length) longest.set(session, bytes);
    }
  }
  return new Map([...longest].map(([session, bytes]) => [session, joined(syncedPart(bytes))]));
}

/** Lines a complete sync of `paths` stores. */
export const totalLines = (paths: readonly string[]) =>
  [...expectedLines(paths).values()].reduce((n, text) => n + text.split('\n').length, 0);

/** Each session's rows of coach.lines joined by `\n` (Latin-1); a gap in line_no is told. */
export const databaseLines = (url: string): Promise<Map<string, string>> =>
  withClient(url, async (c) => {
    const rows = await c.query<{
      session_id: string;
      line_no: number;
      body: string | null;
      raw: Buffer | null;
    }>('SELECT session_id, line_no, body, raw FROM coach.lines ORDER BY session_id, line_no');
    const parts = new Map<string, string[]>();
    for (const r of rows.rows) {
      const lines = parts.get(r.session_id) ?? [];
      if (r.line_no !== lines.length + 1) lines.push(`<line ${lines.length + 1} missing>`);
      const bytes = r.body === null ? (r.raw as Buffer) : Buffer.from(r.body, 'utf8');
      lines.push(bytes.toString('latin1'));
      parts.set(r.session_id, lines);
    }
    return new Map([...parts].map(([session, lines]) => [session, lines.join('\n')]));
  });

/** Sessions whose rows differ from their files' lines (none missing, none extra, none twice). */
export function differences(db: Map<string, string>, files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [session, text] of files) {
    const stored = db.get(session);
    if (stored === undefined) out.push(`${session}: not in the database`);
    else if (stored !== text) out.push(`${session}: lines differ`);
  }
  for (const session of db.keys())
    if (!files.has(session)) out.push(`${session}: not in the files`);
  return out;
}

/** Up to five lines where `db` differs from `files`, each cut short around where they differ. */
function differingLines(db: string, files: string): string[] {
  const [a, b] = [db.split('\n'), files.split('\n')];
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 5; i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x === y) continue;
    let at = 0;
    while (x[at] === y[at]) at++;
    const around = (line: string) => line.slice(Math.max(0, at - 60), at + 60);
    out.push(`line ${i + 1}: database …${around(x)}… files …${around(y)}…`);
  }
  return out;
}

/** Reading commands over the database give what they give over the files, byte for byte. */
export async function expectSameReadings(
  url: string,
  paths: readonly string[],
  env = coachEnv(),
): Promise<void> {
  for (const args of [
    ['report', '--format', 'json'],
    ['sessions', '--json'],
  ]) {
    const files = await runCoach([...args, ...paths], { env });
    const db = await runCoach([...args, '--db', url], { env });
    expect(files.code, files.stderr).toBe(0);
    expect(db.code, db.stderr).toBe(0);
    // Named line by line first: a listing of long sessions makes an unreadable diff.
    expect(differingLines(db.stdout, files.stdout), args.join(' ')).toEqual([]);
    expect(db.stdout).toBe(files.stdout);
  }
}

/** The database equals the files: the same readings, and every line once, as in its file. */
export async function expectDatabaseEqualsFiles(url: string, paths: readonly string[]) {
  await expectSameReadings(url, paths);
  expect(differences(await databaseLines(url), expectedLines(paths))).toEqual([]);
}
