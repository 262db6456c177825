/**
 * How `coach sync`, `coach db` and `coach sessions --db` fail, on real servers:
 * one line and a hint, the right exit status, no stack trace, never the
 * password, and nothing written — no row, no checkpoint moved.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, lines, type Run } from '../cli/run-coach.js';
import { freshDatabase } from '../support/pg.js';
import { type Cluster, startCluster } from '../support/pg-cluster.mjs';
import {
  call,
  english,
  logFolder,
  messagePattern,
  numberIn,
  PASSWORD,
  query,
  rows,
  text,
  withPassword,
} from './cli.js';

/** The psql of the server's own install, as pg-cluster.mjs finds the server (else the one on PATH). */
const PSQL = (() => {
  const bindir = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidate = join(bindir.stdout?.trim() ?? '', 'psql');
  return bindir.status === 0 && existsSync(candidate) ? candidate : 'psql';
})();

/** A failure told as one line (the message of `key`) and its hint, and nothing else. */
function expectTold(run: Run, code: number, key: string, hintKey: string): void {
  expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  expect(run.code).toBe(code);
  const [first, hint, ...rest] = lines(run.stderr);
  expect(first).toMatch(new RegExp(`^${english('errors.prefix')} `));
  expect(first).toMatch(messagePattern(key));
  expect(hint).toBe(`${english('errors.hintPrefix')} ${english(hintKey)}`);
  expect(rest).toEqual([]);
}

const dbFailure = (run: Run, kind: string) =>
  expectTold(run, 1, `db.errors.${kind}`, `db.hints.${kind}`);

/** A TCP port on 127.0.0.1 that nothing listens on (it did a moment ago, for us). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const first = call(Date.parse('2026-11-20T09:00:00Z'));
let logs: string;
let file: string;

/** The rows sync writes and the checkpoints, as the owner sees them. */
const state = async (url: string) => ({
  lines: await rows(url, 'lines'),
  sessions: await rows(url, 'sessions'),
  files: await query(url, 'SELECT path, size, synced_bytes, lines FROM coach.files ORDER BY path'),
});

beforeAll(() => {
  logs = logFolder(first.day);
  file = join(logs, first.day, `${first.id}.jsonl`);
  writeFileSync(file, text(first.lines.slice(0, 10)));
});

describe('a server that cannot be reached', () => {
  it('through a socket folder that does not exist', async () => {
    const url = `postgresql://postgres:${PASSWORD}@/coach?host=/nonexistent-${randomBytes(4).toString('hex')}&port=5432`;
    dbFailure(await coach(['sync', logs, '--db', url]), 'unreachable');
  });

  it('on a TCP port nothing listens on', async () => {
    const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${await freePort()}/coach`;
    dbFailure(await coach(['sync', logs, '--db', url]), 'unreachable');
    // COACH_DB is the same database by another way.
    dbFailure(await coach(['sync', logs], { env: { COACH_DB: url } }), 'unreachable');
  });

  it('shows the stack trace with --debug only, still without the password', async () => {
    const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${await freePort()}/coach`;
    const run = await coach(['sync', logs, '--db', url, '--debug']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });
});

describe('a server that refuses', () => {
  let url: string;

  beforeAll(async () => {
    url = withPassword(await freshDatabase());
  });

  it('a database that does not exist', async () => {
    const missing = url.replace(/\/t_[0-9a-f]+\?/, '/no_such_db?');
    expect(missing).not.toBe(url);
    dbFailure(await coach(['sync', logs, '--db', missing]), 'noDatabase');
  });

  it('a login with no privilege: sync and db migrate are told so, nothing is written', async () => {
    expect((await coach(['db', 'migrate', '--db', url])).code).toBe(0);
    // Roles belong to the whole server, which other test files share: a name of this run's own.
    const role = `bare_${randomBytes(4).toString('hex')}`;
    await query(url, `CREATE ROLE ${role} LOGIN`);
    const bare = withPassword(url, role);
    dbFailure(await coach(['sync', logs, '--db', bare]), 'privilege');
    dbFailure(await coach(['db', 'migrate', '--db', bare]), 'privilege');
    expect(await state(url)).toEqual({ lines: 0, sessions: 0, files: [] });
  });

  it('a full server mid-batch: told as such, and the batch is not kept at all', async () => {
    const full = withPassword(await freshDatabase());
    expect((await coach(['sync', logs, '--db', full])).code).toBe(0);
    const before = await state(full);
    expect(before.lines).toBe(10);
    // The checkpoints are the batch's last rows: the lines before them are in the transaction.
    await query(
      full,
      `CREATE FUNCTION coach.no_room() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$;
       CREATE TRIGGER no_room BEFORE INSERT OR UPDATE ON coach.files FOR EACH ROW EXECUTE FUNCTION coach.no_room()`,
    );
    appendFileSync(file, text(first.lines.slice(10, 14)));
    try {
      dbFailure(await coach(['sync', logs, '--db', full]), 'serverFull');
      expect(await state(full)).toEqual(before);
      await query(full, 'DROP TRIGGER no_room ON coach.files');
      // Once there is room again, the next run sends what the failed one did not.
      expect((await coach(['sync', logs, '--db', full])).code).toBe(0);
      expect(await rows(full, 'lines')).toBe(14);
    } finally {
      writeFileSync(file, text(first.lines.slice(0, 10)));
    }
  });
});

describe('a schema newer than this coach', () => {
  it('is refused by sync and by sessions, report and replay --db, and nothing is written', async () => {
    const url = withPassword(await freshDatabase());
    expect((await coach(['sync', logs, '--db', url])).code).toBe(0);
    await query(url, 'UPDATE coach.schema_version SET version = 99');
    const before = await state(url);
    expect(before.lines).toBe(10);
    appendFileSync(file, text(first.lines.slice(10)));
    try {
      expectTold(
        await coach(['sync', logs, '--db', url]),
        1,
        'db.errors.newerSchema',
        'db.hints.newerSchema',
      );
      for (const reading of [
        ['sessions', '--db', url],
        ['report', '--db', url, '--format', 'json'],
        ['replay', first.id, '--summary', '--db', url],
      ]) {
        expectTold(await coach(reading), 1, 'db.errors.newerSchema', 'db.hints.newerSchema');
      }
      expect(await state(url)).toEqual(before);
      expect(await query(url, 'SELECT version FROM coach.schema_version')).toEqual([
        { version: 99 },
      ]);
    } finally {
      writeFileSync(file, text(first.lines.slice(0, 10)));
    }
  });
});

describe('usage', () => {
  it('no database named: neither --db nor COACH_DB (an empty one counts as none)', async () => {
    expectTold(await coach(['sync', logs]), 2, 'db.errors.noUrl', 'db.hints.noUrl');
    expectTold(
      await coach(['sync', logs], { env: { COACH_DB: '' } }),
      2,
      'db.errors.noUrl',
      'db.hints.noUrl',
    );
    expectTold(await coach(['db', 'migrate']), 2, 'db.errors.noUrl', 'db.hints.noUrl');
  });

  it('a URL that is not a PostgreSQL one', async () => {
    for (const url of ['/var/run/postgresql', 'http://example.com/coach']) {
      expectTold(
        await coach(['sync', logs, '--db', url]),
        2,
        'db.errors.badUrl',
        'db.hints.badUrl',
      );
    }
  });

  it('a URL that is not a PostgreSQL one never shows its password', async () => {
    for (const url of [
      `mysql://u:${PASSWORD}@127.0.0.1/coach`,
      ` postgresql://u:${PASSWORD}@h/c`,
    ]) {
      expectTold(
        await coach(['sync', logs, '--db', url]),
        2,
        'db.errors.badUrl',
        'db.hints.badUrl',
      );
    }
  });

  it('a postgresql:// URL that cannot be parsed is bad input (exit 2)', async () => {
    const url = `postgresql://postgres:${PASSWORD}@localhost:notaport/coach`;
    expectTold(await coach(['sync', logs, '--db', url]), 2, 'db.errors.badUrl', 'db.hints.badUrl');
  });

  it('sslmode=require: the failure is still one line and its hint', async () => {
    const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${await freePort()}/coach?sslmode=require`;
    dbFailure(await coach(['sync', logs, '--db', url]), 'unreachable');
  });

  it('sessions: --db and log paths at once', async () => {
    const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:1/coach`;
    expectTold(
      await coach(['sessions', logs, '--db', url]),
      2,
      'db.errors.dbAndPaths',
      'db.hints.dbAndPaths',
    );
  });

  it('db roles without --print', async () => {
    expectTold(await coach(['db', 'roles']), 2, 'db.errors.rolesPrint', 'db.hints.rolesPrint');
  });
});

describe('a server of our own, with passwords', () => {
  let cluster: Cluster;
  const user = `pw_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    cluster = await startCluster({ name: 'sync-errors' });
    await query(cluster.url(), `CREATE ROLE ${user} LOGIN PASSWORD 'the-right-one'`);
    const hba = join(cluster.dir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `local all ${user} scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    await query(cluster.url(), 'SELECT pg_reload_conf()');
  });

  afterAll(async () => {
    await cluster?.destroy();
  });

  it('a wrong password', async () => {
    const url = withPassword(cluster.url(), user);
    dbFailure(await coach(['sync', logs, '--db', url]), 'auth');
    const inQuery = `${cluster.url().replace('postgres@', `${user}@`)}&password=${PASSWORD}`;
    dbFailure(await coach(['sync', logs, '--db', inQuery]), 'auth');
  });

  it('no password where the server asks one: the login is refused', async () => {
    const url = cluster.url().replace('postgres@', `${user}@`);
    dbFailure(await coach(['sync', logs, '--db', url]), 'auth');
  });

  it('db migrate says how many migrations ran: 1, then 0', async () => {
    const url = withPassword(await cluster.createDatabase('migrated'));
    const counts: (number | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await coach(['db', 'migrate', '--db', url]);
      expect(run.code).toBe(0);
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
      counts.push(numberIn(run.stdout, 'db.migrated', 'count'));
    }
    expect(counts).toEqual([1, 0]);
  });

  it('db roles --print: SQL that psql runs on a migrated database, twice', async () => {
    const url = await cluster.createDatabase('roles');
    expect((await coach(['db', 'migrate', '--db', url])).code).toBe(0);
    const sql = await coach(['db', 'roles', '--print']);
    expect(sql.code).toBe(0);
    for (let i = 0; i < 2; i++) {
      const psql = spawnSync(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url], {
        input: sql.stdout,
        encoding: 'utf8',
        // DROP POLICY IF EXISTS tells of a policy not there yet: a notice, not an error.
        env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
      });
      expect(psql.stderr).toBe('');
      expect(psql.status).toBe(0);
    }
    const roles = await query(
      url,
      "SELECT rolname FROM pg_roles WHERE rolname LIKE 'coach\\_%' ORDER BY rolname",
    );
    expect(roles).toEqual([{ rolname: 'coach_agent' }, { rolname: 'coach_supervisor' }]);
  });
});
