/**
 * `coach sessions --db`: the sessions a filter keeps, from the team database.
 * The database narrows by the filter in SQL; each session's lines are then read
 * by the one reader and summarized as over files, so a listing of the database
 * is the listing of the files that were synced.
 */
import {
  FileReader,
  type Filters,
  matches,
  type ReadTally,
  SessionScratch,
  type SessionSummary,
} from '../../log/read/index.js';
import { Interner } from '../../log/read/intern.js';
import { summarize } from '../../log/read/summary.js';
import type { Client } from '../connect.js';
import { inlineWhere, whereOf } from './filter-sql.js';
import { readTally } from './read-tally.js';
import { sessionLogs } from './session-logs.js';
import { loadDbSnapshots } from './snapshots.js';

export async function listDbSessions(
  client: Client,
  filters: Filters,
): Promise<{ summaries: SessionSummary[]; tally: ReadTally }> {
  const where = whereOf(filters);
  const shas = await client.query<{ sha256: string }>(
    `SELECT DISTINCT s.sha256 FROM coach.sessions s WHERE s.status = 'interrupted' AND ${where.sql}`,
    where.params,
  );
  const scripts = await loadDbSnapshots(
    client,
    shas.rows.map((r) => r.sha256),
  );
  const reader = new FileReader();
  const scratch = new SessionScratch();
  const names = new Interner();
  const summaries: SessionSummary[] = [];
  const literal = (value: string) => client.escapeLiteral(value);
  for await (const log of sessionLogs(client, inlineWhere(where, literal))) {
    if (reader.readBytes(log.path, log.bytes, scratch) !== 'session') continue;
    if (!matches(filters, scratch)) continue;
    const script = scratch.status === 'interrupted' ? scripts.get(scratch.sha) : undefined;
    summaries.push(summarize(scratch, script, names));
  }
  return { summaries, tally: await readTally(client, where) };
}
