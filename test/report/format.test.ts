import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { aggregateFiles } from '../../src/report/aggregate/aggregate.js';
import { csvCell, formatCsv } from '../../src/report/format/csv.js';
import { formatHtml } from '../../src/report/format/html.js';
import { formatJson } from '../../src/report/format/json.js';
import { formatTable } from '../../src/report/format/table.js';
import { finalize } from '../../src/report/rows/finalize.js';
import type { Report } from '../../src/report/types.js';
import { displayWidth } from '../../src/text/width.js';
import { done, end, enter, findReportFiles, fixture, lines, logDir, skip, start } from './logs.js';

async function reportOf(dir: string): Promise<Report> {
  return finalize(
    await aggregateFiles(findReportFiles([dir], dir), { filter: {}, threads: 1 }),
    dir,
  );
}

function hostile(): string {
  return logDir([
    lines(
      start('H', '<script>alert(1)</script>', 'en'),
      enter('=HYPERLINK("x")', 'greeting'),
      skip('=HYPERLINK("x")', 'greeting', '+1, "quoted"\u001b[31m'),
      enter('-step', 'rapport'),
      done('-step', 'rapport', 1000),
      end('completed', 5000, 'resolved'),
    ),
  ]);
}

beforeAll(() => initI18n('en'));

describe('report formats', () => {
  it('JSON keeps the documented shape', async () => {
    const json = JSON.parse(formatJson(await reportOf(fixture())));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'sessions',
        'unreadableLines',
        'steps',
        'stages',
        'agents',
        'scripts',
        'locales',
      ]),
    );
    expect(Object.keys(json.sessions)).toEqual(['total', 'byStatus', 'byOutcome']);
    expect(Object.keys(json.sessions.byStatus)).toEqual(['completed', 'aborted', 'interrupted']);
    expect(Object.keys(json.steps[0])).toEqual(
      expect.arrayContaining([
        'script',
        'step',
        'stage',
        'entered',
        'done',
        'skipped',
        'skipRate',
        'medianMs',
        'p90Ms',
        'overTarget',
        'topReasons',
      ]),
    );
    expect(json.agents[0]).toHaveProperty('agent');
    expect(json.agents[0]).toHaveProperty('sessions');
    expect(json.agents[0]).toHaveProperty('skipRate');
  });

  it('CSV quotes what needs quoting and neutralises formulas', async () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    const csv = formatCsv(await reportOf(hostile()), 'step', 'en');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'script,step,stage,entered,done,skipped,skipRate,medianMs,p90Ms,overTarget,targetMs,topReasons,topReasonLabels',
    );
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain("'-step");
    expect(csv).toContain(`"'+1, ""quoted""`);
  });

  it('HTML is one self-contained page with charts, and escapes text from logs', async () => {
    const html = formatHtml(await reportOf(hostile()), 'step', 'en', new Date(0));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('\u001b');
  });

  it('the terminal table aligns columns, Bengali included, and strips control characters', async () => {
    const dir = logDir([
      lines(
        start('A', 'শর্মিলা', 'bn'),
        enter('greet', 'greeting'),
        done('greet', 'greeting', 1000),
        end('completed', 2000, 'resolved'),
      ),
      lines(
        start('B', 'ana', 'en'),
        enter('greet', 'greeting'),
        skip('greet', 'greeting', 'x\u001b[2J'),
        end('completed', 2000, 'resolved'),
      ),
    ]);
    const report = await reportOf(dir);
    const text = formatTable(report, 'agent', 'en', new Chalk({ level: 0 }));
    const [header, ...rows] = text.split('\n');
    const width = (line: string) => displayWidth(line.trimEnd());
    expect(rows.slice(0, 2).map(width)).toEqual([width(header as string), width(header as string)]);
    expect(formatTable(report, 'step', 'en', new Chalk({ level: 0 }))).not.toContain('\u001b');
  });
});
