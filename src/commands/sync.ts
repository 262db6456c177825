/**
 * `coach sync [paths...]`: copies the session logs under the given folders
 * (default: the log folder) into the team database, exactly once, and with
 * `--follow` keeps copying each new line as it is written.
 */
import { homedir, hostname } from 'node:os';
import { type Client, connect, disconnect } from '../db/connect.js';
import { dbError } from '../db/errors.js';
import { migrate } from '../db/schema/migrate.js';
import { prepareStaging } from '../db/sync/batch.js';
import { follow } from '../db/sync/follow.js';
import { syncSummary } from '../db/sync/summary.js';
import { syncOnce } from '../db/sync/sync.js';
import { maskUrl, requireDatabaseUrl } from '../db/url.js';
import { FailureError, InterruptedError } from '../errors.js';
import { t } from '../i18n/index.js';
import { createSink } from '../io/sink.js';
import { resolveLogDir } from '../log/dir.js';
import { tallyLines } from '../log/read/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { guardShutdown } from '../ui/shutdown.js';
import type { Handler } from './command.js';

export interface SyncOptions {
  readonly db?: string;
  readonly follow?: boolean;
  readonly logDir?: string;
}

const handler: Handler<[paths: string[]], SyncOptions> = async ({ args, opts }) => {
  const [paths] = args;
  const url = requireDatabaseUrl(opts.db);
  const logDir = resolveLogDir(opts.logDir, process.env, homedir());
  const options = { paths, logDir, host: hostname() };
  if (opts.follow) {
    const shutdown = guardShutdown();
    try {
      const tell = (line: string) => process.stderr.write(`${line}\n`);
      await follow(url, options, { tell, signal: shutdown.signal });
    } finally {
      shutdown.dispose();
    }
    if (shutdown.interrupted) throw new InterruptedError('sync.follow.stopped');
    return;
  }
  const client = await connect(url);
  let lookups: Client | undefined;
  try {
    await migrate(client);
    await prepareStaging(client);
    lookups = await connect(url);
    const totals = await syncOnce(client, { ...options, lookups, thread: true });
    await createSink(process.stdout).write(`${syncSummary(totals, maskUrl(url))}\n`);
    process.stderr.write(tallyLines(totals.tally));
    for (const { path, change } of totals.changed) {
      process.stderr.write(
        `${t('sync.changed', { file: sanitizeLine(path), change: t(`sync.changes.${change}`) })}\n`,
      );
    }
    if (totals.changed.length > 0) {
      throw new FailureError(
        'sync.errors.changed',
        { count: totals.changed.length },
        { hint: 'sync.errors.changedHint' },
      );
    }
  } catch (error) {
    throw error instanceof FailureError ? error : dbError(error, url);
  } finally {
    await disconnect(client);
    if (lookups) await disconnect(lookups);
  }
};

export default handler;
