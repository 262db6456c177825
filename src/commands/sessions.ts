/**
 * `coach sessions [paths...]`: the recorded sessions, newest first, as a table in
 * the interface language or as JSON (src/listing/). Only summaries are kept in
 * memory, never the events. Damaged lines and files that are not logs are told on
 * stderr after the list; they never change the exit status.
 */
import { homedir } from 'node:os';
import { readingDatabase } from '../db/url.js';
import { inChunks } from '../io/chunks.js';
import { createSink } from '../io/sink.js';
import { sessionJson } from '../listing/json.js';
import { newestFirst } from '../listing/order.js';
import { statusFilterValue } from '../listing/status.js';
import { sessionTable } from '../listing/table.js';
import { resolveLogDir } from '../log/dir.js';
import {
  type Filters,
  listSessions,
  parseFilters,
  ReadTally,
  tallyLines,
} from '../log/read/index.js';
import type { Handler, ReadingOptions } from './command.js';

export interface SessionsOptions extends ReadingOptions {
  readonly json?: boolean;
  readonly db?: string;
}

function fromFiles(paths: readonly string[], logDirOption: string | undefined, filters: Filters) {
  const logDir = resolveLogDir(logDirOption, process.env, homedir());
  const tally = new ReadTally();
  return { summaries: listSessions(paths, logDir, filters, tally), tally };
}

async function fromDatabase(url: string, filters: Filters) {
  const { listDbSessions } = await import('../db/read/sessions.js');
  const { withDatabase } = await import('../db/session.js');
  return withDatabase(url, (client) => listDbSessions(client, filters));
}

const handler: Handler<[paths: string[]], SessionsOptions> = async ({ args, opts }) => {
  const [paths] = args;
  const filters = parseFilters({ ...opts, status: statusFilterValue(opts.status) }, Date.now());
  const url = readingDatabase(opts.db, paths.length > 0 || opts.logDir !== undefined);
  const { summaries, tally } =
    url === undefined ? fromFiles(paths, opts.logDir, filters) : await fromDatabase(url, filters);
  summaries.sort(newestFirst);
  const sink = createSink(process.stdout);
  const pieces = opts.json ? sessionJson(summaries) : [sessionTable(summaries)];
  for (const chunk of inChunks(pieces)) await sink.write(chunk);
  process.stderr.write(tallyLines(tally));
};

export default handler;
