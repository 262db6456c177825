/**
 * The team database's schema, one migration per version, shipped inside the
 * program: version n is reached by running migrations 1..n in order, each in one
 * transaction with the version it reaches (schema/migrate.ts). A migration once
 * released is never edited; a change is a new migration appended here and told
 * in docs/database.md.
 */

/** Version 1: the lines of the logs, their checkpoints, snapshots, and what the reader derives. */
const V1 = `
CREATE SCHEMA IF NOT EXISTS coach;

CREATE TABLE coach.schema_version (
  version integer NOT NULL
);

-- The lines of every session log, once: each chunk holds lines first_line..last_line
-- of its session (numbered from 1), joined by newlines, as they were appended. A
-- session's chunks never overlap: sync appends after coach.sessions.lines, under
-- that row's lock.
CREATE TABLE coach.chunks (
  session_id text NOT NULL,
  first_line integer NOT NULL,
  last_line integer NOT NULL,
  body text NOT NULL,
  owner name NOT NULL DEFAULT current_user,
  PRIMARY KEY (session_id, first_line),
  CHECK (last_line >= first_line)
);
-- Log lines are written far more often than read: kept uncompressed, they cost no CPU to store.
ALTER TABLE coach.chunks ALTER COLUMN body SET STORAGE EXTERNAL;

-- Lines that are not UTF-8 text (or hold a NUL): their bytes; the chunk holds an empty line there.
CREATE TABLE coach.raw_lines (
  session_id text NOT NULL,
  line_no integer NOT NULL,
  raw bytea NOT NULL,
  owner name NOT NULL DEFAULT current_user,
  PRIMARY KEY (session_id, line_no)
);

-- Script snapshots by the sha256 of their bytes.
CREATE TABLE coach.snapshots (
  sha256 text PRIMARY KEY,
  body bytea NOT NULL,
  owner name NOT NULL DEFAULT current_user
);

-- Checkpoints: how far each file of each workstation has been copied.
CREATE TABLE coach.files (
  host text NOT NULL,
  path text NOT NULL,
  folder text NOT NULL,
  verdict text NOT NULL,
  detail text,
  session_id text,
  size bigint NOT NULL,
  mtime_ms double precision NOT NULL,
  synced_bytes bigint NOT NULL,
  lines integer NOT NULL,
  head_sha text NOT NULL,
  owner name NOT NULL DEFAULT current_user,
  synced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (host, path)
);
CREATE INDEX files_folder ON coach.files (host, folder);
CREATE INDEX files_session ON coach.files (session_id);

-- One row per session as the log reader reads its longest copy.
CREATE TABLE coach.sessions (
  session_id text PRIMARY KEY,
  host text NOT NULL,
  path text NOT NULL,
  bytes bigint NOT NULL,
  agent text NOT NULL,
  agent_key text NOT NULL,
  script text NOT NULL,
  version text NOT NULL,
  sha256 text NOT NULL,
  locale text NOT NULL,
  locale_key text NOT NULL,
  started_ms bigint,
  answers boolean NOT NULL,
  status text NOT NULL,
  outcome text NOT NULL,
  call_ms bigint NOT NULL,
  truncated integer NOT NULL,
  corrupt integer NOT NULL,
  unknown_type integer NOT NULL,
  newer_version integer NOT NULL,
  huge_lines integer NOT NULL,
  after_end integer NOT NULL,
  over_limit integer NOT NULL,
  skipped_keys text[] NOT NULL,
  step_kinds text[] NOT NULL,
  step_ids text[] NOT NULL,
  step_stages text[] NOT NULL,
  step_ms bigint[] NOT NULL,
  step_reasons text[] NOT NULL,
  lines integer NOT NULL DEFAULT 0,
  owner name NOT NULL DEFAULT current_user
);
CREATE INDEX sessions_started ON coach.sessions (started_ms);
CREATE INDEX sessions_agent ON coach.sessions (agent_key);

-- Every line, one row each.
CREATE VIEW coach.lines WITH (security_invoker = true) AS
  SELECT c.session_id, (c.first_line + l.n - 1)::integer AS line_no,
         CASE WHEN r.raw IS NULL THEN l.line END AS body, r.raw
  FROM coach.chunks c
  CROSS JOIN LATERAL regexp_split_to_table(c.body, E'\\n') WITH ORDINALITY AS l(line, n)
  LEFT JOIN coach.raw_lines r
    ON r.session_id = c.session_id AND r.line_no = c.first_line + l.n - 1;

-- The step events of each session (enter, done, skip), in order.
CREATE VIEW coach.steps WITH (security_invoker = true) AS
  SELECT s.session_id, e.seq::integer AS seq, e.kind, e.step, e.stage, e.ms,
         CASE WHEN e.kind = 'skip' THEN e.reason END AS reason
  FROM coach.sessions s
  CROSS JOIN LATERAL unnest(s.step_kinds, s.step_ids, s.step_stages, s.step_ms, s.step_reasons)
    WITH ORDINALITY AS e(kind, step, stage, ms, reason, seq);

CREATE VIEW coach.session_list WITH (security_invoker = true) AS
  SELECT session_id, host, agent, script, version, locale,
         to_timestamp(started_ms / 1000.0) AS started_at, status,
         nullif(outcome, '') AS outcome, call_ms, answers
  FROM coach.sessions;

CREATE VIEW coach.step_events WITH (security_invoker = true) AS
  SELECT st.session_id, st.seq, st.kind, s.script, s.version, st.step, st.stage,
         CASE WHEN st.kind = 'done' THEN st.ms END AS ms, st.reason,
         s.agent, s.locale, to_timestamp(s.started_ms / 1000.0) AS started_at
  FROM coach.steps st JOIN coach.sessions s USING (session_id);

CREATE VIEW coach.log_lines WITH (security_invoker = true) AS
  SELECT session_id, line_no, coalesce(body, encode(raw, 'escape')) AS line
  FROM coach.lines;

ALTER TABLE coach.chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach.raw_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach.snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach.files ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach.sessions ENABLE ROW LEVEL SECURITY;
`;

export const MIGRATIONS: readonly string[] = [V1];
