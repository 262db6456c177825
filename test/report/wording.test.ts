/**
 * What supervisors read first in a report: how calls turned out, per agent,
 * script and language, in the table, CSV and HTML; stage names and skip reasons
 * in the reader's language where people read them, ids where programs do.
 */
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, type Locale } from '../../src/i18n/index.js';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { formatCsv } from '../../src/report/format/csv.js';
import { formatHtml } from '../../src/report/format/html.js';
import { formatJson } from '../../src/report/format/json.js';
import { formatTable } from '../../src/report/format/table.js';
import { finalize } from '../../src/report/rows/finalize.js';
import type { Dimension, Report } from '../../src/report/types.js';
import { done, end, enter, findReportFiles, lines, logDir, skip, start } from './logs.js';

beforeAll(() => initI18n('en'));

/**
 * ana: resolved, complaint, complaint (pt); bo: callback, one cut short with no
 * outcome, one with an outcome no coach writes (en). `name` is skipped for the
 * preset reason `hurry` twice and once with no reason.
 */
let report: Report;
beforeAll(async () => {
  const call = (agent: string, locale: string, outcome?: string, reason?: string) =>
    lines(
      start(agent, agent, locale),
      enter('greet', 'greeting'),
      done('greet', 'greeting', 4000),
      enter('name', 'rapport'),
      reason === undefined ? done('name', 'rapport', 2000) : skip('name', 'rapport', reason),
      ...(outcome === 'cut short' ? [] : [end('completed', 9000, outcome)]),
    );
  const dir = logDir([
    call('ana', 'pt', 'resolved', 'hurry'),
    call('ana', 'pt', 'complaint', 'hurry'),
    call('ana', 'pt', 'complaint'),
    call('bo', 'en', 'callback', ''),
    call('bo', 'en', 'cut short'),
    call('bo', 'en', 'banana'),
  ]);
  report = finalize(await aggregateFiles(findReportFiles([dir], dir), { filter: {} }), dir);
});

const plain = new Chalk({ level: 0 });
const table = (by: Dimension, lng: Locale = 'en') => formatTable(report, by, lng, plain);
const csvRows = (by: Dimension, lng: Locale = 'en') =>
  formatCsv(report, by, lng)
    .trimEnd()
    .split('\r\n')
    .map((row) => row.split(','));
/** A terminal table's rows as cells (two spaces or more apart). */
const cells = (text: string) => text.split('\n').map((row) => row.trim().split(/\s{2,}/));

describe('outcomes in the report', () => {
  it('CSV has a count of each outcome, and of sessions without one, per agent, script and language', () => {
    const [header, ...rows] = csvRows('agent');
    expect(header?.slice(0, 8)).toEqual([
      'agent',
      'sessions',
      'resolved',
      'unresolved',
      'callback',
      'complaint',
      'compliment',
      'noOutcome',
    ]);
    expect(rows.map((row) => row.slice(0, 8))).toEqual([
      ['ana', '3', '1', '0', '0', '2', '0', '0'],
      ['bo', '3', '0', '0', '1', '0', '0', '2'],
    ]);
    expect(csvRows('script')[1]?.slice(0, 9)).toEqual([
      'service-cycle',
      '2026.11',
      '6',
      '1',
      '0',
      '1',
      '2',
      '0',
      '2',
    ]);
    expect(csvRows('locale').map((row) => row.slice(0, 8))).toContainEqual([
      'pt',
      '3',
      '1',
      '0',
      '0',
      '2',
      '0',
      '0',
    ]);
  });

  it('the terminal table shows them right after the number of sessions, with their names translated', () => {
    const [header, ana] = cells(table('agent'));
    expect(header?.slice(0, 8)).toEqual([
      'agent',
      'sessions',
      'resolved',
      'not resolved',
      'call back',
      'complaints',
      'compliments',
      'no outcome',
    ]);
    expect(ana?.slice(0, 8)).toEqual(['ana', '3', '1', '0', '0', '2', '0', '0']);
    expect(cells(table('locale', 'pl'))[0]?.slice(2, 8)).toEqual([
      'załatwione',
      'niezałatwione',
      'do oddzwonienia',
      'skargi',
      'pochwały',
      'bez wyniku',
    ]);
    expect(table('script')).toContain(
      'outcomes: resolved 1, not resolved 0, call back 1, complaints 2, compliments 0, no outcome 2',
    );
  });

  it('the HTML page says how calls turned out at the top, and in every table of groups', () => {
    const html = formatHtml(report, 'step', 'pl', new Date(0));
    const summary = html.indexOf(
      'wyniki: załatwione 1, niezałatwione 0, do oddzwonienia 1, skargi 2',
    );
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('<svg'));
    const groupTables = html
      .split('<table>')
      .slice(1)
      .filter((t) => t.includes('>sesje<'));
    expect(groupTables).toHaveLength(3);
    for (const part of groupTables) expect(part).toContain('<th class="n">skargi</th>');
  });

  it('JSON keeps the outcomes that occur, as logged', () => {
    const json = JSON.parse(formatJson(report));
    expect(json.sessions.byOutcome).toEqual({ banana: 1, callback: 1, complaint: 2, resolved: 1 });
  });
});

describe('stage names', () => {
  it("are in the reader's language in the terminal table and the HTML page", () => {
    const steps = cells(table('step', 'pl'));
    expect(steps.slice(1, 3).map((row) => row[2])).toEqual(['Powitanie', 'Relacja']);
    expect(
      cells(table('stage', 'cs'))
        .slice(1, 3)
        .map((row) => row[0]),
    ).toEqual(['Pozdrav', 'Vztah']);
    const html = formatHtml(report, 'stage', 'pl', new Date(0));
    expect(html).toContain('<td>Relacja</td>');
    expect(html).toContain('>Relacja</text>');
    expect(html).not.toMatch(/>rapport</);
  });

  it('stay ids in CSV and JSON', () => {
    expect(csvRows('stage', 'pl').map((row) => row[0])).toEqual(['stage', 'greeting', 'rapport']);
    expect(JSON.parse(formatJson(report)).stages.map((s: { stage: string }) => s.stage)).toEqual([
      'greeting',
      'rapport',
    ]);
  });
});

describe('skip reasons', () => {
  it("show a preset's label in the reader's language, and say when none was given", () => {
    const name = cells(table('step', 'pl')).find((row) => row[1] === 'name');
    expect(name?.at(-1)).toBe('Klient się spieszy (2); nie podano powodu (1)');
    expect(table('step')).toContain('Customer in a hurry (2); no reason given (1)');
    const html = formatHtml(report, 'step', 'cs', new Date(0));
    expect(html).toContain('<td>Zákazník spěchá (2); důvod neuveden (1)</td>');
    expect(html).not.toContain('hurry');
    expect(html).not.toContain('<td> (1)');
  });

  it('CSV keeps the logged ids, the empty reason included, and adds the labels', () => {
    const csv = formatCsv(report, 'step', 'pt');
    const [header, , name] = csv.split('\r\n');
    expect(header?.split(',').slice(-2)).toEqual(['topReasons', 'topReasonLabels']);
    expect(name).toMatch(
      /,"""hurry"" \(2\); """" \(1\)",Cliente com pressa \(2\); nenhum motivo informado \(1\)$/,
    );
  });

  it('JSON keeps the ids', () => {
    const name = JSON.parse(formatJson(report)).steps.find(
      (s: { step: string }) => s.step === 'name',
    );
    expect(name.topReasons).toEqual([
      { reason: 'hurry', count: 2 },
      { reason: '', count: 1 },
    ]);
  });
});
