/**
 * `coach db migrate`: brings the team database's schema to this coach's version
 * without syncing anything — what an administrator runs once, before the
 * workstations' restricted roles start syncing.
 */
import { connect, disconnect } from '../db/connect.js';
import { dbError } from '../db/errors.js';
import { migrate, SCHEMA_VERSION } from '../db/schema/migrate.js';
import { maskUrl, requireDatabaseUrl } from '../db/url.js';
import { t } from '../i18n/index.js';
import { createSink } from '../io/sink.js';
import type { Handler } from './command.js';

export interface DbMigrateOptions {
  readonly db?: string;
}

const handler: Handler<[], DbMigrateOptions> = async ({ opts }) => {
  const url = requireDatabaseUrl(opts.db);
  const client = await connect(url);
  try {
    const count = await migrate(client);
    const line = t('db.migrated', { url: maskUrl(url), version: SCHEMA_VERSION, count });
    await createSink(process.stdout).write(`${line}\n`);
  } catch (error) {
    throw dbError(error, url);
  } finally {
    await disconnect(client);
  }
};

export default handler;
