/**
 * GNU gettext PO: the row id is `msgctxt`, the source text `msgid`, the
 * translation `msgstr`; the note and the context are extracted comments (`#.`);
 * stale and unconfirmed translations carry the `fuzzy` flag, which translators
 * clear once they have checked them. Pure.
 */
import type { ExportRow } from './rows.js';

function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r');
  return `"${escaped.replace(/\n/g, '\\n')}"`;
}

/** A keyword and its string; text with line breaks is split after each one, as msgmerge does. */
function entryLine(keyword: string, text: string): string {
  if (!text.includes('\n') || text.indexOf('\n') === text.length - 1)
    return `${keyword} ${quote(text)}`;
  const parts = text.split(/(?<=\n)/);
  return [`${keyword} ""`, ...parts.map(quote)].join('\n');
}

function comment(text: string): string[] {
  return text.split(/\r\n|[\n\r]/).map((line) => (line ? `#. ${line}` : '#.'));
}

export function writePo(rows: readonly ExportRow[], locale: string): string {
  const header = [
    'msgid ""',
    'msgstr ""',
    `"Language: ${locale}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Generator: coach i18n export\\n"',
  ].join('\n');
  const entries = rows.map((row) => {
    const lines = comment(row.note);
    lines.push(`#: ${row.script}`);
    if (row.state === 'stale' || row.state === 'unconfirmed') lines.push('#, fuzzy');
    lines.push(
      entryLine('msgctxt', row.id),
      entryLine('msgid', row.source),
      entryLine('msgstr', row.translation),
    );
    return lines.join('\n');
  });
  return `${[header, ...entries].join('\n\n')}\n`;
}

export interface PoEntry {
  readonly context?: string;
  readonly id: string;
  readonly str: string;
  readonly fuzzy: boolean;
  readonly plural: boolean;
  /** 1-based line where the entry starts. */
  readonly line: number;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

function unquote(text: string): string | undefined {
  const m = /^"((?:[^"\\]|\\.)*)"\s*$/.exec(text);
  if (!m) return undefined;
  return (m[1] ?? '').replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (all, e: string) => {
    if (e in ESCAPES) return ESCAPES[e] as string;
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return all;
  });
}

export type PoRead = { readonly entries: PoEntry[] } | { readonly badLine: number };

/** Entries of a PO file, header included (its `id` is empty); obsolete `#~` entries are skipped. */
export function parsePo(text: string): PoRead {
  const entries: PoEntry[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let current:
    | { context?: string; id?: string; str?: string; fuzzy: boolean; plural: boolean; line: number }
    | undefined;
  let field: 'context' | 'id' | 'str' | undefined;
  let fuzzyNext = false;
  const flush = () => {
    if (current?.id !== undefined) {
      const { context, id, str, fuzzy, plural, line } = current;
      entries.push({
        ...(context !== undefined ? { context } : {}),
        id,
        str: str ?? '',
        fuzzy,
        plural,
        line,
      });
    }
    current = undefined;
    field = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '' || line.startsWith('#~')) {
      if (line === '' && current?.str !== undefined) flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (current?.str !== undefined) flush();
      if (line.startsWith('#,') && /(^|[\s,])fuzzy($|[\s,])/.test(line.slice(2))) fuzzyNext = true;
      continue;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)$/.exec(line);
    if (m) {
      const keyword = m[1] as string;
      const value = unquote(m[2] as string);
      if (value === undefined) return { badLine: i + 1 };
      if (keyword === 'msgctxt' && current) flush();
      if (keyword === 'msgid' && (current?.id !== undefined || current?.str !== undefined)) flush();
      current ??= { fuzzy: fuzzyNext, plural: false, line: i + 1 };
      fuzzyNext = false;
      if (keyword === 'msgctxt') {
        current.context = value;
        field = 'context';
      } else if (keyword === 'msgid') {
        current.id = value;
        field = 'id';
      } else if (keyword === 'msgid_plural') {
        current.plural = true;
        field = undefined;
      } else if (keyword === 'msgstr' || keyword === 'msgstr[0]') {
        current.str = value;
        field = 'str';
      } else field = undefined;
      continue;
    }
    const more = unquote(line);
    if (more === undefined || !current) return { badLine: i + 1 };
    if (field) current[field] = (current[field] ?? '') + more;
  }
  flush();
  return { entries };
}

function headerOf(entries: readonly PoEntry[]): string | undefined {
  return entries.find((e) => e.id === '' && e.context === undefined)?.str;
}

/** The `Language:` of the header entry. */
export function poLanguage(entries: readonly PoEntry[]): string | undefined {
  const header = headerOf(entries);
  return header ? /^Language:\s*(\S+)\s*$/m.exec(header)?.[1] : undefined;
}

/** The `charset=` of the header's `Content-Type:`, when it names one. */
export function poCharset(entries: readonly PoEntry[]): string | undefined {
  const header = headerOf(entries);
  return header ? /^Content-Type:.*;\s*charset=\s*([^\s;]+)/im.exec(header)?.[1] : undefined;
}
