/**
 * CSV for spreadsheets (RFC 4180): a header row, every field quoted, CRLF line
 * ends, UTF-8 with a byte-order mark so that spreadsheet programs read Bengali and
 * Polish right. A field starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be run as a formula by spreadsheets, so it gets a leading
 * apostrophe; so does a field that itself starts with an apostrophe, which makes
 * the rule reversible: on import one leading apostrophe is always removed. Pure.
 */
import type { ExportRow } from './rows.js';

export const CSV_COLUMNS = [
  'id',
  'locale',
  'source',
  'translation',
  'state',
  'stage',
  'step',
  'variables',
  'note',
] as const;

const RISKY = /^[=+\-@\t\r']/;

export function csvField(value: string): string {
  const safe = RISKY.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function writeCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const row of rows) {
    const fields = [
      row.id,
      row.locale,
      row.source,
      row.translation,
      row.state,
      row.stage,
      row.step,
      row.variables.map((v) => `{{${v}}}`).join(' '),
      row.note,
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * The field separator of a CSV text: a comma, or the semicolon that spreadsheets
 * write where a comma is the decimal mark (pt, pl, cs…), told by which of the two
 * the header row has more of outside quotes.
 */
export function csvSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Records of an RFC 4180 text (quoted or bare fields, CRLF or LF, fields separated
 * by `separator`); undefined if a quote is never closed.
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] | undefined {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let started = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      started = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      started = false;
    } else {
      field += c;
      started = true;
    }
  }
  if (quoted) return undefined;
  if (started || field !== '') {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The text of a field as written by `csvField`: one leading apostrophe removed. */
export function csvValue(field: string): string {
  return field.startsWith("'") ? field.slice(1) : field;
}
