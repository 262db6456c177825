/**
 * The filters of `coach sessions` and `coach report` (log/read/filter.ts) as a
 * WHERE clause over coach.sessions (alias `s`), for reading the team database.
 * The rule is filter.ts's: this is its translation, and a property test pits the
 * two against each other on generated logs.
 */
import { agentKey } from '../../log/agent.js';
import type { Filters } from '../../log/read/index.js';

export interface SqlWhere {
  readonly sql: string;
  readonly params: unknown[];
}

export function whereOf(filters: Filters): SqlWhere {
  const params: unknown[] = [];
  const conds: string[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.agent !== undefined) conds.push(`s.agent_key = ${p(agentKey(filters.agent))}`);
  if (filters.script !== undefined) {
    const wanted = p(filters.script);
    conds.push(
      `(s.script = ${wanted} OR (s.version <> '' AND s.script || '@' || s.version = ${wanted}))`,
    );
  }
  if (filters.locale !== undefined) conds.push(`s.locale_key = ${p(filters.locale.toLowerCase())}`);
  if (filters.status !== undefined) conds.push(`s.status = ${p(filters.status)}`);
  if (filters.answers !== undefined) conds.push(`s.answers = ${p(filters.answers)}`);
  // A start time that cannot be read passes both bounds, as over files.
  if (filters.since !== undefined) {
    conds.push(`(s.started_ms IS NULL OR s.started_ms >= ${p(filters.since)})`);
  }
  if (filters.until !== undefined) {
    conds.push(`(s.started_ms IS NULL OR s.started_ms < ${p(filters.until)})`);
  }
  if (filters.skipped !== undefined) conds.push(`${p(filters.skipped)} = ANY (s.skipped_keys)`);
  return { sql: conds.length === 0 ? 'true' : conds.join(' AND '), params };
}

/** The same clause with its values written in (for COPY, which takes no parameters). */
export function inlineWhere(where: SqlWhere, literal: (value: string) => string): string {
  return where.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = where.params[Number(n) - 1];
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return literal(String(value));
  });
}
