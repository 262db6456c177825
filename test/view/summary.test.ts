import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { displayWidth, stripAnsi } from '../../src/text/width.js';
import { type EndEvent, renderSummary } from '../../src/view/summary.js';
import { bengaliScript, polishScript, stateOn } from './fixtures.js';

beforeAll(() => initI18n('en'));

const ended = (results: Record<string, 'done' | 'skipped'>) =>
  stateOn('thanks', { status: 'ended', current: undefined, results, endedAt: 1_000_000 + 183_000 });

const end = (fields: Partial<EndEvent> = {}): EndEvent => ({
  type: 'end',
  status: 'completed',
  outcome: 'resolved',
  skipped: [],
  unreached: [],
  ms: 183_000,
  ...fields,
});

const summary = (
  locale: Locale,
  event: EndEvent,
  results: Record<string, 'done' | 'skipped'>,
  columns = 80,
) =>
  renderSummary({
    script: polishScript,
    state: ended(results),
    end: event,
    columns,
    locale,
    logPath: '/home/ana/.local/share/coach/2026-11-23/20261123-143201-ana-7f3a.jsonl',
  });

describe('renderSummary', () => {
  it('tells the duration, outcome, counts and where the log is', () => {
    const lines = summary('en', end({ skipped: ['name'] }), {
      greet: 'done',
      name: 'skipped',
      thanks: 'done',
    });
    const screen = stripAnsi(lines.join('\n'));
    expect(screen).toContain('Call completed · Zwroty w sklepie');
    expect(screen).toContain('Duration: 03:03');
    expect(screen).toContain('Outcome: Resolved');
    expect(screen).toContain('✓ 2 steps done');
    expect(screen).toContain('↷ 1 step skipped');
    expect(screen).not.toContain('not reached');
    expect(screen).toContain('Skipped: name');
    expect(screen).toContain('Log: /home/ana/.local/share/coach/');
  });

  it('says when the call was cut short without an outcome', () => {
    const event = end({ status: 'aborted', outcome: undefined, unreached: ['need', 'thanks'] });
    const screen = stripAnsi(summary('pl', event, { greet: 'done' }).join('\n'));
    expect(screen).toContain('Rozmowa przerwana przed końcem');
    expect(screen).toContain('Wynik: nie zapisano');
    expect(screen).toContain('wykonano 1 krok');
    expect(screen).toContain('pominięto 0 kroków');
    expect(screen).toContain('nie dotarto do 2 obowiązkowych kroków');
    expect(screen).toContain('Nieosiągnięte: need i thanks');
  });

  it('pluralizes the counts in Czech and writes Bengali digits', () => {
    const five = { a: 'done', b: 'done', c: 'done', d: 'done', e: 'done' } as const;
    expect(stripAnsi(summary('cs', end({ skipped: ['x', 'y'] }), five).join('\n'))).toContain(
      'dokončeno 5 kroků',
    );
    expect(stripAnsi(summary('cs', end({ skipped: ['x', 'y'] }), five).join('\n'))).toContain(
      'přeskočeny 2 kroky',
    );
    const bn = renderSummary({
      script: bengaliScript,
      state: ended(five),
      end: end(),
      columns: 80,
      locale: 'bn',
    });
    expect(stripAnsi(bn.join('\n'))).toContain('৫টি ধাপ সম্পন্ন');
    expect(stripAnsi(bn.join('\n'))).toContain('সময়কাল: ০৩:০৩');
  });

  it('fits narrow windows, all but the log path, which stays whole on its own line', () => {
    for (const columns of [20, 40]) {
      const lines = summary(
        'bn',
        end({ skipped: ['greet', 'name'], unreached: ['thanks'] }),
        {},
        columns,
      );
      const path = lines.pop() as string;
      expect(stripAnsi(path)).toMatch(/^\/home\/ana\/.*\.jsonl$/);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    }
  });

  it('never cuts or breaks the log path, so that it can be copied whole', () => {
    const path = '/home/ana/.local/share/coach/2026-11-23/20261123-143201-ana-7f3a.jsonl';
    const narrow = summary('en', end(), { greet: 'done' }, 30).map(stripAnsi);
    expect(narrow.slice(-2)).toEqual(['Log:', path]);
    const wide = summary('en', end(), { greet: 'done' }, 120).map(stripAnsi);
    expect(wide.at(-1)).toBe(`Log: ${path}`);
    const hostile = renderSummary({
      script: polishScript,
      state: ended({ greet: 'done' }),
      end: end(),
      columns: 30,
      locale: 'en',
      logPath: '/tmp/\u001b[2Jlogs/a.jsonl',
    });
    expect(hostile.join('\n')).not.toContain('\u001b[2J');
  });
});
