/**
 * `coach db roles --print`: the SQL that creates the team database's two roles
 * (workstations insert, supervisors read), for an administrator to review and
 * run with psql (docs/database.md).
 */
import { rolesSql } from '../db/roles.js';
import { UsageError } from '../errors.js';
import { createSink } from '../io/sink.js';
import type { Handler } from './command.js';

export interface DbRolesOptions {
  readonly print?: boolean;
}

const handler: Handler<[], DbRolesOptions> = async ({ opts }) => {
  if (!opts.print)
    throw new UsageError('db.errors.rolesPrint', {}, { hint: 'db.hints.rolesPrint' });
  const sql = rolesSql();
  await createSink(process.stdout).write(sql.endsWith('\n') ? sql : `${sql}\n`);
};

export default handler;
