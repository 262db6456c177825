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

/**
 * Files of a session: its logs and copies, and a file named after it that is no
 * log (a copy cut inside its start line), which the readers leave out as a copy.
 */
const OF_A_SESSION = `(verdict IN ('session', 'copy') OR (verdict = 'notSessionLog'
  AND EXISTS (SELECT 1 FROM coach.sessions s WHERE s.session_id = f.session_id)))`;

const FILES = `SELECT path, verdict, detail FROM coach.files f
  WHERE verdict NOT IN ('session', 'copy') AND NOT ${OF_A_SESSION} ORDER BY host, path`;

const DUPLICATES = `SELECT (count(*) - count(DISTINCT session_id))::int AS n
  FROM coach.files f WHERE ${OF_A_SESSION}`;

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
