import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locale.js';
import { renderText } from '../../src/preview/index.js';
import { displayWidth, stripAnsi } from '../../src/text/width.js';
import { crafted, HOSTILE, outlineOf, SHIPPED, shipped, withVersion } from './fixtures.js';

const mono = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function lines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('the preview as text', () => {
  for (const locale of ['en', 'pl', 'bn'] as Locale[]) {
    for (const columns of [40, 80]) {
      it(`${locale} at ${columns} columns: every line fits by display width`, () => {
        for (const id of SHIPPED) {
          const { outline, words } = outlineOf(shipped(id), locale);
          for (const chalk of [mono, colour]) {
            const out = lines(renderText(outline, words, { columns, chalk }));
            const tooWide = out.filter((line) => displayWidth(line) > columns);
            expect(tooWide).toEqual([]);
          }
        }
      });
    }
  }

  it('uses the locale words and draws the branches', () => {
    const { outline, words } = outlineOf(shipped('retail-returns'), 'pl');
    const text = renderText(outline, words, { columns: 80, chalk: mono });
    expect(text).toContain('Powitanie');
    expect(text).toContain('Powiedz  ');
    expect(text).toContain('→ powrót do: 4. ');
    expect(text).toContain('→ koniec rozmowy');
    expect(text).not.toContain('screen.');
    expect(text).not.toContain('preview.');
  });

  it('aligns Bengali continuation lines under the text, with Bengali digits', () => {
    const { outline, words } = outlineOf(shipped('service-cycle'), 'bn');
    const out = lines(renderText(outline, words, { columns: 40, chalk: mono }));
    expect(out.join('\n')).toContain('১. ');
    const sayAt = out.findIndex((line) => line.includes('বলুন  '));
    const textColumn = displayWidth(
      out[sayAt]?.slice(0, (out[sayAt] as string).indexOf('বলুন  ') + 6) ?? '',
    );
    const next = out[sayAt + 1] as string;
    expect(next.slice(0, textColumn).trim()).toBe('');
    expect(next[textColumn]).not.toBe(' ');
  });

  it('never lets control characters from the script reach the terminal', () => {
    for (const locale of ['en', 'pl', 'bn'] as Locale[]) {
      const { outline, words } = outlineOf(crafted, locale, { customer: 'Ann\x1b[2J\x07' });
      const plain = renderText(outline, words, { columns: 40, chalk: mono });
      expect(plain).not.toMatch(CONTROL);
      expect(plain).toContain('[31mred');
      const styled = renderText(outline, words, { columns: 40, chalk: colour });
      // Colour adds SGR sequences of its own; without them nothing is left.
      expect(stripAnsi(styled)).not.toMatch(CONTROL);
    }
  });

  it('prints a version label with escapes in it as plain text', () => {
    const { script } = withVersion(`2026.11${HOSTILE}`);
    const { outline, words } = outlineOf(script, 'en');
    for (const chalk of [mono, colour]) {
      const text = stripAnsi(renderText(outline, words, { columns: 80, chalk }));
      expect(text).not.toMatch(CONTROL);
      expect(text).toContain('2026.11[31mred[0m ]0;pwned bell desrever del c12J');
    }
  });

  it('says once that texts fell back to the source locale', () => {
    const { outline, words } = outlineOf(crafted, 'pl');
    const text = renderText(outline, words, { columns: 80, chalk: mono });
    const notes = text.split('\n').filter((line) => line.includes('(angielski)'));
    expect(notes.length).toBeGreaterThan(0);
    expect(text.match(/nie ma jeszcze wersji/g)).toHaveLength(1);
  });

  it('fills placeholders with --var values', () => {
    const script = shipped('service-cycle');
    const before = outlineOf(script, 'en');
    const blank = renderText(before.outline, before.words, { columns: 80, chalk: mono });
    expect(blank).toMatch(/calling ‹Company\u00a0name›/);
    const after = outlineOf(script, 'en', { company: 'Blue Shop', agent: 'Ana' });
    const filled = renderText(after.outline, after.words, { columns: 80, chalk: mono });
    expect(filled).toContain('calling Blue Shop. My name is Ana.');
  });
});
