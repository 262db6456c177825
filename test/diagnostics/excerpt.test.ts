import { describe, expect, it } from 'vitest';
import { excerptLine } from '../../src/diagnostics/excerpt.js';
import { displayWidth } from '../../src/text/width.js';
import { CONTROL } from './control-chars.js';

/** The caret line as printed under the excerpt. */
const caret = (e: { pad: number; width: number }) =>
  `${' '.repeat(e.pad)}^${'~'.repeat(e.width - 1)}`;

describe('excerptLine', () => {
  it('underlines the range under plain ASCII', () => {
    const e = excerptLine('  colour: blue', 3, 9);
    expect(e.text).toBe('  colour: blue');
    expect(caret(e)).toBe('  ^~~~~~');
  });

  it('puts a single caret when the range has no end', () => {
    expect(caret(excerptLine('id: x', 5))).toBe('    ^');
  });

  it('expands tabs so the caret lines up with what is shown', () => {
    const e = excerptLine('a:\tbad', 4, 7);
    expect(e.text).toBe('a:  bad');
    expect(e.text.indexOf('bad')).toBe(e.pad);
    expect(e.width).toBe(3);
  });

  it('never shows control characters and keeps the caret on the same character', () => {
    const e = excerptLine('say: "\u001b[31mred\u0007"', 12, 15);
    expect(e.text).not.toMatch(CONTROL);
    expect(e.text).toBe('say: "[31mred"');
    expect(e.text.slice(e.pad, e.pad + e.width)).toBe('red');
  });

  it('drops bidirectional overrides', () => {
    expect(excerptLine('x: \u202eevil', 4).text).toBe('x: evil');
  });

  it('counts wide characters as two columns', () => {
    // "名前" is 2 UTF-16 units and 4 columns; "bad" starts at UTF-16 column 7.
    const e = excerptLine('x: 名前 bad', 7, 10);
    expect(e.pad).toBe(displayWidth('x: 名前 '));
    expect(e.pad).toBe(8);
    expect(e.width).toBe(3);
  });

  it('counts Bengali as the terminal does (vowel signs one column, virama none)', () => {
    const line = 'say: স্বাস্থ্য x';
    const col = line.indexOf('x') + 1;
    const e = excerptLine(line, col);
    expect(e.pad).toBe(5 + 6 + 1);
  });

  it('counts astral characters (emoji) by code point, not UTF-16 unit', () => {
    const line = 'tip: 🙂 ok';
    const e = excerptLine(line, line.indexOf('ok') + 1, line.indexOf('ok') + 3);
    expect(e.pad).toBe(8);
    expect(e.width).toBe(2);
  });

  it('drops the CR of a CRLF line', () => {
    expect(excerptLine('id: x\r', 5).text).toBe('id: x');
  });

  it('puts the caret just past the end for a position after the last character', () => {
    const e = excerptLine('id:', 4);
    expect(e.pad).toBe(3);
    expect(e.width).toBe(1);
  });

  it('cuts a long line to a window around the caret', () => {
    const line = `${'a'.repeat(500)}BAD${'b'.repeat(500)}`;
    const e = excerptLine(line, 501, 504, 80);
    expect(displayWidth(e.text)).toBeLessThanOrEqual(80);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
    expect(e.text.slice(e.pad, e.pad + e.width)).toBe('BAD');
  });

  it('keeps the start of a long line when the caret is near it', () => {
    const e = excerptLine(`id: x${'y'.repeat(300)}`, 1, 3, 80);
    expect(e.text.startsWith('id: x')).toBe(true);
    expect(e.pad).toBe(0);
    expect(e.width).toBe(2);
  });
});
