/**
 * One batch of sync: the rows of some files gathered as COPY text, written in
 * one transaction — COPY into temporary staging tables, one `INSERT … ON
 * CONFLICT DO NOTHING` per table, and the files' checkpoints — so that the
 * checkpoints move exactly as far as what was committed. Rows go in key order:
 * two workstations writing the same keys take their locks in the same order and
 * never deadlock.
 */
import type { Client } from '../connect.js';
import { copyRows } from './copy-in.js';

const stage = (name: string, columns: string, from: string) =>
  `CREATE TEMP TABLE IF NOT EXISTS stage_${name} ON COMMIT DELETE ROWS AS SELECT ${columns} FROM coach.${from} WITH NO DATA;`;

const SESSION_COLUMNS =
  'session_id, host, path, bytes, agent, agent_key, script, version, sha256, locale, locale_key, started_ms, answers, status, outcome, call_ms, truncated, corrupt, unknown_type, newer_version, huge_lines, after_end, over_limit, skipped_keys';
const FILE_COLUMNS =
  'host, path, folder, verdict, detail, session_id, size, mtime_ms, synced_bytes, lines, head_sha';
const STEP_COLUMNS = 'session_id, seq, kind, step, stage, ms, reason';

const STAGING = [
  stage('lines', 'session_id, line_no, body, raw', 'lines'),
  stage('steps', STEP_COLUMNS, 'steps'),
  stage('sessions', SESSION_COLUMNS, 'sessions'),
  stage('snapshots', 'sha256, body', 'snapshots'),
  stage('files', FILE_COLUMNS, 'files'),
].join('\n');

const updateAll = (columns: string) =>
  columns
    .split(', ')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');

const MERGE = [
  `INSERT INTO coach.lines (session_id, line_no, body, raw)
     SELECT session_id, line_no, body, raw FROM stage_lines ORDER BY session_id, line_no
     ON CONFLICT DO NOTHING`,
  `INSERT INTO coach.snapshots (sha256, body)
     SELECT DISTINCT ON (sha256) sha256, body FROM stage_snapshots ORDER BY sha256
     ON CONFLICT DO NOTHING`,
  `INSERT INTO coach.steps (${STEP_COLUMNS})
     SELECT ${STEP_COLUMNS} FROM stage_steps ORDER BY session_id, seq
     ON CONFLICT DO NOTHING`,
  // A session's row is the reading of its longest copy (a log only grows), kept by
  // the login that sent it first: another workstation may not rewrite it (row-level security).
  `INSERT INTO coach.sessions (${SESSION_COLUMNS})
     SELECT DISTINCT ON (session_id) ${SESSION_COLUMNS} FROM stage_sessions ORDER BY session_id, bytes DESC
     ON CONFLICT (session_id) DO UPDATE SET ${updateAll(SESSION_COLUMNS)}
     WHERE coach.sessions.bytes <= excluded.bytes AND coach.sessions.owner = current_user`,
  // A checkpoint never moves back: a slower sync of the same file cannot undo a faster one.
  `INSERT INTO coach.files (${FILE_COLUMNS})
     SELECT DISTINCT ON (host, path) ${FILE_COLUMNS} FROM stage_files ORDER BY host, path, synced_bytes DESC
     ON CONFLICT (host, path) DO UPDATE SET ${updateAll(FILE_COLUMNS)}, synced_at = now()
     WHERE coach.files.synced_bytes <= excluded.synced_bytes AND coach.files.owner = current_user`,
];

export class Batch {
  lines: string[] = [];
  steps: string[] = [];
  sessions: string[] = [];
  snapshots: string[] = [];
  files: string[] = [];
  /** Bytes of COPY text gathered. */
  size = 0;
  /** Lines of the logs in the batch. */
  lineCount = 0;

  get empty(): boolean {
    return this.files.length === 0;
  }
}

/** Creates the staging tables of a connection (once per connection). */
export async function prepareStaging(client: Client): Promise<void> {
  await client.query(STAGING);
}

/** Transactions that lost a deadlock or a serialization conflict are tried again this often. */
const RETRIES = 5;

/** Writes the batch in one transaction; on any failure nothing of it is kept. */
export async function commitBatch(client: Client, batch: Batch): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await commitOnce(client, batch);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= RETRIES || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}

async function commitOnce(client: Client, batch: Batch): Promise<void> {
  await client.query('BEGIN');
  try {
    await copyRows(client, 'stage_lines (session_id, line_no, body, raw)', batch.lines);
    await copyRows(client, `stage_steps (${STEP_COLUMNS})`, batch.steps);
    await copyRows(client, `stage_sessions (${SESSION_COLUMNS})`, batch.sessions);
    await copyRows(client, 'stage_snapshots (sha256, body)', batch.snapshots);
    await copyRows(client, `stage_files (${FILE_COLUMNS})`, batch.files);
    for (const sql of MERGE) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
