/** Databases of their own for tests, on the run's one server (test/support/pg-global.ts). */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** Creates an empty database with a name no other call gets, and returns its URL. */
export async function freshDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  // The admin URL names the `postgres` database (a socket URL has no host part for URL to parse).
  return admin.replace(/^(postgresql:\/\/[^/?]*\/)[^?]*/, `$1${name}`);
}
