/**
 * What the readers left out, as recorded in the team database: the skipped-line
 * counts of the sessions a filter keeps, and the files that are no logs, from
 * a newer coach, unreadable, or further copies of a session — the same tally a
 * reading command prints over files.
 */
import { ReadTally } from '../../log/read/index.js';
import type { Client } from '../connect.js';
import type { SqlWhere } from './filter-sql.js';

const COUNTS = `SELECT coalesce(sum(truncated), 0)::int AS truncated, coalesce(sum(corrupt), 0)::int AS corrupt,
  coalesce(sum(unknown_type), 0)::int AS "unknownType", coalesce(sum(newer_version), 0)::int AS "newerVersion",
  coalesce(sum(huge_lines), 0)::int AS "hugeLines", coalesce(sum(after_end), 0)::int AS "afterEnd",
  coalesce(sum(over_limit), 0)::int AS "overLimit"
  FROM coach.sessions s WHERE `;

const FILES = `SELECT path, verdict, detail FROM coach.files
  WHERE verdict NOT IN ('session', 'copy') ORDER BY host, path`;

const DUPLICATES = `SELECT (count(*) - count(DISTINCT session_id))::int AS n
  FROM coach.files WHERE verdict IN ('session', 'copy')`;

export async function readTally(client: Client, where: SqlWhere): Promise<ReadTally> {
  const tally = new ReadTally();
  const counts = await client.query(COUNTS + where.sql, where.params);
  Object.assign(tally.counts, counts.rows[0]);
  const files = await client.query<{ path: string; verdict: string; detail: string | null }>(FILES);
  for (const { path, verdict, detail } of files.rows) {
    if (verdict === 'notSessionLog') tally.notLogs.push(path);
    else if (verdict === 'newerVersion') tally.newer.push({ file: path, v: Number(detail) });
    else if (verdict === 'unreadable') tally.unreadable.push({ file: path, code: detail ?? 'EIO' });
  }
  const copies = await client.query<{ n: number }>(DUPLICATES);
  tally.duplicates = copies.rows[0]?.n ?? 0;
  return tally;
}
