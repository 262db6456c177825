/**
 * What the terminal sent, as keys and pastes, one read at a time. A read is kept
 * apart from the next on purpose: the live screen treats a read of many keys as a
 * burst (src/ui/live-input.ts). Only two things carry over from one read to the
 * next: an escape sequence cut at the end of a read, and a bracketed paste not yet
 * closed. Esc followed by a key in the same read is Esc, then that key (never Alt
 * with the key): tmux and slow links deliver a quick Esc and key together.
 */
import type { Key } from './keymap.js';

export type Input =
  | { readonly kind: 'key'; readonly key: Key }
  /** Part of a bracketed paste: all of it, or what one read carried of a long one. */
  | { readonly kind: 'paste'; readonly text: string };

export interface InputState {
  /** Inside a bracketed paste: ESC[200~ came, ESC[201~ not yet. */
  readonly pasting: boolean;
  /** What the last read ended in that may begin a sequence the next read completes. */
  readonly pending: string;
}

export const NO_INPUT: InputState = { pasting: false, pending: '' };

const ESC = '\x1b';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
/** Longer than any key's sequence: an unfinished one this long is typed text, not a key. */
const MAX_SEQUENCE = 32;

const CSI_FINAL: Readonly<Record<string, string>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  Z: 'tab',
};
const CSI_TILDE: Readonly<Record<string, string>> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};
const SS3: Readonly<Record<string, string>> = { ...CSI_FINAL, P: 'f1', Q: 'f2', R: 'f3', S: 'f4' };
const CONTROL: Readonly<Record<string, string>> = {
  '\r': 'return',
  '\n': 'enter',
  '\t': 'tab',
  '\b': 'backspace',
  '\x7f': 'backspace',
};

const key = (name: string, more: Partial<Key> = {}): Input => ({
  kind: 'key',
  key: { name, ...more },
});

function charKey(ch: string): Input {
  const named = CONTROL[ch];
  if (named) return key(named);
  const code = ch.codePointAt(0) as number;
  if (code === 0) return key('space', { ctrl: true });
  if (code <= 26) return key(String.fromCharCode(code + 96), { ctrl: true });
  if (code < 0x20) return key('unknown', { ctrl: true });
  // Letters by their lower-case name, so that Caps Lock does not change what a key does.
  return key(/^[A-Za-z]$/.test(ch) ? ch.toLowerCase() : ch, { sequence: ch });
}

/** Length of the CSI sequence at `at` (ESC [ params intermediates final), or 0 if unfinished. */
function csiLength(data: string, at: number): number {
  let i = at + 2;
  while (i < data.length && data.charCodeAt(i) >= 0x30 && data.charCodeAt(i) <= 0x3f) i++;
  while (i < data.length && data.charCodeAt(i) >= 0x20 && data.charCodeAt(i) <= 0x2f) i++;
  return i < data.length ? i + 1 - at : 0;
}

function csiKey(sequence: string): Input {
  const final = sequence.at(-1) as string;
  const params = sequence.slice(2, -1);
  const name = final === '~' ? CSI_TILDE[params.split(';')[0] as string] : CSI_FINAL[final];
  if (name === 'tab') return key('tab', { shift: true });
  return key(name ?? 'unknown');
}

/** The longest end of `data` that could be the start of `marker`. */
function partialMarker(data: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, data.length); n > 0; n--) {
    if (marker.startsWith(data.slice(data.length - n))) return n;
  }
  return 0;
}

/** Splits one read (after what the last one left unfinished) into keys and pastes. */
export function readInput(
  state: InputState,
  chunk: string,
): { state: InputState; inputs: Input[] } {
  const data = state.pending + chunk;
  const inputs: Input[] = [];
  let pasting = state.pasting;
  let i = 0;
  while (i < data.length) {
    if (pasting) {
      const end = data.indexOf(PASTE_END, i);
      const stop = end < 0 ? data.length - partialMarker(data, PASTE_END) : end;
      if (stop > i) inputs.push({ kind: 'paste', text: data.slice(i, stop) });
      if (end < 0) return { state: { pasting, pending: data.slice(stop) }, inputs };
      pasting = false;
      i = end + PASTE_END.length;
      continue;
    }
    const ch = data[i] as string;
    if (ch !== ESC) {
      const char = String.fromCodePoint(data.codePointAt(i) as number);
      inputs.push(charKey(char));
      i += char.length;
      continue;
    }
    const next = data[i + 1];
    let length = 1;
    if (next === '[') length = csiLength(data, i);
    else if (next === 'O') length = i + 2 < data.length ? 3 : 0;
    if (next === undefined || (length === 0 && data.length - i < MAX_SEQUENCE)) {
      return { state: { pasting, pending: data.slice(i) }, inputs };
    }
    const sequence = data.slice(i, i + length);
    if (sequence === PASTE_START) pasting = true;
    else if (length === 1 || length === 0) inputs.push(key('escape'));
    else if (next === 'O') inputs.push(key(SS3[data[i + 2] as string] ?? 'unknown'));
    else if (sequence !== PASTE_END) inputs.push(csiKey(sequence));
    i += Math.max(1, length);
  }
  return { state: { pasting, pending: '' }, inputs };
}

/**
 * What is left when no more bytes came soon after a read: an Esc alone was the Esc
 * key, and the rest of an unfinished sequence was typed. A paste stays open.
 */
export function flushInput(state: InputState): { state: InputState; inputs: Input[] } {
  if (state.pasting || state.pending === '') return { state, inputs: [] };
  const rest = readInput(NO_INPUT, state.pending.slice(1));
  return { state: rest.state, inputs: [key('escape'), ...rest.inputs] };
}
