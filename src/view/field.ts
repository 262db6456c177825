/**
 * The one-line text field of a note, a skip reason or a captured value: what
 * editing keys do to it, how much it takes, and how it is drawn with its cursor.
 * A paste goes in as one line; what is past the field's limit (the call's, for
 * its kind of text: src/call/limits.ts) is refused and counted, so that the
 * screen can say so.
 */
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import { graphemes, truncate } from '../text/wrap.js';
import type { Key } from './keymap.js';

export interface Field {
  readonly text: string;
  /** Position of the cursor, in UTF-16 code units, always between two code points. */
  readonly cursor: number;
}

export const EMPTY_FIELD: Field = { text: '', cursor: 0 };

export interface Inserted {
  readonly field: Field;
  /** Characters left out because the field was full. */
  readonly refused: number;
}

const codePoints = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** `text` typed at the cursor, up to `max` characters (code points) in all. */
export function insertText(field: Field, text: string, max: number): Inserted {
  let room = max - codePoints(field.text);
  let taken = 0;
  let refused = 0;
  for (const ch of text) {
    if (room > 0) {
      taken += ch.length;
      room--;
    } else refused++;
  }
  const piece = text.slice(0, taken);
  const { text: old, cursor } = field;
  return {
    field: {
      text: old.slice(0, cursor) + piece + old.slice(cursor),
      cursor: cursor + piece.length,
    },
    refused,
  };
}

/**
 * A paste at the cursor: its lines joined into one and its control characters
 * dropped (a paste is text from elsewhere; what is typed key by key is kept as typed).
 */
export const pasteText = (field: Field, text: string, max: number): Inserted =>
  insertText(field, sanitizeLine(text), max);

/** Index of the code point before `at` (or 0). */
function before(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
}

/** Index after the code point at `at` (or the end). */
function after(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return at + String.fromCodePoint(text.codePointAt(at) as number).length;
}

/** Start of the word before `at`, as Ctrl-W deletes it. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

const cut = (field: Field, from: number, to: number): Field => ({
  text: field.text.slice(0, from) + field.text.slice(to),
  cursor: from,
});

/** The field after an editing key, or undefined when the key does not edit. */
export function editField(field: Field, key: Key): Field | undefined {
  const { text, cursor } = field;
  const at = (position: number): Field => ({ text, cursor: position });
  const name = key.ctrl ? `ctrl-${key.name}` : key.name;
  switch (name) {
    case 'backspace':
    case 'ctrl-h':
      return cut(field, before(text, cursor), cursor);
    case 'delete':
      return cut(field, cursor, after(text, cursor));
    case 'left':
    case 'ctrl-b':
      return at(before(text, cursor));
    case 'right':
    case 'ctrl-f':
      return at(after(text, cursor));
    case 'home':
    case 'ctrl-a':
      return at(0);
    case 'end':
    case 'ctrl-e':
      return at(text.length);
    case 'ctrl-u':
      return cut(field, 0, cursor);
    case 'ctrl-k':
      return cut(field, cursor, text.length);
    case 'ctrl-w':
      return cut(field, wordStart(text, cursor), cursor);
    default:
      return undefined;
  }
}

/** The end of `text` that fits in `columns`, with an ellipsis first when cut. */
function tail(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  const clusters = graphemes(text);
  let out = '';
  for (let i = clusters.length - 1; i >= 0; i--) {
    const next = (clusters[i] as string) + out;
    if (displayWidth(next) > columns - 1) break;
    out = next;
  }
  return `…${out}`;
}

/**
 * The field on one line after `prompt`, scrolled sideways so that the cursor is
 * always in view, and the column the cursor is at.
 */
export function fieldLine(field: Field, prompt: string, columns: number) {
  // One column stays free for the cursor after the last character.
  const room = Math.max(1, columns - displayWidth(prompt) - 1);
  const left = tail(sanitizeLine(field.text.slice(0, field.cursor)), room);
  const right = truncate(sanitizeLine(field.text.slice(field.cursor)), room - displayWidth(left));
  return { line: prompt + left + right, column: displayWidth(prompt + left) };
}
