import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth, stripAnsi } from '../../src/text/width.js';

describe('displayWidth', () => {
  it('measures Bengali as tmux and xterm draw it (vowel signs take a column)', () => {
    expect(displayWidth('গ্রাহক সন্তুষ্টি')).toBe(12);
    expect(displayWidth('শ্বাস নিন')).toBe(8);
    expect(displayWidth('স্বাস্থ্য')).toBe(6);
  });

  it('gives Bengali vowel signs (Mc) one column and the virama (Mn) none', () => {
    expect(charWidth(0x09be)).toBe(1); // া
    expect(charWidth(0x09bf)).toBe(1); // ি
    expect(charWidth(0x09cd)).toBe(0); // ্
  });

  it('counts Latin with diacritics, precomposed or combining', () => {
    expect(displayWidth('Źdźbło łąki')).toBe(11);
    expect(displayWidth('příliš žluťoučký kůň')).toBe(20);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u20dd')).toBe(1); // enclosing mark (Me)
  });

  it('gives East Asian wide and fullwidth characters two columns', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('𠀋')).toBe(2);
  });

  it('gives joiners, variation selectors and format characters no column', () => {
    expect(displayWidth('\u200d\u200c\ufe0f\u200b\u2060')).toBe(0);
    expect(displayWidth('❤\ufe0f')).toBe(1);
    expect(displayWidth('👩\u200d💻')).toBe(4);
    expect(charWidth(0xe0101)).toBe(0);
  });

  it('gives escape sequences no column', () => {
    const previous = chalk.level;
    chalk.level = 3;
    try {
      const styled = chalk.bold.red('শ্বাস নিন') + chalk.bgBlue.underline(' ok');
      expect(styled).toContain('\x1b[');
      expect(displayWidth(styled)).toBe(11);
      expect(stripAnsi(styled)).toBe('শ্বাস নিন ok');
    } finally {
      chalk.level = previous;
    }
    expect(displayWidth('\x1b]8;;https://example.com\x07link\x1b]8;;\x07')).toBe(4);
  });

  it('counts plain ASCII by length', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('Hello, world')).toBe(12);
  });
});
