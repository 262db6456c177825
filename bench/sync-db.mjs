// The sync bench's view of its throwaway PostgreSQL server: one query at a time
// through node-postgres (the driver coach itself bundles), databases made fresh
// for every run and dropped after it, so that the disk holds one copy at a time.
import pg from 'pg';

/** Runs one statement against the database at `url` and returns its rows. */
export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The single number a `SELECT count(*) …` returns. */
export async function count(url, sql, params = []) {
  const [row] = await query(url, sql, params);
  return Number(Object.values(row)[0]);
}

/** Hands out fresh database names on one cluster and drops them again. */
export function databases(cluster) {
  let n = 0;
  return {
    async fresh(prefix) {
      n++;
      const name = `${prefix}_${n}`;
      return { name, url: await cluster.createDatabase(name) };
    },
    async drop(db) {
      await query(cluster.url(), `DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
    },
    async size(db) {
      const [row] = await query(db.url, 'SELECT pg_database_size(current_database()) AS bytes');
      return Number(row.bytes);
    },
  };
}
