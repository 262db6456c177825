/**
 * Connecting to the team database. `pg` is loaded only here, when a command
 * needs the database, so that nothing else pays for it at start-up.
 */
import type { Client } from 'pg';
import { dbError } from './errors.js';

export type { Client } from 'pg';

/** Most a connection attempt waits for the server before it is told as unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;

export async function connect(url: string): Promise<Client> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'coach',
  });
  // A connection lost while idle is told by the next query; an unhandled 'error'
  // event would end the process instead.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw dbError(error, url);
  }
  return client;
}

/** Closes a connection; a connection already lost closes quietly. */
export async function disconnect(client: Client): Promise<void> {
  await client.end().catch(() => {});
}
