/**
 * The team database's two roles (src/db/roles.ts) on a real server, each
 * login connecting as itself: a workstation inserts and upserts its own rows
 * and reads no one else's; a supervisor reads everything and writes nothing.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDbReport } from '../../src/db/read/report/build.js';
import { rolesSql } from '../../src/db/roles.js';
import { migrate } from '../../src/db/schema/migrate.js';
import { prepareStaging } from '../../src/db/sync/batch.js';
import { syncOnce } from '../../src/db/sync/sync.js';
import { parseFilters } from '../../src/log/read/index.js';
import { buildReport } from '../../src/report/build.js';
import { formatJson } from '../../src/report/format/json.js';
import { cycle } from '../session/fixtures.js';
import { sessionArb, writeFolder } from '../support/generated-logs.js';
import { freshDatabase } from '../support/pg.js';

// Roles belong to the whole server, which other test files share: names of this run's own.
const tag = randomBytes(4).toString('hex');
const names = { a: `ws_a_${tag}`, b: `ws_b_${tag}`, c: `ws_c_${tag}`, sup: `sup_${tag}` };

let admin: pg.Client;
let supUrl: string;
const as: Record<keyof typeof names, pg.Client> = {} as never;

const connect = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

const addLine = (c: pg.Client, session: string, lineNo: number, body: string) =>
  c.query(
    `INSERT INTO coach.chunks (session_id, first_line, last_line, body)
     VALUES ($1, $2, $2, $3) ON CONFLICT DO NOTHING`,
    [session, lineNo, body],
  );

const CHECKPOINT = `INSERT INTO coach.files
  (host, path, folder, verdict, session_id, size, mtime_ms, synced_bytes, lines, head_sha)
  VALUES ($1, $2, '/logs', 'session', $3, $4, 1, $4, 1, 'h')
  ON CONFLICT (host, path) DO UPDATE SET size = excluded.size, synced_bytes = excluded.synced_bytes`;

const SESSION = `INSERT INTO coach.sessions (session_id, host, path, bytes, agent, agent_key,
    script, version, sha256, locale, locale_key, started_ms, answers, status, outcome, call_ms,
    truncated, corrupt, unknown_type, newer_version, huge_lines, after_end, over_limit,
    skipped_keys, step_kinds, step_ids, step_stages, step_ms, step_reasons, lines)
  VALUES ($1, $2, '/logs/s.jsonl', $3, 'Ana', 'ana', 'service-cycle', '1', 'sha', 'en', 'en',
    0, false, 'completed', 'resolved', 1000, 0, 0, 0, 0, 0, 0, 0, '{}',
    '{done}', '{greet}', '{greeting}', '{4210}', '{""}', 1)
  ON CONFLICT (session_id) DO UPDATE SET bytes = excluded.bytes
  WHERE coach.sessions.bytes < excluded.bytes`;

/** What one workstation sends of one session: a line, the snapshot, the derived rows. */
async function syncSession(c: pg.Client, host: string, session: string): Promise<void> {
  await addLine(c, session, 1, `{"type":"start","session":"${session}"}`);
  await c.query(
    `INSERT INTO coach.snapshots (sha256, body) VALUES ('sha', '\\x00') ON CONFLICT DO NOTHING`,
  );
  await c.query(CHECKPOINT, [host, `/logs/${session}.jsonl`, session, 100]);
  await c.query(SESSION, [session, host, 100]);
}

const count = async (c: pg.Client, relation: string): Promise<number> =>
  Number((await c.query(`SELECT count(*) AS n FROM coach.${relation}`)).rows[0].n);

beforeAll(async () => {
  const url = await freshDatabase();
  admin = await connect(url);
  await migrate(admin);
  // A hardened server: TEMP no longer comes with PUBLIC, so sync's staging needs the roles' grant.
  await admin.query(
    `DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$`,
  );
  await admin.query(rolesSql());
  await admin.query(rolesSql());
  await admin.query(`CREATE ROLE ${names.a} LOGIN IN ROLE coach_agent`);
  await admin.query(`CREATE ROLE ${names.b} LOGIN IN ROLE coach_agent`);
  await admin.query(`CREATE ROLE ${names.c} LOGIN IN ROLE coach_agent`);
  await admin.query(`CREATE ROLE ${names.sup} LOGIN IN ROLE coach_supervisor`);
  for (const key of ['a', 'b', 'c', 'sup'] as const) {
    as[key] = await connect(url.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/, `$1${names[key]}@`));
  }
  supUrl = url.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/, `$1${names.sup}@`);
  await syncSession(as.a, 'ws-a', 'S-A');
});

afterAll(async () => {
  await Promise.all(Object.values(as).map((c) => c.end()));
  await admin?.end();
});

describe('a workstation (coach_agent)', () => {
  it('connects as its own login, which rows record as their owner', async () => {
    const { rows } = await admin.query('SELECT DISTINCT owner FROM coach.chunks');
    expect(rows).toEqual([{ owner: names.a }]);
  });

  it('may not read lines or snapshots at all, not even its own', async () => {
    for (const relation of ['chunks', 'raw_lines', 'snapshots']) {
      const denied = `permission denied for table ${relation}`;
      await expect(count(as.a, relation)).rejects.toThrow(denied);
      await expect(count(as.b, relation)).rejects.toThrow(denied);
    }
  });

  it('may not read the views', async () => {
    for (const view of ['lines', 'steps', 'session_list', 'step_events', 'log_lines']) {
      await expect(count(as.b, view)).rejects.toThrow(`permission denied for view ${view}`);
    }
  });

  it("sees no row of another workstation's checkpoints and sessions, and its own", async () => {
    expect(await count(as.b, 'files')).toBe(0);
    expect(await count(as.b, 'sessions')).toBe(0);
    expect(await count(as.a, 'files')).toBe(1);
    expect(await count(as.a, 'sessions')).toBe(1);
  });

  it("changes nothing of another workstation's rows", async () => {
    const update = await as.b.query('UPDATE coach.files SET size = 0');
    expect(update.rowCount).toBe(0);
    await expect(as.b.query('DELETE FROM coach.sessions')).rejects.toThrow('permission denied');
    const { rows } = await admin.query('SELECT size FROM coach.files');
    expect(rows).toEqual([{ size: '100' }]);
  });

  it('may not write rows in the name of another', async () => {
    await expect(
      as.b.query(
        `INSERT INTO coach.chunks (session_id, first_line, last_line, body, owner)
         VALUES ('S-X', 1, 1, '{}', $1)`,
        [names.a],
      ),
    ).rejects.toThrow('row-level security');
    await expect(
      as.b.query(
        `INSERT INTO coach.files (host, path, folder, verdict, size, mtime_ms, synced_bytes,
           lines, head_sha, owner) VALUES ('ws-b', '/x', '/', 'session', 0, 0, 0, 0, 'h', $1)`,
        [names.a],
      ),
    ).rejects.toThrow('row-level security');
    await expect(as.a.query('UPDATE coach.sessions SET owner = $1', [names.b])).rejects.toThrow(
      'row-level security',
    );
  });

  it('inserts its own rows, upserts its own checkpoints and sessions, and reads them', async () => {
    await syncSession(as.b, 'ws-b', 'S-B');
    await as.b.query(CHECKPOINT, ['ws-b', '/logs/S-B.jsonl', 'S-B', 250]);
    await as.b.query(SESSION, ['S-B', 'ws-b', 250]);
    const files = await as.b.query('SELECT host, size FROM coach.files');
    expect(files.rows).toEqual([{ host: 'ws-b', size: '250' }]);
    const sessions = await as.b.query('SELECT session_id, bytes FROM coach.sessions');
    expect(sessions.rows).toEqual([{ session_id: 'S-B', bytes: '250' }]);
  });

  it('sends a line another workstation sent already: accepted, and nothing changes', async () => {
    const result = await addLine(as.b, 'S-A', 1, '{"type":"start","other":"copy"}');
    expect(result.rowCount).toBe(0);
    const { rows } = await admin.query(
      `SELECT body, owner FROM coach.chunks WHERE session_id = 'S-A' AND first_line = 1`,
    );
    expect(rows).toEqual([{ body: '{"type":"start","session":"S-A"}', owner: names.a }]);
  });

  it("reads the schema's version and stages batches in temporary tables", async () => {
    expect(await count(as.a, 'schema_version')).toBe(1);
    await as.a.query('CREATE TEMP TABLE staging (line text)');
    await as.a.query(`INSERT INTO staging VALUES ('x')`);
  });
});

describe('a supervisor (coach_supervisor)', () => {
  it('reads every row of every table and view', async () => {
    // Both workstations have synced by now (the tests above run in order).
    const expected = {
      chunks: 2,
      raw_lines: 0,
      lines: 2,
      steps: 2,
      snapshots: 1,
      files: 2,
      sessions: 2,
      schema_version: 1,
      session_list: 2,
      step_events: 2,
      log_lines: 2,
    };
    const seen: Record<string, number> = {};
    for (const relation of Object.keys(expected)) seen[relation] = await count(as.sup, relation);
    expect(seen).toEqual(expected);
  });

  it('writes nothing', async () => {
    await expect(addLine(as.sup, 'S-S', 1, '{}')).rejects.toThrow('permission denied');
    await expect(as.sup.query(CHECKPOINT, ['sup', '/x', 'S-S', 1])).rejects.toThrow(
      'permission denied',
    );
    await expect(as.sup.query(SESSION, ['S-S', 'sup', 1])).rejects.toThrow('permission denied');
    await expect(as.sup.query('UPDATE coach.sessions SET bytes = 0')).rejects.toThrow(
      'permission denied',
    );
  });
});

describe("coach sync with a workstation's rights", () => {
  it('copies a log folder, copies nothing more the second time, and a supervisor reads it as the files', async () => {
    const root = writeFolder(fc.sample(sessionArb, { numRuns: 10, seed: 3 }));
    await prepareStaging(as.c);
    const first = await syncOnce(as.c, { paths: [root], logDir: root, host: 'ws-c' });
    expect(first.lines).toBeGreaterThan(10);
    const again = await syncOnce(as.c, { paths: [root], logDir: root, host: 'ws-c' });
    expect(again.lines).toBe(0);
    expect(again.unchanged).toBe(again.files);
    const filter = parseFilters({ script: cycle.id }, Date.parse('2026-11-30T00:00:00Z'));
    const files = await buildReport({ paths: [root], logDir: root, filter, threads: 1 });
    expect(formatJson(await buildDbReport(as.sup, filter, () => connect(supUrl)))).toBe(
      formatJson(files),
    );
  });
});
