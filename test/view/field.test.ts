/** The text field: editing keys, the limit, pastes, and drawing it with its cursor. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import {
  EMPTY_FIELD,
  editField,
  type Field,
  fieldLine,
  insertText,
  pasteText,
} from '../../src/view/field.js';
import type { Key } from '../../src/view/keymap.js';

const typed = (text: string, cursor = text.length): Field => ({ text, cursor });
/** The limit a field is given (the call's, for its kind of text). */
const FIELD_MAX = 1000;
const key = (name: string, ctrl = false): Key => (ctrl ? { name, ctrl } : { name });

describe('typing', () => {
  it('inserts at the cursor', () => {
    expect(insertText(typed('helo', 3), 'l', FIELD_MAX)).toEqual({
      field: typed('hello', 4),
      refused: 0,
    });
  });

  it('takes the characters it is given room for and counts the ones it refused', () => {
    const full = insertText(EMPTY_FIELD, 'a'.repeat(FIELD_MAX - 1), FIELD_MAX);
    expect(full.refused).toBe(0);
    const over = insertText(full.field, '😀bcd', FIELD_MAX);
    expect(over.field.text).toBe(`${'a'.repeat(FIELD_MAX - 1)}😀`);
    expect(over.refused).toBe(3);
    expect(insertText(over.field, 'x', FIELD_MAX)).toEqual({ field: over.field, refused: 1 });
  });

  it('keeps what was typed key by key, controls included (the screen cleans it)', () => {
    expect(insertText(EMPTY_FIELD, '\u202e', FIELD_MAX).field.text).toBe('\u202e');
  });
});

describe('pasting', () => {
  it('joins the lines of a paste into one and drops its control sequences', () => {
    const { field } = pasteText(
      typed('a'),
      'please refund\r\n2 items\x1b]0;owned\x07\tnow',
      FIELD_MAX,
    );
    expect(field.text).toBe('aplease refund 2 items]0;owned now');
  });

  it('caps a long paste at once', () => {
    const { field, refused } = pasteText(EMPTY_FIELD, 'x'.repeat(200_000), FIELD_MAX);
    expect(field.text.length).toBe(FIELD_MAX);
    expect(refused).toBe(200_000 - FIELD_MAX);
  });
});

describe('editing keys', () => {
  it.each([
    ['backspace', false, typed('abc', 2), typed('ac', 1)],
    ['h', true, typed('abc', 2), typed('ac', 1)],
    ['delete', false, typed('abc', 1), typed('ac', 1)],
    ['left', false, typed('abc', 2), typed('abc', 1)],
    ['right', false, typed('abc', 2), typed('abc', 3)],
    ['home', false, typed('abc', 2), typed('abc', 0)],
    ['a', true, typed('abc', 2), typed('abc', 0)],
    ['end', false, typed('abc', 1), typed('abc', 3)],
    ['e', true, typed('abc', 1), typed('abc', 3)],
    ['u', true, typed('abc', 2), typed('c', 0)],
    ['k', true, typed('abc', 1), typed('a', 1)],
    ['w', true, typed('one two  ', 9), typed('one ', 4)],
  ])('%s (ctrl %s)', (name, ctrl, before, after) => {
    expect(editField(before, key(name, ctrl))).toEqual(after);
  });

  it('moves and deletes whole code points', () => {
    expect(editField(typed('a😀'), key('backspace'))).toEqual(typed('a'));
    expect(editField(typed('a😀'), key('left'))).toEqual(typed('a😀', 1));
  });

  it('stops at either end', () => {
    expect(editField(typed('ab', 0), key('backspace'))).toEqual(typed('ab', 0));
    expect(editField(typed('ab'), key('delete'))).toEqual(typed('ab'));
  });

  it('leaves other keys to the keymap', () => {
    expect(editField(typed('ab'), key('return'))).toBeUndefined();
    expect(editField(typed('ab'), key('up'))).toBeUndefined();
  });
});

describe('fieldLine', () => {
  it('shows a short field whole, with the cursor after the prompt and text before it', () => {
    expect(fieldLine(typed('hello', 2), '› ', 40)).toEqual({ line: '› hello', column: 4 });
  });

  it('scrolls a long field so that the cursor stays in the window', () => {
    const long = typed('word '.repeat(100));
    for (const cursor of [0, 7, 250, 499, 500]) {
      const { line, column } = fieldLine({ ...long, cursor }, '› ', 40);
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
      expect(column).toBeLessThan(40);
    }
    expect(fieldLine(long, '› ', 40).line.startsWith('› …')).toBe(true);
  });

  it('never shows a control character', () => {
    expect(fieldLine(typed('a\x1b[31mb\u202e'), '› ', 40).line).toBe('› a[31mb');
  });
});
