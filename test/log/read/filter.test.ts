/** The filters of `coach sessions` and `coach report`: parsing and matching. */
import { describe, expect, it } from 'vitest';
import { matches, parseFilters, parseStatus, parseWhen } from '../../../src/log/read/filter.js';
import { END, EVENTS, logText, startLine } from './lines.js';
import { scratchOf } from './read-text.js';

const NOW = Date.parse('2026-11-23T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A completed session of Ana's, two days before NOW, that skipped `name` (rapport). */
function session(start: Record<string, unknown> = {}, lines: readonly object[] = [...EVENTS, END]) {
  const t = new Date(NOW - 2 * DAY).toISOString();
  return scratchOf(logText([startLine({ t, agent: 'Ana', ...start }), ...lines]));
}

describe('parseWhen', () => {
  it.each([
    ['30m', NOW - 30 * 60_000],
    ['12h', NOW - 12 * HOUR],
    ['7d', NOW - 7 * DAY],
    ['2w', NOW - 14 * DAY],
    ['2026-11-01T09:30:00Z', Date.parse('2026-11-01T09:30:00Z')],
  ])('--since %s', (value, expected) => {
    expect(parseWhen(value, NOW, 'since')).toBe(expected);
  });

  it('takes a date as a UTC day: from its start for --since, through its end for --until', () => {
    expect(parseWhen('2026-11-01', NOW, 'since')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseWhen('2026-11-01', NOW, 'until')).toBe(Date.parse('2026-11-02T00:00:00Z'));
  });

  it.each(['yesterday', '7', '7y', '-7d', '2026-02-30', '2026-13-01', ''])(
    'refuses %j with a usage error and a hint',
    (value) => {
      expect(() => parseWhen(value, NOW, 'until')).toThrow(
        expect.objectContaining({
          exitCode: 2,
          key: 'reader.filters.badWhen',
          hint: 'reader.filters.whenHint',
        }),
      );
    },
  );
});

describe('parseStatus / parseFilters', () => {
  it('accepts the three statuses and refuses others', () => {
    expect(parseStatus('Interrupted')).toBe('interrupted');
    expect(() => parseStatus('done')).toThrow(
      expect.objectContaining({ exitCode: 2, key: 'reader.filters.badStatus' }),
    );
  });

  it('ignores absent and empty options', () => {
    expect(parseFilters({ agent: '', json: true } as never, NOW)).toEqual({});
  });
});

describe('matches', () => {
  const match = (raw: Record<string, string>, start?: Record<string, unknown>, lines?: object[]) =>
    matches(parseFilters(raw, NOW), session(start, lines));

  it('filters by agent (one agent however the name is cased or composed), script, locale, status', () => {
    expect(match({ agent: 'ana' })).toBe(true);
    expect(match({ agent: 'ANA ' })).toBe(true);
    expect(match({ agent: 'ana' }, { agent: 'Ａｎａ' })).toBe(true);
    expect(match({ agent: 'bo' })).toBe(false);
    expect(match({ script: 'retail-returns' })).toBe(true);
    expect(match({ script: 'retail-returns@2026.11' })).toBe(true);
    expect(match({ script: 'retail-returns@2025.01' })).toBe(false);
    expect(match({ locale: 'pt' })).toBe(true);
    expect(match({ locale: 'bn' })).toBe(false);
    expect(match({ status: 'completed' })).toBe(true);
    expect(match({ status: 'interrupted' })).toBe(false);
    expect(match({ status: 'interrupted' }, {}, EVENTS)).toBe(true);
  });

  it('keeps or leaves out sessions driven by an answers file (--answers, --no-answers)', () => {
    const driven = { answers: true };
    expect(match({})).toBe(true);
    expect(match({}, driven)).toBe(true);
    const only = (start?: Record<string, unknown>) =>
      matches(parseFilters({ answers: true }, NOW), session(start));
    const none = (start?: Record<string, unknown>) =>
      matches(parseFilters({ answers: false }, NOW), session(start));
    expect(only(driven)).toBe(true);
    expect(only()).toBe(false);
    expect(only({ answers: 'yes' })).toBe(false);
    expect(none(driven)).toBe(false);
    expect(none()).toBe(true);
  });

  it('filters by time: since inclusive, until exclusive', () => {
    expect(match({ since: '3d' })).toBe(true);
    expect(match({ since: '1d' })).toBe(false);
    expect(match({ until: '1d' })).toBe(true);
    expect(match({ until: '3d' })).toBe(false);
    expect(match({ since: '2026-11-21', until: '2026-11-21' })).toBe(true);
    expect(match({ since: '2026-11-22' })).toBe(false);
  });

  it('filters by a skipped step id or a skipped stage', () => {
    expect(match({ skipped: 'name' })).toBe(true);
    expect(match({ skipped: 'rapport' })).toBe(true);
    expect(match({ skipped: 'greet' })).toBe(false);
    expect(match({ skipped: 'greeting' })).toBe(false);
    expect(match({ skipped: 'rapport' }, {}, [...EVENTS, { ...END, skipped: [] }])).toBe(false);
  });

  it('calls a step done and later skipped (after a loop) done, in an interrupted session', () => {
    const t = (s: number) => `2026-11-23T14:40:${String(s).padStart(2, '0')}.000Z`;
    const need = { step: 'need', stage: 'needs' };
    const loop = [
      { t: t(0), type: 'enter', ...need },
      { t: t(1), type: 'done', ...need, ms: 1000 },
      { t: t(1), type: 'enter', step: 'probe', stage: 'needs' },
      { t: t(2), type: 'done', step: 'probe', stage: 'needs', ms: 1000 },
      { t: t(2), type: 'enter', ...need },
      { t: t(3), type: 'skip', ...need, reason: 'known', ms: 1000 },
    ];
    expect(match({ skipped: 'need' }, {}, loop)).toBe(false);
    expect(match({ skipped: 'need' }, {}, loop.slice(0, 1).concat(loop.slice(5)))).toBe(true);
  });
});
