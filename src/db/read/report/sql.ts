/**
 * The report's SQL over the team database: the sessions a filter keeps (`f`),
 * then counts, medians and percentiles computed by PostgreSQL, so that only
 * totals reach coach, never the events. Medians are percentile_cont(0.5): the
 * mean of the two middle values for an even count, as docs/report-format.md
 * says.
 */

/**
 * Nearest rank, the value at position ⌈0.9·n⌉: PostgreSQL's percentile_disc
 * takes ⌈0.9·n⌉ in floating point, which is exact for every count (0.9 is
 * stored a hair above itself, and the product rounds back to the integer).
 */
const P90 = '0.9';

/** A session's step events, from the arrays of its row. */
const STEPS =
  'unnest(f.step_kinds, f.step_ids, f.step_stages, f.step_ms, f.step_reasons) AS st(kind, step, stage, ms, reason)';

export const filtered = (where: string) =>
  `WITH f AS MATERIALIZED (SELECT * FROM coach.sessions s WHERE ${where})`;

/** Sessions per group (all, agent, script version, locale): statuses and the median call. */
export const GROUPS = `
SELECT grouping(agent_key) AS ga, grouping(script) AS gs, grouping(locale) AS gl,
  agent_key, script, version, locale, count(*)::int AS sessions,
  count(*) FILTER (WHERE status = 'completed')::int AS completed,
  count(*) FILTER (WHERE status = 'aborted')::int AS aborted,
  count(*) FILTER (WHERE status = 'interrupted')::int AS interrupted,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY call_ms) AS median_call
FROM f GROUP BY GROUPING SETS ((), (agent_key), (script, version), (locale))`;

/** Outcomes per group. */
export const OUTCOMES = `
SELECT grouping(agent_key) AS ga, grouping(script) AS gs, grouping(locale) AS gl,
  agent_key, script, version, locale, outcome, count(*)::int AS n
FROM f WHERE outcome <> ''
GROUP BY GROUPING SETS ((outcome), (agent_key, outcome), (script, version, outcome), (locale, outcome))`;

/** Each agent's spellings, to show the one used most. */
export const SPELLINGS = 'SELECT agent_key, agent, count(*)::int AS n FROM f GROUP BY 1, 2';

/**
 * Step events counted by kind: per group, per agent and stage (as the events
 * give it), and per step of each script version (with the first stage its
 * events name).
 */
export const STEP_COUNTS = `
SELECT grouping(f.agent_key) AS ga, grouping(f.script) AS gs, grouping(f.locale) AS gl,
  grouping(st.stage) AS gst, grouping(st.step) AS gstep,
  f.agent_key, f.script, f.version, f.locale, f.sha256, st.stage, st.step, st.kind,
  count(*)::int AS n, min(st.stage) FILTER (WHERE st.stage <> '') AS first_stage
FROM f CROSS JOIN LATERAL ${STEPS}
GROUP BY GROUPING SETS ((st.kind), (f.agent_key, st.kind), (f.script, f.version, st.kind),
  (f.locale, st.kind), (f.agent_key, st.stage, st.kind), (f.script, f.sha256, st.step, st.kind))`;

/**
 * Durations of done events per step and per stage (the stage each step has in
 * the report, $1..$3), and how many were timed against their version's target
 * ($4..$6) and over it.
 */
export const DONE_STATS = `,
m (script, step, stage) AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[])),
t (sha, step, target) AS (SELECT * FROM unnest($4::text[], $5::text[], $6::bigint[]))
-- g: 1 for a step's row (the stage not grouped), 0 for a stage's.
SELECT grouping(m.stage) AS g, f.script, st.step, m.stage,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY st.ms) AS median,
  percentile_disc(${P90}) WITHIN GROUP (ORDER BY st.ms) AS p90,
  count(t.target)::int AS timed, count(*) FILTER (WHERE st.ms > t.target)::int AS over
FROM f CROSS JOIN LATERAL ${STEPS}
JOIN m ON m.script = f.script AND m.step = st.step
LEFT JOIN t ON t.sha = f.sha256 AND t.step = st.step
WHERE st.kind = 'done'
GROUP BY GROUPING SETS ((f.script, st.step), (m.stage))`;

/** The skip reasons of each step whose count is among its three highest (ties kept). */
export const REASONS = `
SELECT script, step, reason, n FROM (
  SELECT f.script, st.step, coalesce(st.reason, '') AS reason, count(*)::int AS n,
    dense_rank() OVER (PARTITION BY f.script, st.step ORDER BY count(*) DESC) AS r
  FROM f CROSS JOIN LATERAL ${STEPS} WHERE st.kind = 'skip'
  GROUP BY 1, 2, 3) x
WHERE r <= 3`;
