/**
 * `coach report [paths...]`: aggregates session logs into one report, as a
 * terminal table, CSV, JSON or a self-contained HTML page.
 */
import { homedir } from 'node:os';
import { readingDatabase } from '../db/url.js';
import { FailureError, UsageError } from '../errors.js';
import { currentLocale } from '../i18n/index.js';
import { stdoutChalk } from '../io/colour.js';
import { createSink } from '../io/sink.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { statusFilterValue } from '../listing/status.js';
import { resolveLogDir } from '../log/dir.js';
import { type Filters, type FindNotes, findLines, parseFilters } from '../log/read/index.js';
import { buildReport } from '../report/build.js';
import { formatCsv } from '../report/format/csv.js';
import { formatHtml } from '../report/format/html.js';
import { formatJson } from '../report/format/json.js';
import { formatTable } from '../report/format/table.js';
import { DIMENSIONS, type Dimension, FORMATS, type Format } from '../report/types.js';
import { progressLine } from '../ui/progress-line.js';
import type { Handler, ReadingOptions } from './command.js';

export interface ReportOptions extends ReadingOptions {
  readonly by?: string;
  readonly format?: string;
  readonly out?: string;
  readonly db?: string;
}

function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  flag: string,
): T {
  if (value === undefined) return fallback;
  const text = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(
    'report.errors.badChoice',
    { flag, value },
    { hint: 'report.errors.choiceHint', hintParams: { values: allowed.join(', ') } },
  );
}

/** COACH_REPORT_THREADS: how many threads read logs (default: one per core). */
function threadsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const n = Number.parseInt(env.COACH_REPORT_THREADS ?? '', 10);
  return Number.isInteger(n) && n > 0 && n <= 64 ? n : undefined;
}

async function fromFiles(
  paths: readonly string[],
  logDirOption: string | undefined,
  filter: Filters,
) {
  const logDir = resolveLogDir(logDirOption, process.env, homedir());
  const progress = process.stderr.isTTY ? progressLine(process.stderr) : undefined;
  const threads = threadsFromEnv(process.env);
  const notes: FindNotes = { duplicates: 0, doubts: [] };
  const report = await buildReport({
    paths,
    logDir,
    filter,
    notes,
    ...(threads === undefined ? {} : { threads }),
    ...(progress === undefined ? {} : { onProgress: progress.update }),
  });
  progress?.clear();
  // Told on stderr, where the listing tells them too: the report's data stays clean.
  for (const line of findLines(notes)) process.stderr.write(`${line}\n`);
  return report;
}

async function fromDatabase(url: string, filter: Filters) {
  const { buildDbReport } = await import('../db/read/report/build.js');
  const { connect } = await import('../db/connect.js');
  const { withDatabase } = await import('../db/session.js');
  return withDatabase(url, (client) => buildDbReport(client, filter, () => connect(url)));
}

const handler: Handler<[paths: string[]], ReportOptions> = async ({ args, opts }) => {
  const [paths] = args;
  const by: Dimension = choice(opts.by, DIMENSIONS, 'step', '--by');
  const format: Format = choice(opts.format, FORMATS, 'table', '--format');
  const filter = parseFilters({ ...opts, status: statusFilterValue(opts.status) }, Date.now());
  const url = readingDatabase(opts.db, paths.length > 0 || opts.logDir !== undefined);
  const report =
    url === undefined
      ? await fromFiles(paths, opts.logDir, filter)
      : await fromDatabase(url, filter);
  const lng = currentLocale();
  const out = opts.out === '' ? undefined : opts.out;
  let text: string;
  if (format === 'json') text = formatJson(report);
  else if (format === 'csv') text = formatCsv(report, by, lng);
  else if (format === 'html') text = formatHtml(report, by, lng, new Date());
  else text = formatTable(report, by, lng, stdoutChalk(out === undefined && opts.color));

  if (out === undefined) {
    await createSink(process.stdout).write(text);
    return;
  }
  try {
    await writeFileAtomic(out, text);
  } catch (cause) {
    throw new FailureError('report.errors.write', { path: out }, { cause });
  }
};
export default handler;
