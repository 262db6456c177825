/**
 * A translator's file → rows to import, whatever its format: CSV by its header,
 * PO by its entries, XLIFF by its `<xliff>` root; the format is told by the
 * content, so a renamed file still reads. Pure.
 */
import { type CSV_COLUMNS, csvSeparator, csvValue, parseCsv } from './csv.js';
import { parsePo, poCharset, poLanguage } from './po.js';
import { parseXliff } from './xliff.js';

export interface ImportRow {
  readonly id: string;
  readonly locale: string;
  /** The source text the translator saw, when the file carries it. */
  readonly source?: string;
  readonly translation: string;
  /** Marked as still to be checked: a fuzzy PO entry, a `needs-review-*` XLIFF target, a stale CSV row. */
  readonly needsReview: boolean;
}

export type RowsRead =
  | { readonly ok: true; readonly rows: ImportRow[] }
  | {
      readonly ok: false;
      readonly reason: 'format' | 'noLocale' | 'syntax' | 'unclosedQuote' | 'charset' | 'truncated';
      readonly where?: string;
    };

function fromCsv(text: string): RowsRead {
  const records = parseCsv(text, csvSeparator(text));
  if (!records) return { ok: false, reason: 'unclosedQuote' };
  if (records.length === 0) return { ok: false, reason: 'format' };
  const header = (records[0] as string[]).map((h) => csvValue(h).trim().toLowerCase());
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);
  const [id, locale, source, translation, state] = [
    col('id'),
    col('locale'),
    col('source'),
    col('translation'),
    col('state'),
  ];
  if (id === -1 || translation === -1 || locale === -1) return { ok: false, reason: 'format' };
  const rows: ImportRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r] as string[];
    const get = (i: number) => (i === -1 ? undefined : csvValue(record[i] ?? ''));
    const rowState = get(state) ?? '';
    const rowLocale = get(locale) ?? '';
    if (!rowLocale) return { ok: false, reason: 'noLocale', where: get(id) ?? String(r + 1) };
    const sourceText = get(source);
    rows.push({
      id: get(id) ?? '',
      locale: rowLocale,
      ...(sourceText !== undefined ? { source: sourceText } : {}),
      translation: get(translation) ?? '',
      needsReview: rowState === 'stale' || rowState === 'unconfirmed',
    });
  }
  return { ok: true, rows };
}

function fromPo(text: string): RowsRead {
  const read = parsePo(text);
  if ('badLine' in read) return { ok: false, reason: 'syntax', where: String(read.badLine) };
  const charset = poCharset(read.entries);
  // The file is read as UTF-8: text in another character set would be imported garbled.
  if (charset !== undefined && !/^(utf-?8|(us-)?ascii)$/i.test(charset))
    return { ok: false, reason: 'charset', where: charset.slice(0, 40) };
  const locale = poLanguage(read.entries);
  if (!locale) return { ok: false, reason: 'noLocale' };
  const rows: ImportRow[] = [];
  for (const entry of read.entries) {
    if (entry.id === '' && entry.context === undefined) continue;
    if (entry.context === undefined || entry.plural)
      return { ok: false, reason: 'format', where: String(entry.line) };
    rows.push({
      id: entry.context,
      locale,
      source: entry.id,
      translation: entry.str,
      needsReview: entry.fuzzy,
    });
  }
  return { ok: true, rows };
}

function fromXliff(text: string): RowsRead {
  const read = parseXliff(text);
  if ('truncated' in read) return { ok: false, reason: 'truncated' };
  if ('bad' in read) return { ok: false, reason: 'syntax', where: read.bad };
  const rows: ImportRow[] = [];
  for (const unit of read.units) {
    if (!unit.locale) return { ok: false, reason: 'noLocale', where: unit.id };
    rows.push({
      id: unit.id,
      locale: unit.locale,
      ...(unit.source !== undefined ? { source: unit.source } : {}),
      translation: unit.target ?? '',
      needsReview: !unit.approved,
    });
  }
  return { ok: true, rows };
}

export function readImportRows(text: string): RowsRead {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('<')) return fromXliff(text);
  if (/^(#|msgid|msgctxt)/.test(start)) return fromPo(text);
  return fromCsv(text);
}
