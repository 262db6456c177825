/**
 * `coach sessions [paths...]`: the recorded sessions, newest first, as a table in
 * the interface language or as JSON. Only summaries are kept in memory, never the
 * events. Damaged lines and files that are not logs are told on stderr after the
 * list; they never change the exit status.
 */
import { homedir } from 'node:os';
import { formatClock } from '../i18n/durations.js';
import { currentLocale, formatNumber, type Locale, t } from '../i18n/index.js';
import { createSink, type Sink } from '../io/sink.js';
import { resolveLogDir } from '../log/dir.js';
import {
  listSessions,
  parseFilters,
  ReadTally,
  type SessionSummary,
  tallyLines,
} from '../log/read/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import { padEnd, truncate } from '../text/wrap.js';
import type { Handler, ReadingOptions } from './command.js';

export interface SessionsOptions extends ReadingOptions {
  readonly json?: boolean;
}

const GAP = '  ';
const MAX_AGENT = 20;
const MAX_SCRIPT = 32;
const MAX_LOCALE = 8;
const NO_VALUE = '—';

type Align = 'left' | 'right';
const COLUMNS: readonly { readonly key: string; readonly align: Align }[] = [
  { key: 'started', align: 'left' },
  { key: 'agent', align: 'left' },
  { key: 'script', align: 'left' },
  { key: 'locale', align: 'left' },
  { key: 'status', align: 'left' },
  { key: 'outcome', align: 'left' },
  { key: 'duration', align: 'right' },
  { key: 'done', align: 'right' },
  { key: 'skipped', align: 'right' },
  { key: 'unreached', align: 'right' },
];

function newestFirst(a: SessionSummary, b: SessionSummary): number {
  if (a.startedAt !== b.startedAt) return b.startedAt - a.startedAt;
  return a.session < b.session ? 1 : a.session > b.session ? -1 : 0;
}

function cells(summary: SessionSummary, locale: Locale, dates: Intl.DateTimeFormat): string[] {
  const { script } = summary;
  const scriptName = script.version !== undefined ? `${script.id}@${script.version}` : script.id;
  return [
    dates.format(summary.startedAt),
    truncate(sanitizeLine(summary.agent), MAX_AGENT),
    truncate(sanitizeLine(scriptName), MAX_SCRIPT),
    truncate(sanitizeLine(summary.locale), MAX_LOCALE),
    t(`sessions.status.${summary.status}`),
    summary.outcome !== undefined ? t(`sessions.outcome.${summary.outcome}`) : NO_VALUE,
    formatClock(summary.ms, locale),
    formatNumber(summary.done.length, locale),
    formatNumber(summary.skipped.length, locale),
    summary.snapshotMissing
      ? t('sessions.unknown')
      : formatNumber(summary.unreached.length, locale),
  ];
}

function layout(rows: readonly string[][]): string {
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        if (COLUMNS[i]?.align === 'right') return ' '.repeat(width - displayWidth(cell)) + cell;
        return padEnd(cell, width);
      })
      .join(GAP)
      .trimEnd();
  return rows.map((row) => `${line(row)}\n`).join('');
}

async function writeTable(sink: Sink, summaries: readonly SessionSummary[]): Promise<void> {
  if (summaries.length === 0) {
    await sink.write(`${t('sessions.none')}\n`);
    return;
  }
  const locale = currentLocale();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const header = COLUMNS.map(({ key }) => t(`sessions.headers.${key}`));
  const rows = [header, ...summaries.map((summary) => cells(summary, locale, dates))];
  await sink.write(layout(rows));
  await sink.write(`${t('sessions.count', { count: summaries.length })}\n`);
}

// JSON escapes C0 controls itself; C1 controls and bidirectional overrides would
// still reach a terminal that prints the output, so they are escaped too.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const escapeUnsafe = (json: string) =>
  json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

async function writeJson(sink: Sink, summaries: readonly SessionSummary[]): Promise<void> {
  if (summaries.length === 0) {
    await sink.write('[]\n');
    return;
  }
  await sink.write('[\n');
  for (const [i, summary] of summaries.entries()) {
    const comma = i < summaries.length - 1 ? ',' : '';
    await sink.write(`  ${escapeUnsafe(JSON.stringify(summary))}${comma}\n`);
  }
  await sink.write(']\n');
}

const handler: Handler<[paths: string[]], SessionsOptions> = async ({ args, opts }) => {
  const [paths] = args;
  const filters = parseFilters(opts, Date.now());
  const logDir = resolveLogDir(opts.logDir, process.env, homedir());
  const tally = new ReadTally();
  const summaries = listSessions(paths, logDir, filters, tally);
  summaries.sort(newestFirst);
  const sink = createSink(process.stdout);
  if (opts.json) await writeJson(sink, summaries);
  else await writeTable(sink, summaries);
  process.stderr.write(tallyLines(tally));
};

export default handler;
