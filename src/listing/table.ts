/**
 * The session list as a table in the interface language: one row a session,
 * columns as wide as their widest cell (Bengali included), counts and durations
 * right-aligned, then a line with the count. Text from the logs is sanitized and
 * cut to a width.
 */
import { formatClock } from '../i18n/durations.js';
import { currentLocale, formatNumber, type Locale, t } from '../i18n/index.js';
import type { SessionSummary } from '../log/read/index.js';
import { showInvisible } from '../text/invisible.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import { padEnd, truncate } from '../text/wrap.js';
import { statusLabel } from './status.js';

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

function cells(summary: SessionSummary, locale: Locale, dates: Intl.DateTimeFormat): string[] {
  const { script } = summary;
  const scriptName = script.version !== undefined ? `${script.id}@${script.version}` : script.id;
  return [
    dates.format(summary.startedAt),
    // Names that differ only by invisible characters must not look the same.
    truncate(sanitizeLine(showInvisible(summary.agent)), MAX_AGENT),
    truncate(sanitizeLine(showInvisible(scriptName)), MAX_SCRIPT),
    truncate(sanitizeLine(summary.locale), MAX_LOCALE),
    statusLabel(summary.status),
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

/** The whole table, each line ending in `\n`; a line saying there are none for no sessions. */
export function sessionTable(summaries: readonly SessionSummary[]): string {
  if (summaries.length === 0) return `${t('sessions.none')}\n`;
  const locale = currentLocale();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const header = COLUMNS.map(({ key }) => t(`sessions.headers.${key}`));
  const rows = [header, ...summaries.map((summary) => cells(summary, locale, dates))];
  return `${layout(rows)}${t('sessions.count', { count: summaries.length })}\n`;
}
