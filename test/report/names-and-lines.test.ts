/**
 * Where people read a report, an agent's or a script's name shows its invisible
 * characters (a name that only looks like another must not pass for it), and the
 * lines the reader left out are told with every reason it counts, unknown kinds
 * of line included. JSON keeps the names as logged.
 */
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { sessionTable } from '../../src/listing/table.js';
import type { SessionSummary } from '../../src/log/read/index.js';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { formatCsv } from '../../src/report/format/csv.js';
import { formatHtml } from '../../src/report/format/html.js';
import { formatJson } from '../../src/report/format/json.js';
import { formatTable } from '../../src/report/format/table.js';
import { finalize } from '../../src/report/rows/finalize.js';
import type { Report } from '../../src/report/types.js';
import { done, end, enter, findReportFiles, lines, logDir, start } from './logs.js';

beforeAll(() => initI18n('en'));

const HIDDEN = 'bo\u200b';
const SHOWN = 'bo⟨U+200B⟩';
const plain = new Chalk({ level: 0 });

/** bo with a zero-width space, and a session with two lines of a kind no coach writes. */
let report: Report;
beforeAll(async () => {
  const dir = logDir([
    lines(
      start('S1', HIDDEN, 'en'),
      enter('greet', 'greeting'),
      JSON.stringify({ t: '2026-11-23T10:00:01.000Z', type: 'hologram' }),
      JSON.stringify({ t: '2026-11-23T10:00:02.000Z', type: 'hologram' }),
      done('greet', 'greeting', 4000),
      end('completed', 9000, 'resolved'),
    ),
    lines(start('S2', 'ana', 'en'), enter('greet', 'greeting'), '{"t": broken'),
  ]);
  report = finalize(await aggregateFiles(findReportFiles([dir], dir), { filter: {} }), dir);
});

describe('names with invisible characters', () => {
  it('show them in the terminal table', () => {
    const table = formatTable(report, 'agent', 'en', plain);
    expect(table).toContain(SHOWN);
    expect(table).not.toContain(HIDDEN);
  });

  it('show them in the HTML page, its tables and its heat map', () => {
    const html = formatHtml(report, 'agent', 'en', new Date(0));
    expect(html).toContain(`<td>${SHOWN}</td>`);
    expect(html).toContain(`>${SHOWN}</text>`);
    expect(html).not.toContain(HIDDEN);
  });

  it('show them in CSV, read by people in a spreadsheet', () => {
    const csv = formatCsv(report, 'agent', 'en');
    expect(csv).toContain(`\r\n${SHOWN},`);
    expect(csv).not.toContain(HIDDEN);
  });

  it('stay as logged in JSON', () => {
    const agents = JSON.parse(formatJson(report)).agents.map((a: { agent: string }) => a.agent);
    expect(agents).toContain(HIDDEN);
  });

  it('show them in the session list', () => {
    const summary = {
      file: '/logs/S1.jsonl',
      session: 'S1',
      startedAt: 0,
      agent: HIDDEN,
      host: 'ws',
      script: { id: 'service\u2060cycle', sha256: 'a'.repeat(64) },
      locale: 'en',
      status: 'completed',
      ms: 1000,
      done: [],
      skipped: [],
      unreached: [],
      stages: {},
      notes: [],
      choices: {},
    } as unknown as SessionSummary;
    const table = sessionTable([summary]);
    expect(table).toContain(SHOWN);
    expect(table).toContain('service⟨U+2060⟩cycle');
  });
});

describe('lines left out', () => {
  it('are told with each reason, unknown kinds of line included, in the table and the page', () => {
    const told = '3 log lines were left out (1 damaged, 2 of an unknown kind).';
    expect(formatTable(report, 'step', 'en', plain)).toContain(told);
    expect(formatHtml(report, 'step', 'en', new Date(0))).toContain(`<p class="warn">${told}</p>`);
    expect(formatTable(report, 'step', 'pl', plain)).toContain(
      'Pominięto 3 wiersze dziennika (1 uszkodzony, 2 nieznanego rodzaju).',
    );
  });

  it('are not mentioned when every line was read', async () => {
    const dir = logDir([lines(start('S3', 'ana', 'en'), end('completed', 1000, 'resolved'))]);
    const clean = finalize(await aggregateFiles(findReportFiles([dir], dir), { filter: {} }), dir);
    expect(formatTable(clean, 'step', 'en', plain)).not.toContain('left out');
  });
});
