/**
 * Bringing the team database's schema to the version this coach knows: each
 * missing migration in its own transaction with the version it reaches, under
 * an advisory lock so that workstations starting at once wait for each other.
 * A schema newer than this coach is refused, never written to.
 */
import type { Client } from '../connect.js';
import { DbError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

/** The advisory lock key of coach's migrations (any constant unlikely to clash). */
const LOCK = 0x636f6163;

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The schema's version in the database: 0 when there is none yet. */
export async function schemaVersion(client: Client): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    "SELECT to_regclass('coach.schema_version')::text AS t",
  );
  if (exists.rows[0]?.t == null) return 0;
  const row = await client.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM coach.schema_version',
  );
  return row.rows[0]?.v ?? 0;
}

function refuseNewer(found: number): void {
  if (found > SCHEMA_VERSION) {
    throw new DbError(
      'db.errors.newerSchema',
      { found, known: SCHEMA_VERSION },
      { hint: 'db.hints.newerSchema' },
    );
  }
}

/** Runs the migrations the database lacks; returns how many ran. */
export async function migrate(client: Client): Promise<number> {
  const found = await schemaVersion(client);
  refuseNewer(found);
  if (found === SCHEMA_VERSION) return 0;
  await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    let version = await schemaVersion(client);
    refuseNewer(version);
    const from = version;
    for (; version < SCHEMA_VERSION; version++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[version] as string);
        await client.query('DELETE FROM coach.schema_version');
        await client.query('INSERT INTO coach.schema_version (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }
    return version - from;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => {});
  }
}

/** For readers: the schema must be there, and not newer than this coach. */
export async function requireSchema(client: Client): Promise<void> {
  const found = await schemaVersion(client);
  if (found === 0) throw new DbError('db.errors.noSchema', {}, { hint: 'db.hints.noSchema' });
  refuseNewer(found);
}
