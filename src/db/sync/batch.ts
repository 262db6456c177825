/**
 * One batch of sync: the rows of some files gathered as COPY text, written in
 * one transaction — COPY into temporary staging tables, then one `INSERT … ON
 * CONFLICT DO NOTHING` per table, and the files' checkpoints — so that the
 * checkpoints move exactly as far as what was committed. A session's lines go in
 * as chunks appended after the lines its row says it holds, under that row's
 * lock: whoever sends them, and however often, each line is stored once. Rows
 * go in key order, so workstations writing the same keys never deadlock (and a
 * transaction that loses one anyway is tried again).
 */
import type { Client } from '../connect.js';
import { BinaryRows } from './copy-binary.js';
import { copyBinary, copyRows } from './copy-in.js';

const stage = (name: string, columns: string, from: string) =>
  `CREATE TEMP TABLE IF NOT EXISTS stage_${name} ON COMMIT DELETE ROWS AS SELECT ${columns} FROM coach.${from} WITH NO DATA;`;

const SESSION_COLUMNS =
  'session_id, host, path, bytes, agent, agent_key, script, version, sha256, locale, locale_key, started_ms, answers, status, outcome, call_ms, truncated, corrupt, unknown_type, newer_version, huge_lines, after_end, over_limit, skipped_keys, step_kinds, step_ids, step_stages, step_ms, step_reasons';
const FILE_COLUMNS =
  'host, path, folder, verdict, detail, session_id, size, mtime_ms, synced_bytes, lines, head_sha';
const CHUNK_COLUMNS = 'session_id, first_line, last_line, body';

const STAGING = [
  stage('chunks', CHUNK_COLUMNS, 'chunks'),
  // A chunk is copied once more into coach.chunks: compressing it here would cost for nothing.
  'ALTER TABLE stage_chunks ALTER COLUMN body SET STORAGE EXTERNAL;',
  stage('raws', 'session_id, line_no, raw', 'raw_lines'),
  stage('sessions', SESSION_COLUMNS, 'sessions'),
  stage('snapshots', 'sha256, body', 'snapshots'),
  stage('files', FILE_COLUMNS, 'files'),
].join('\n');

const updateAll = (columns: string, from: string) =>
  columns
    .split(', ')
    .map((c) => `${c} = ${from}.${c}`)
    .join(', ');

/** Lines `have + 1`… of a chunk that starts at `first_line` (regexp split: an empty line is a line). */
const TAIL = `CASE WHEN first_line = have + 1 THEN body ELSE array_to_string(
  (regexp_split_to_array(body, E'\\n'))[have - first_line + 2:], E'\\n') END`;

const MERGE = [
  // Sessions met for the first time: their row, with the lines of their first chunk.
  `WITH c AS (SELECT DISTINCT ON (session_id) * FROM stage_chunks WHERE first_line = 1
     ORDER BY session_id, last_line DESC),
   new AS (INSERT INTO coach.sessions (${SESSION_COLUMNS}, lines)
     SELECT DISTINCT ON (session_id) ${SESSION_COLUMNS}, coalesce(c.last_line, 0)
     FROM stage_sessions LEFT JOIN c USING (session_id)
     ORDER BY session_id, bytes DESC, path COLLATE "C"
     ON CONFLICT DO NOTHING RETURNING session_id, lines),
   chunked AS (INSERT INTO coach.chunks (${CHUNK_COLUMNS})
     SELECT c.session_id, 1, c.last_line, c.body FROM c JOIN new USING (session_id)
     WHERE new.lines > 0 ORDER BY c.session_id ON CONFLICT DO NOTHING)
   INSERT INTO coach.raw_lines (session_id, line_no, raw)
     SELECT r.session_id, r.line_no, r.raw FROM stage_raws r JOIN new USING (session_id)
     WHERE r.line_no <= new.lines ORDER BY 1, 2 ON CONFLICT DO NOTHING`,
  // Sessions already there: their row locked (in key order), the lines after what it holds appended.
  `WITH want AS (SELECT session_id, max(last_line) AS last FROM stage_chunks GROUP BY session_id),
   p AS (SELECT s.session_id, s.lines FROM coach.sessions s JOIN want USING (session_id)
     WHERE s.lines < want.last ORDER BY s.session_id FOR UPDATE OF s),
   c AS (SELECT DISTINCT ON (c.session_id) c.*, p.lines AS have FROM stage_chunks c JOIN p USING (session_id)
     WHERE c.first_line <= p.lines + 1 AND c.last_line > p.lines ORDER BY c.session_id, c.last_line DESC),
   chunked AS (INSERT INTO coach.chunks (${CHUNK_COLUMNS})
     SELECT session_id, have + 1, last_line, ${TAIL} FROM c ORDER BY session_id ON CONFLICT DO NOTHING),
   raws AS (INSERT INTO coach.raw_lines (session_id, line_no, raw)
     SELECT r.session_id, r.line_no, r.raw FROM stage_raws r JOIN c USING (session_id)
     WHERE r.line_no > c.have AND r.line_no <= c.last_line ORDER BY 1, 2 ON CONFLICT DO NOTHING)
   UPDATE coach.sessions s SET lines = c.last_line FROM c WHERE s.session_id = c.session_id`,
  // What the reader makes of a session that grew, from its longest copy (the first path of
  // equal ones, as the readers choose), by the login that sent it.
  `UPDATE coach.sessions s SET ${updateAll(SESSION_COLUMNS, 'x')}
   FROM (SELECT DISTINCT ON (session_id) * FROM stage_sessions
     ORDER BY session_id, bytes DESC, path COLLATE "C") x
   WHERE s.session_id = x.session_id AND s.owner = current_user
     AND (s.bytes < x.bytes OR (s.bytes = x.bytes AND x.path COLLATE "C" < s.path COLLATE "C"))`,
  `INSERT INTO coach.snapshots (sha256, body)
     SELECT DISTINCT ON (sha256) sha256, body FROM stage_snapshots ORDER BY sha256
     ON CONFLICT DO NOTHING`,
  // A checkpoint never moves back: a slower sync of the same file cannot undo a faster one.
  `INSERT INTO coach.files (${FILE_COLUMNS})
     SELECT DISTINCT ON (host, path) ${FILE_COLUMNS} FROM stage_files ORDER BY host, path, synced_bytes DESC
     ON CONFLICT (host, path) DO UPDATE SET ${updateAll(FILE_COLUMNS, 'excluded')}, synced_at = now()
     WHERE coach.files.synced_bytes <= excluded.synced_bytes AND coach.files.owner = current_user`,
];

const MERGE_AND_COMMIT = [...MERGE, 'COMMIT'].join(';\n');

export class Batch {
  readonly chunks = new BinaryRows();
  raws: string[] = [];
  readonly sessions = new BinaryRows();
  snapshots: string[] = [];
  files: string[] = [];

  get empty(): boolean {
    return this.files.length === 0;
  }

  /** What is sent, as plain data that can move to another thread. */
  parts(): BatchParts {
    return {
      chunks: this.chunks.count > 0 ? this.chunks.stream() : null,
      sessions: this.sessions.count > 0 ? this.sessions.stream() : null,
      raws: this.raws,
      snapshots: this.snapshots,
      files: this.files,
    };
  }
}

/** A batch's rows: binary COPY streams, and rows in COPY text format. */
export interface BatchParts {
  readonly chunks: Buffer | null;
  readonly sessions: Buffer | null;
  readonly raws: readonly string[];
  readonly snapshots: readonly string[];
  readonly files: readonly string[];
}

/** Creates the staging tables of a connection (once per connection). */
export async function prepareStaging(client: Client): Promise<void> {
  await client.query(STAGING);
}

/** Transactions that lost a deadlock or a serialization conflict are tried again this often. */
const RETRIES = 5;

/** Writes the batch in one transaction; on any failure nothing of it is kept. */
export async function commitBatch(client: Client, batch: BatchParts): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await commitOnce(client, batch);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= RETRIES || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

async function commitOnce(client: Client, batch: BatchParts): Promise<void> {
  await client.query('BEGIN');
  try {
    await copyBinary(client, `stage_chunks (${CHUNK_COLUMNS})`, batch.chunks);
    await copyRows(client, 'stage_raws (session_id, line_no, raw)', batch.raws);
    await copyBinary(client, `stage_sessions (${SESSION_COLUMNS})`, batch.sessions);
    await copyRows(client, 'stage_snapshots (sha256, body)', batch.snapshots);
    await copyRows(client, `stage_files (${FILE_COLUMNS})`, batch.files);
    // One round trip for the merges and the commit: a failure skips the rest, and the transaction is rolled back.
    await client.query(MERGE_AND_COMMIT);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
