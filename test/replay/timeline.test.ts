import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { renderTimeline } from '../../src/replay/timeline.js';
import { displayWidth } from '../../src/view/index.js';
import { cycle } from '../session/fixtures.js';
import { makeLog } from './helpers.js';
import { ABORTED_CALL, FULL_CALL } from './sessions.js';

beforeAll(() => initI18n('en'));

/** Rows of the step table: lines that start with a number or a dash. */
const tableRows = (lines: readonly string[]) => lines.filter((line) => /^(\d+|–) /.test(line));

describe('renderTimeline', () => {
  it('lists the path with stages, results, times against targets, choices, values and notes', () => {
    const log = makeLog(cycle, FULL_CALL);
    const lines = renderTimeline({
      start: log.header,
      events: log.events,
      script: cycle,
      locale: 'en',
    });
    const text = lines.join('\n');
    expect(tableRows(lines).map((line) => line.split(/\s{2,}/).slice(0, 4))).toEqual([
      ['1', 'greet', 'Greeting', 'done'],
      ['2', 'name', 'Rapport', 'skipped'],
      ['3', 'need', 'Needs', 'done'],
      ['4', 'probe', 'Needs', 'done'],
      ['5', 'need', 'Needs', 'done'],
      ['6', 'compare', 'Solutions', 'done'],
      ['7', 'verify', 'Solutions', 'done'],
      ['8', 'thanks', 'Gratitude', 'done'],
    ]);
    expect(lines.find((line) => line.startsWith('1 '))).toMatch(/00:04 \/ 00:15$/);
    expect(lines.find((line) => line.startsWith('2 '))).toMatch(/00:04 \/ --:--$/);
    expect(text).toContain('reason: customer in a hurry');
    expect(text).toContain('typed in customer: ‹redacted›');
    expect(text).toContain('note: asked to be called Ana');
    expect(text).toContain('chose: unsure');
    expect(text).toContain('chose: buy');
    // The choice undone by `back` is gone with its visit.
    expect(text).not.toContain('chose: return');
    expect(text).toContain('Status: completed');
    expect(text).toContain('Outcome: Resolved');
    expect(text).toContain('Duration: 01:29');
  });

  it('aligns its columns by display width', () => {
    const log = makeLog(cycle, FULL_CALL, { locale: 'bn' });
    for (const locale of ['en', 'pl', 'bn'] as const) {
      const rows = tableRows(
        renderTimeline({ start: log.header, events: log.events, script: cycle, locale }),
      );
      const starts = rows.map((row) => {
        const cells = row.split(/\s{2,}/);
        return displayWidth(row.slice(0, row.indexOf(cells[3] as string)));
      });
      expect(new Set(starts).size, locale).toBe(1);
    }
  });

  it('speaks Polish with --lang pl', () => {
    const log = makeLog(cycle, FULL_CALL);
    const text = renderTimeline({
      start: log.header,
      events: log.events,
      script: cycle,
      locale: 'pl',
    }).join('\n');
    expect(text).toContain('Powitanie');
    expect(text).toContain('wykonany');
    expect(text).toContain('pominięty');
    expect(text).toContain('powód: customer in a hurry');
    expect(text).toContain('Stan: zakończona');
    expect(text).not.toMatch(/\breplay\.|\bscreen\./);
  });

  it('lists required steps not reached by an aborted call', () => {
    const log = makeLog(cycle, ABORTED_CALL);
    const lines = renderTimeline({
      start: log.header,
      events: log.events,
      script: cycle,
      locale: 'en',
    });
    const rows = tableRows(lines);
    expect(rows.at(-3)).toMatch(/^3\s+need\s+Needs\s+left open/);
    expect(rows.filter((row) => row.startsWith('–')).map((row) => row.split(/\s{2,}/)[1])).toEqual([
      'verify',
      'thanks',
    ]);
    expect(lines.join('\n')).toContain('Status: ended early');
    expect(lines.join('\n')).toContain('Outcome: not recorded');
  });

  it('works without the script: step ids, unknown targets', () => {
    const log = makeLog(cycle, FULL_CALL);
    const lines = renderTimeline({ start: log.header, events: log.events, locale: 'en' });
    expect(lines[0]).toContain('cycle');
    expect(lines.find((line) => line.startsWith('1 '))).toMatch(
      /greet\s+Greeting\s+done\s+00:04 \/ --:--$/,
    );
  });

  it('never lets control characters from the log through', () => {
    const nasty = 'x\x1b]0;pwned\x07\x1b[2J\u202e\x9b31m';
    const log = makeLog(
      cycle,
      [
        [{ type: 'note', text: `${nasty}\nsecond line` }, 1000],
        [{ type: 'skip', reason: nasty }, 1000],
        [{ type: 'capture', values: { customer: nasty } }, 1000],
      ],
      { agent: nasty },
    );
    const text = renderTimeline({
      start: { ...log.header, session: nasty },
      events: log.events,
      locale: 'en',
    }).join('\n');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(text).toContain(']0;pwned');
    expect(text).toContain('second line');
  });
});
