/** How the session list prints: its order, its table and its JSON, from summaries in memory. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { sessionJson } from '../../src/listing/json.js';
import { newestFirst } from '../../src/listing/order.js';
import { sessionTable } from '../../src/listing/table.js';
import type { SessionSummary } from '../../src/log/read/index.js';
import { displayWidth } from '../../src/text/width.js';

beforeAll(() => initI18n('en'));

const summary = (session: string, startedAt: number, fields: Partial<SessionSummary> = {}) =>
  ({
    file: `/logs/${session}.jsonl`,
    session,
    startedAt,
    agent: 'ana',
    host: 'ws',
    script: { id: 'service-cycle', version: '2026.11', sha256: 'a'.repeat(64) },
    locale: 'en',
    status: 'completed',
    outcome: 'resolved',
    ms: 65_000,
    done: ['greet', 'name'],
    skipped: [],
    unreached: [],
    stages: {},
    notes: [],
    choices: {},
    ...fields,
  }) as SessionSummary;

describe('newestFirst', () => {
  it('puts later starts first, and ties by id in code-unit order, highest first', () => {
    const list = [
      summary('01A', 1000),
      summary('01b', 2000),
      summary('01B', 2000),
      summary('01a', 2000),
      summary('01Z', 3000),
    ];
    // Code units, not a locale: 'b' (0x62) > 'a' > 'B' (0x42), whatever the machine's collation.
    expect([...list].sort(newestFirst).map((s) => s.session)).toEqual([
      '01Z',
      '01b',
      '01a',
      '01B',
      '01A',
    ]);
    expect(newestFirst(summary('x', 5), summary('x', 5))).toBe(0);
  });
});

describe('sessionTable', () => {
  it('lines the columns up, cuts and cleans text from the logs, and counts the sessions', () => {
    const table = sessionTable([
      summary('01B', 2000, { agent: `${'long'.repeat(8)}\x1b[31m` }),
      summary('01A', 1000, { agent: 'রহিম', status: 'interrupted', snapshotMissing: true }),
    ]);
    const rows = table.split('\n');
    expect(rows.at(-1)).toBe('');
    expect(rows.at(-2)).toBe('2 sessions');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be there
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const [header, first, second] = rows;
    expect(header?.startsWith('Started')).toBe(true);
    expect(first).toContain('longlonglonglonglon…');
    expect(second).toContain('রহিম');
    expect(second).toMatch(/\?$/);
    const durationEnd = (row: string) => displayWidth(row.slice(0, row.indexOf('01:05') + 5));
    expect(durationEnd(first as string)).toBe(durationEnd(second as string));
  });

  it('says there are none for an empty list', () => {
    expect(sessionTable([])).toBe('No sessions found.\n');
  });
});

describe('sessionJson', () => {
  it('writes an array with one summary a line, escaping what JSON leaves raw', () => {
    const pieces = [
      ...sessionJson([summary('01B', 2, { agent: 'a\u009b2J\u202e' }), summary('01A', 1)]),
    ];
    expect(pieces).toHaveLength(4);
    expect(pieces.every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(pieces[1]).toContain('"agent":"a\\u009b2J\\u202e"');
    const text = pieces.join('');
    expect(text).not.toMatch(/[\u009b\u202e]/);
    expect((JSON.parse(text) as SessionSummary[]).map((s) => s.agent)).toEqual([
      'a\u009b2J\u202e',
      'ana',
    ]);
  });

  it('writes an empty array on one line', () => {
    expect([...sessionJson([])]).toEqual(['[]\n']);
  });
});
