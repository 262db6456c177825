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
  `WITH f AS (SELECT * FROM coach.sessions s WHERE ${where})`;

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

/** The script versions the sessions kept ran: their snapshots give steps' targets and order. */
export const SHAS = 'SELECT DISTINCT sha256 FROM f';

/**
 * Step events counted by kind (and skips by reason), per everything the report
 * groups them by: a few thousand rows, which coach sums into its groupings.
 */
export const STEP_COUNTS = `SELECT f.agent_key, f.script, f.version, f.locale, f.sha256, st.stage,
  st.step, st.kind, CASE WHEN st.kind = 'skip' THEN coalesce(st.reason, '') END AS reason,
  count(*)::int AS n
FROM f CROSS JOIN LATERAL ${STEPS} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;

/** Each version's step targets ($1..$3 after the filter's parameters, numbered by `at`). */
const targets = (at: (n: number) => string) =>
  `, t (sha, step, target) AS (SELECT * FROM unnest(${at(1)}::text[], ${at(2)}::text[], ${at(3)}::bigint[]))`;

const DONE = `percentile_cont(0.5) WITHIN GROUP (ORDER BY st.ms) AS median,
  percentile_disc(${P90}) WITHIN GROUP (ORDER BY st.ms) AS p90,
  count(t.target)::int AS timed, count(*) FILTER (WHERE st.ms > t.target)::int AS over`;

const from = (stages: string) =>
  `FROM f CROSS JOIN LATERAL ${STEPS}${stages} LEFT JOIN t ON t.sha = f.sha256 AND t.step = st.step`;

/**
 * Durations of done events per step and per stage as the events name it, and
 * how many were timed against their version's target and over it. g: 1 for a
 * step's row, 0 for a stage's.
 */
export const doneStats = (at: (n: number) => string) => `${targets(at)}
SELECT grouping(st.stage) AS g, f.script, st.step, st.stage, ${DONE} ${from('')}
WHERE st.kind = 'done' GROUP BY GROUPING SETS ((f.script, st.step), (st.stage))`;

/** The same per stage, when a step's stage in the report is not the one its events name ($4..$6). */
export const doneStatsByStage = (at: (n: number) => string) => `${targets(at)},
m (script, step, stage) AS (SELECT * FROM unnest(${at(4)}::text[], ${at(5)}::text[], ${at(6)}::text[]))
SELECT 0 AS g, m.stage, ${DONE} ${from(' JOIN m ON m.script = f.script AND m.step = st.step')}
WHERE st.kind = 'done' GROUP BY m.stage`;
