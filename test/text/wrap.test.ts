import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { graphemes, padEnd, truncate, wrapText } from '../../src/text/wrap.js';
import { mixedText } from '../view/arbitraries.js';

const nonSpace = (text: string) => text.replace(/[ \n]/g, '');

describe('wrapText', () => {
  it('breaks at spaces by display width', () => {
    expect(wrapText('গ্রাহক সন্তুষ্টি শ্বাস নিন', 12)).toEqual(['গ্রাহক সন্তুষ্টি', 'শ্বাস নিন']);
    expect(wrapText('গ্রাহক সন্তুষ্টি শ্বাস নিন', 11)).toEqual(['গ্রাহক', 'সন্তুষ্টি শ্বাস', 'নিন']);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps line breaks and collapses runs of spaces', () => {
    expect(wrapText('a  b\n\nc', 10)).toEqual(['a b', '', 'c']);
  });

  it('breaks an over-long word between grapheme clusters, never inside a conjunct', () => {
    const lines = wrapText('স্বাস্থ্যস্বাস্থ্য', 4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(4);
    expect(lines.join('')).toBe('স্বাস্থ্যস্বাস্থ্য');
    const clusters = new Set(graphemes('স্বাস্থ্য'));
    for (const line of lines) for (const g of graphemes(line)) expect(clusters.has(g)).toBe(true);
  });

  it('cuts a cluster wider than the line between code points', () => {
    const cluster = `ক${'া'.repeat(25)}`;
    expect(graphemes(cluster)).toHaveLength(1);
    const lines = wrapText(cluster, 10);
    expect(lines.map(displayWidth)).toEqual([10, 10, 6]);
  });

  it('never gives a line more columns than asked, whatever the alphabet', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 10, max: 200 }), (text, columns) => {
        for (const line of wrapText(text, columns)) {
          expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('loses no character other than spaces', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 10, max: 200 }), (text, columns) => {
        expect(nonSpace(wrapText(text, columns).join(''))).toBe(nonSpace(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('শ্বাস নিন', 8)).toBe('শ্বাস নিন');
  });

  it('cuts by display width and ends with an ellipsis', () => {
    expect(truncate('Powitanie klienta', 10)).toBe('Powitanie…');
    const cut = truncate('গ্রাহক সন্তুষ্টি', 7);
    expect(displayWidth(cut)).toBeLessThanOrEqual(7);
    expect(cut.endsWith('…')).toBe(true);
    expect(truncate('日本語', 4)).toBe('日…');
  });

  it('always fits', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 1, max: 80 }), (text, columns) => {
        expect(displayWidth(truncate(text.replace(/\n/g, ' '), columns))).toBeLessThanOrEqual(
          columns,
        );
      }),
    );
  });
});

describe('padEnd', () => {
  it('pads to the display width, not the string length', () => {
    expect(padEnd('স্বাস্থ্য', 8)).toBe('স্বাস্থ্য  ');
    expect(padEnd('日本', 6)).toBe('日本  ');
    expect(padEnd('too long', 3)).toBe('too long');
  });
});
