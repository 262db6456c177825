/**
 * The live screen fitted to its window (`renderLive`): the header, the clocks and
 * the panel's question stay, the body scrolls, a window below the minimum gets one
 * line; plain and ASCII terminals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, translatorFor } from '../../src/i18n/index.js';
import type { Script, Step } from '../../src/script/types.js';
import { displayWidth, stripAnsi } from '../../src/text/width.js';
import { EMPTY_FIELD } from '../../src/view/field.js';
import { MAIN, type Mode } from '../../src/view/keymap.js';
import { type LiveView, MIN_WINDOW, renderLive } from '../../src/view/live.js';
import { stateOn, viewOf } from './fixtures.js';

const step = (fields: Partial<Step> & Pick<Step, 'id' | 'stage'>): Step => ({
  required: false,
  end: false,
  ...fields,
});

const SENTENCE = 'Listen to the whole story before you answer, and repeat what you heard. ';
const LONG: Script = {
  coach: 1,
  id: 'long-step',
  title: { en: 'Long step call' },
  source: 'en',
  locales: ['en'],
  variables: [],
  steps: [
    step({
      id: 'listen',
      stage: 'needs',
      required: true,
      targetMs: 30_000,
      title: { en: 'Listen first' },
      say: { en: SENTENCE.repeat(12) },
      tips: { en: Array.from({ length: 10 }, (_, i) => `Tip number ${i + 1}: stay calm.`) },
    }),
    step({ id: 'thanks', stage: 'gratitude', end: true, title: { en: 'Thanks' } }),
  ],
};

const t = translatorFor('en');

function live(window: { columns: number; rows: number }, fields: Partial<LiveView> = {}) {
  const frame = renderLive({
    ...viewOf(LONG, stateOn('listen'), 'en'),
    window,
    mode: MAIN,
    field: EMPTY_FIELD,
    scroll: 0,
    ...fields,
  });
  return { ...frame, text: frame.lines.map((line) => stripAnsi(line)) };
}

beforeAll(() => {
  initI18n('en');
});

describe('the live screen in its window', () => {
  it('keeps the header, the clocks and the skip panel in 80x24 on a long step; the body scrolls', () => {
    const mode: Mode = { kind: 'skip-reason' };
    const { text, page } = live({ columns: 80, rows: 24 }, { mode });
    expect(page).toBeGreaterThan(2);
    expect(text).toHaveLength(24);
    expect(text[0]).toContain('Long step call');
    expect(text.join('\n')).toContain('call 00:00');
    expect(text.join('\n')).toContain(t('run.panel.skipReason'));
    expect(text.join('\n')).toContain(t('screen.skipReasons.hurry'));
    expect(text.join('\n')).toMatch(/↓ \d+ more lines below/);
    // Scrolled past the end, it stops at the end: a line says what is above.
    const down = live({ columns: 80, rows: 24 }, { mode, scroll: 999 });
    expect(down.text).toHaveLength(24);
    expect(down.text.join('\n')).toMatch(/↑ \d+ more lines above/);
    expect(down.text.join('\n')).toContain('Tip number 10');
    expect(down.text[0]).toContain('Long step call');
  });

  it('never has more lines than rows, nor a line wider than the columns, from 40x12 up', () => {
    for (const [columns, rows] of [
      [40, 12],
      [41, 13],
      [60, 15],
      [80, 24],
      [120, 40],
    ] as const) {
      for (const mode of [
        MAIN,
        { kind: 'end' } as Mode,
        { kind: 'text', purpose: 'note' } as Mode,
      ]) {
        const { text } = live({ columns, rows }, { mode });
        expect(text.length).toBeLessThanOrEqual(rows);
        for (const line of text) expect(displayWidth(line)).toBeLessThan(columns);
        expect(text.join('\n')).toContain('call 00:00');
      }
    }
  });

  it('asks for a bigger window below 40x12, in one clear line, at 30 and 10 columns and 3 rows', () => {
    const ask = t('screen.tooSmall', MIN_WINDOW);
    for (const window of [
      { columns: 30, rows: 24 },
      { columns: 80, rows: 11 },
      { columns: 10, rows: 24 },
      { columns: 80, rows: 3 },
    ]) {
      const { text } = live(window);
      expect(text.join(' ').replace(/\s+/g, ' ')).toBe(ask);
      expect(text.length).toBeLessThanOrEqual(window.rows);
      for (const line of text) expect(displayWidth(line)).toBeLessThan(window.columns);
    }
  });

  it('draws plain lines at any height, and ASCII symbols only without UTF-8', () => {
    const plain = live({ columns: 80, rows: 5 }, { plain: true });
    expect(plain.text.length).toBeGreaterThan(20);
    expect(plain.text.join('\n')).toContain('Tip number 10');
    const ascii = live({ columns: 80, rows: 24 }, { ascii: true });
    expect(ascii.text.join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
    expect(ascii.text.join('\n')).toContain('> Needs');
    expect(live({ columns: 80, rows: 24 }).text.join('\n')).toContain('▶ Needs');
    const small = live({ columns: 30, rows: 24 }, { ascii: true }).text.join(' ');
    expect(small).toMatch(/^[\x20-\x7e]*$/);
    expect(small).toContain('40x12');
  });
});
