// The report bench's aggregation done with DuckDB (@duckdb/node-api, installed
// by the bench into a scratch folder), printed in the bench's comparison shape.
// Usage: node report-duckdb.mjs DEPS_DIR LOG_DIR
//
// read_ndjson(ignore_errors = true) silently merges a line cut off at the end of
// a file with the next line, which changes the counts; so the files are read
// whole with read_text and split on LF in SQL: the last piece of a file is ""
// when it ended with its newline, and the cut-off line otherwise (skipped, as
// coach does).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [deps, dir] = process.argv.slice(2);
const require = createRequire(join(deps, 'package.json'));
const { DuckDBInstance } = await import(pathToFileURL(require.resolve('@duckdb/node-api')).href);

const glob = join(dir, '*', '*.jsonl').replaceAll("'", "''");
const SQL = [
  `CREATE TEMP TABLE parts AS
     SELECT filename, unnest(pieces) AS line, generate_subscripts(pieces, 1) AS n, len(pieces) AS cnt
     FROM (SELECT filename, string_split(content, chr(10)) AS pieces
           FROM read_text('${glob}')
           WHERE regexp_matches(filename, '/\\d{4}-\\d{2}-\\d{2}/[^/]*\\.jsonl$'))`,
  `CREATE TEMP TABLE parsed AS
     SELECT filename, n, cnt, line,
       CASE WHEN n < cnt AND json_valid(line) AND json_type(line) = 'OBJECT'
                 AND json_type(line, '$.type') = 'VARCHAR' THEN line::JSON END AS j
     FROM parts`,
  `CREATE TEMP TABLE sess AS
     WITH starts AS (
       SELECT filename, json_extract_string(j, '$.script.id') AS script FROM parsed
       WHERE n = 1 AND json_extract_string(j, '$.type') = 'start' AND coalesce(TRY_CAST(json_extract_string(j, '$.v') AS INTEGER), 1) <= 1
         AND json_type(j, '$.script.id') = 'VARCHAR'),
     ends AS (
       SELECT filename, min(n) AS endn FROM parsed
       WHERE n > 1 AND json_extract_string(j, '$.type') = 'end' AND json_extract_string(j, '$.status') IN ('completed', 'aborted')
         AND coalesce(TRY_CAST(json_extract_string(j, '$.v') AS INTEGER), 1) <= 1
       GROUP BY filename)
     SELECT s.filename, s.script, coalesce(e.endn, 2147483647) AS endn,
       coalesce((SELECT json_extract_string(p.j, '$.status') FROM parsed p WHERE p.filename = s.filename AND p.n = e.endn), 'interrupted') AS status
     FROM starts s LEFT JOIN ends e USING (filename)`,
];

const STEPS = `
  WITH ev AS (
    SELECT s.script, json_extract_string(p.j, '$.type') AS type, json_extract_string(p.j, '$.step') AS step, TRY_CAST(json_extract_string(p.j, '$.ms') AS DOUBLE) AS ms
    FROM parsed p JOIN sess s USING (filename)
    WHERE p.n > 1 AND p.n < s.endn AND json_extract_string(p.j, '$.type') IN ('enter', 'done', 'skip')
      AND json_type(p.j, '$.step') = 'VARCHAR' AND coalesce(TRY_CAST(json_extract_string(p.j, '$.v') AS INTEGER), 1) <= 1
      AND (json_extract_string(p.j, '$.type') = 'enter' OR coalesce(TRY_CAST(json_extract_string(p.j, '$.ms') AS DOUBLE), -1) >= 0))
  SELECT script, step,
    count(*) FILTER (WHERE type = 'enter') AS entered,
    count(*) FILTER (WHERE type = 'done') AS done,
    count(*) FILTER (WHERE type = 'skip') AS skipped,
    median(ms) FILTER (WHERE type = 'done') AS median,
    list_sort(list(ms) FILTER (WHERE type = 'done')) AS sorted
  FROM ev GROUP BY script, step`;

const UNREADABLE = `
  SELECT
    (SELECT count(*) FROM parsed p JOIN sess s USING (filename)
      WHERE p.n > 1 AND p.n < p.cnt AND p.n < s.endn AND p.j IS NULL) +
    (SELECT count(*) FROM parsed p JOIN sess s USING (filename)
      WHERE p.n = p.cnt AND p.line <> '' AND s.endn = 2147483647) AS unreadable`;

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
for (const sql of SQL) await conn.run(sql);
const status = { completed: 0, aborted: 0, interrupted: 0 };
for (const row of (
  await conn.runAndReadAll('SELECT status, count(*) AS n FROM sess GROUP BY status')
).getRowObjectsJS()) {
  status[row.status] = Number(row.n);
}
const steps = {};
for (const row of (await conn.runAndReadAll(STEPS)).getRowObjectsJS()) {
  const sorted = row.sorted ?? [];
  const n = sorted.length;
  const p90 = n === 0 ? null : sorted[Math.floor((9 * n + 9) / 10) - 1];
  steps[`${row.script}\u0000${row.step}`] = [
    Number(row.entered),
    Number(row.done),
    Number(row.skipped),
    row.median,
    p90,
  ];
}
const [{ unreadable }] = (await conn.runAndReadAll(UNREADABLE)).getRowObjectsJS();
process.stdout.write(
  `${JSON.stringify({ sessions: status, unreadableLines: Number(unreadable), steps })}\n`,
);
