/**
 * A unit of work on the team database for a reading command: connect, check
 * the schema, run, disconnect; any failure becomes the one-line DbError.
 */
import { type Client, connect, disconnect } from './connect.js';
import { dbError } from './errors.js';
import { requireSchema } from './schema/migrate.js';

export async function withDatabase<T>(
  url: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = await connect(url);
  try {
    await requireSchema(client);
    return await work(client);
  } catch (error) {
    throw dbError(error, url);
  } finally {
    await disconnect(client);
  }
}
