/**
 * Connecting to the team database. `pg` is loaded only here, when a command
 * needs the database, so that nothing else pays for it at start-up.
 */
import type { Client, ClientConfig } from 'pg';
import { UsageError } from '../errors.js';
import { dbError } from './errors.js';
import { maskUrl } from './url.js';

export type { Client } from 'pg';

/** Most a connection attempt waits for the server before it is told as unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The URL as libpq reads it (`sslmode=require` encrypts without checking the certificate). */
async function configOf(url: string): Promise<ClientConfig> {
  const module = await import('pg-connection-string');
  // CommonJS: the function is the module itself, or its default export once bundled.
  const parse = module.parse ?? (module as unknown as { default: typeof module }).default.parse;
  try {
    return parse(url, { useLibpqCompat: true }) as ClientConfig;
  } catch (error) {
    throw new UsageError(
      'db.errors.badUrl',
      { url: maskUrl(url) },
      { hint: 'db.hints.badUrl', cause: error },
    );
  }
}

export async function connect(url: string): Promise<Client> {
  const { default: pg } = await import('pg');
  const config = await configOf(url);
  let client: Client;
  try {
    client = new pg.Client({
      ...config,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'coach',
    });
  } catch (error) {
    throw new UsageError(
      'db.errors.badUrl',
      { url: maskUrl(url) },
      { hint: 'db.hints.badUrl', cause: error },
    );
  }
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
