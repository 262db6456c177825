/**
 * `coach sessions` and `coach report` answer from one reader, one record per
 * session and one filter: for generated log folders (loops, back, interrupted,
 * damaged and duplicated sessions, agents spelt several ways) and any filter,
 * the sessions the listing shows are exactly those the report counts, by
 * status, agent, script and locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentKey } from '../../../src/log/agent.js';
import { listSessions, parseFilters, ReadTally } from '../../../src/log/read/index.js';
import { buildReport } from '../../../src/report/build.js';
import { filterArb, sessionArb, writeFolder } from '../../support/generated-logs.js';

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describe('sessions and report', () => {
  it('list exactly the sessions they count, for any filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sessionArb, { minLength: 1, maxLength: 12 }),
        filterArb,
        async (sessions, raw) => {
          const root = writeFolder(sessions);
          const filters = parseFilters(raw, Date.parse('2026-11-30T00:00:00Z'));
          const listed = listSessions([root], root, filters, new ReadTally());
          const report = await buildReport({
            paths: [root],
            logDir: root,
            filter: filters,
            threads: 1,
          });
          expect(report.sessions.total).toBe(listed.length);
          expect(report.sessions.byStatus).toEqual({
            completed: listed.filter((s) => s.status === 'completed').length,
            aborted: listed.filter((s) => s.status === 'aborted').length,
            interrupted: listed.filter((s) => s.status === 'interrupted').length,
          });
          const reported = <R extends { sessions: number }>(
            rows: readonly R[],
            key: (row: R) => string,
          ) => Object.fromEntries(rows.map((row) => [key(row), row.sessions]));
          expect(reported(report.agents, (row) => agentKey(row.agent))).toEqual(
            countBy(listed.map((s) => agentKey(s.agent))),
          );
          expect(reported(report.scripts, (row) => `${row.script}@${row.version}`)).toEqual(
            countBy(listed.map((s) => `${s.script.id}@${s.script.version}`)),
          );
          expect(reported(report.locales, (row) => row.locale)).toEqual(
            countBy(listed.map((s) => s.locale)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
