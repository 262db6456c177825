/**
 * The SQL an administrator runs once (after `coach db migrate`) to give the
 * team database its two group roles: what `coach db roles --print` prints.
 * Workstations get login roles in `coach_agent`, supervisors in
 * `coach_supervisor` (docs/database.md). Row-level security is already on for
 * every table holding sessions (migrations.ts); the table owner bypasses it.
 */

/**
 * Creates a group role unless it exists: CREATE ROLE has no IF NOT EXISTS. Roles
 * belong to the whole server, so a run for another database may create it at
 * the same moment: its duplicate is the role being there.
 */
const createRole = (name: string): string => `DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${name}') THEN
    CREATE ROLE ${name} NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;`;

/** Replaces a policy: CREATE POLICY has no OR REPLACE in PostgreSQL 15. */
const policy = (name: string, table: string, body: string): string =>
  `DROP POLICY IF EXISTS ${name} ON coach.${table};\nCREATE POLICY ${name} ON coach.${table} ${body};`;

/** Tables an agent only appends to: it never reads them back, not even its own rows. */
const APPEND_ONLY = ['chunks', 'raw_lines', 'snapshots'] as const;
/** Tables an agent upserts its own rows of: its checkpoints and its sessions' derived rows. */
const OWN_ROWS = ['files', 'sessions'] as const;
/** Every table under row-level security. */
const PROTECTED = [...APPEND_ONLY, ...OWN_ROWS] as const;

const agentSql = (): string =>
  [
    ...APPEND_ONLY.flatMap((table) => [
      `GRANT INSERT ON coach.${table} TO coach_agent;`,
      policy(
        'coach_agent_insert',
        table,
        'FOR INSERT TO coach_agent WITH CHECK (owner = current_user)',
      ),
    ]),
    ...OWN_ROWS.flatMap((table) => [
      `GRANT SELECT, INSERT, UPDATE ON coach.${table} TO coach_agent;`,
      policy(
        'coach_agent_own',
        table,
        'FOR ALL TO coach_agent USING (owner = current_user) WITH CHECK (owner = current_user)',
      ),
    ]),
  ].join('\n');

const supervisorSql = (): string =>
  [
    '-- Tables and views alike; the views run as the reader (security_invoker).',
    'GRANT SELECT ON ALL TABLES IN SCHEMA coach TO coach_supervisor;',
    ...PROTECTED.map((table) =>
      policy('coach_supervisor_read', table, 'FOR SELECT TO coach_supervisor USING (true)'),
    ),
  ].join('\n');

/** The whole script, in one transaction; running it again changes nothing. */
export function rolesSql(): string {
  return `-- coach: the team database's roles. Run once as the owner of schema coach
-- (who ran \`coach db migrate\`), with a role that may create roles:
--   coach db roles --print | psql "postgresql://admin@server/coach"
-- Running it again is harmless; run it again after a migration that adds tables.
--
-- Then one login role per workstation and per supervisor. Policies go by
-- current_user, so workstations that share a login share their rows:
--   CREATE ROLE ws_ana LOGIN PASSWORD '…' IN ROLE coach_agent;
--   CREATE ROLE sup_eva LOGIN PASSWORD '…' IN ROLE coach_supervisor;

BEGIN;

${createRole('coach_agent')}
${createRole('coach_supervisor')}

GRANT USAGE ON SCHEMA coach TO coach_agent, coach_supervisor;

-- Sync stages each batch in temporary tables. PUBLIC has TEMP on every
-- database by default; granted here too, for servers that revoked it.
DO $$
BEGIN
  EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO coach_agent', current_database());
END
$$;

-- coach_agent, a workstation: inserts lines, snapshots and step events (the
-- keys make INSERT … ON CONFLICT DO NOTHING need nothing more), upserts its
-- own checkpoints and sessions, reads the schema's version, and never reads
-- another workstation's rows. Rows carry their inserter in owner.
GRANT SELECT ON coach.schema_version TO coach_agent;
${agentSql()}

-- coach_supervisor: reads everything, writes nothing.
${supervisorSql()}

COMMIT;
`;
}
