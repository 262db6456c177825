/**
 * What the sync tests share: a session log of a few dozen lines to write in
 * pieces, the built CLI's password-bearing URLs, the rows of a database counted
 * as its owner sees them, and a message of locales/en.json as a pattern.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { dayFolderName } from '../../src/log/dir.js';
import { type Generated, sessionLines } from '../support/generated-logs.js';

/** In every URL the tests give coach: it must never be printed. */
export const PASSWORD = 's3cr3t-pw';

/** The URL with `PASSWORD` as its user's password (trust auth ignores it). */
export const withPassword = (url: string, user = 'postgres'): string =>
  url.replace(/^(postgresql:\/\/)[^@/]*@/, `$1${user}:${PASSWORD}@`);

const CALL: Generated = {
  agent: 'Ana',
  locale: 'en',
  version: '2026.11',
  hour: 0,
  actions: [
    ...Array.from({ length: 6 }, () => ({ type: 'done' as const })),
    { type: 'note', text: 'ok' },
    { type: 'choose', option: 'return' },
    ...Array.from({ length: 6 }, () => ({ type: 'done' as const })),
  ],
  ending: 'end',
  damage: 'none',
  copy: 'none',
  answers: false,
};

export interface Call {
  readonly id: string;
  /** The day folder's name (UTC) of its start. */
  readonly day: string;
  /** Its lines, without line breaks. */
  readonly lines: readonly string[];
}

/** A whole call started at `at`: a start line, steps, a note, an end. */
export function call(at: number): Call {
  const { id, text } = sessionLines(CALL, at);
  return { id, day: dayFolderName(at), lines: text.split('\n').slice(0, -1) };
}

/** `lines` as a log holds them, each with its line break. */
export const text = (lines: readonly string[]): string => lines.map((l) => `${l}\n`).join('');

/** A log folder of the test's own; `day` is made in it when given. */
export function logFolder(day?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'coach-sync-'));
  if (day !== undefined) mkdirSync(join(root, day));
  return root;
}

/** Runs `sql` on `url` as the URL's user and returns the rows. */
export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** How many rows `relation` of the coach schema holds. */
export async function rows(url: string, relation: string): Promise<number> {
  const [row] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM coach.${relation}`);
  return Number(row?.n);
}

const en = JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, unknown>;

/** The English texts of `key`: the text, or each plural form of it. */
function englishForms(key: string): string[] {
  const parts = key.split('.');
  const last = parts.pop() as string;
  let tree = en;
  for (const part of parts) tree = (tree[part] ?? {}) as Record<string, unknown>;
  const forms = [tree[last], tree[`${last}_one`], tree[`${last}_other`]];
  const found = forms.filter((f): f is string => typeof f === 'string');
  if (found.length === 0) throw new Error(`no English text for ${key}`);
  return found;
}

/** The English text of `key` (a plural key by its `_other` form). */
export const english = (key: string): string => englishForms(key).at(-1) as string;

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching the English text of `key` (any of its plural forms) whatever
 * its parameters; the parameter named `capture`, if any, is captured as a number.
 */
export function messagePattern(key: string, capture?: string): RegExp {
  const forms = englishForms(key).map((form) =>
    form
      .split(/\{\{\s*([\w.]+)[^}]*\}\}/)
      .map((piece, i) => (i % 2 === 0 ? literally(piece) : piece === capture ? '(\\d+)' : '.*'))
      .join(''),
  );
  return new RegExp(forms.map((f) => `(?:${f})`).join('|'));
}

/** The number that parameter `param` of message `key` has in `output`, if the message is there. */
export function numberIn(output: string, key: string, param: string): number | undefined {
  const found = messagePattern(key, param)
    .exec(output)
    ?.slice(1)
    .find((group) => group !== undefined);
  return found === undefined ? undefined : Number(found);
}
