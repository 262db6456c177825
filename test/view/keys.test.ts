/** Reads of the terminal as keys and pastes (`readInput`, `flushInput`). */
import { describe, expect, it } from 'vitest';
import {
  flushInput,
  type Input,
  type InputState,
  NO_INPUT,
  readInput,
} from '../../src/view/keys.js';

/** Reads in order; returns every input and the state after the last read. */
function reads(...chunks: string[]): { inputs: Input[]; state: InputState } {
  let state = NO_INPUT;
  const inputs: Input[] = [];
  for (const chunk of chunks) {
    const read = readInput(state, chunk);
    state = read.state;
    inputs.push(...read.inputs);
  }
  return { inputs, state };
}

/** Key names, `paste:text` for pastes, `^x` for Ctrl. */
const names = (inputs: Input[]) =>
  inputs.map((input) =>
    input.kind === 'paste'
      ? `paste:${input.text}`
      : `${input.key.ctrl ? '^' : ''}${input.key.name}`,
  );

describe('keys', () => {
  it('reads letters by their lower-case name and keeps what they typed', () => {
    const { inputs } = reads('sY?3é');
    expect(names(inputs)).toEqual(['s', 'y', '?', '3', 'é']);
    expect(inputs.map((input) => input.kind === 'key' && input.key.sequence)).toEqual([
      's',
      'Y',
      '?',
      '3',
      'é',
    ]);
  });

  it('reads Enter, Tab, Backspace and Ctrl with a letter', () => {
    expect(names(reads('\r\n\t\x7f\b\x03\x04\x15').inputs)).toEqual([
      'return',
      'enter',
      'tab',
      'backspace',
      'backspace',
      '^c',
      '^d',
      '^u',
    ]);
  });

  it('reads arrows, Home, End, PageUp and PageDown in both encodings', () => {
    const { inputs } = reads('\x1b[A\x1bOB\x1b[C\x1b[1;5D\x1b[H\x1b[4~\x1b[5~\x1b[6~\x1b[3~');
    expect(names(inputs)).toEqual([
      'up',
      'down',
      'right',
      'left',
      'home',
      'end',
      'pageup',
      'pagedown',
      'delete',
    ]);
  });

  it('reads Esc followed by a key in the same read as Esc, then the key', () => {
    expect(names(reads('\x1b3').inputs)).toEqual(['escape', '3']);
    expect(names(reads('\x1bn').inputs)).toEqual(['escape', 'n']);
    expect(names(reads('\x1b\x1b[A').inputs)).toEqual(['escape', 'up']);
  });

  it('waits for the rest of a sequence a read cut, and reads it whole with the next read', () => {
    const first = reads('\x1b');
    expect(first.inputs).toEqual([]);
    expect(names(reads('\x1b', '[B').inputs)).toEqual(['down']);
    expect(names(reads('x\x1b[', '1;2', 'A').inputs)).toEqual(['x', 'up']);
  });

  it('reads an Esc left alone, once nothing followed, as Esc', () => {
    const { state } = reads('\x1b');
    const flushed = flushInput(state);
    expect(names(flushed.inputs)).toEqual(['escape']);
    expect(flushed.state).toEqual(NO_INPUT);
    expect(names(flushInput(reads('\x1b[').state).inputs)).toEqual(['escape', '[']);
  });

  it('does not wait forever on a sequence that never ends', () => {
    const { inputs, state } = reads(`\x1b[${'1'.repeat(40)}`);
    expect(names(inputs)[0]).toBe('escape');
    expect(state.pending).toBe('');
  });
});

describe('bracketed pastes', () => {
  it('reads a paste as text, lines and keys inside it included', () => {
    const { inputs, state } = reads('\x1b[200~please refund\r2 items\x1b[A e\x1b[201~');
    expect(names(inputs)).toEqual(['paste:please refund\r2 items\x1b[A e']);
    expect(state).toEqual(NO_INPUT);
  });

  it('reads keys again after the paste ends, in the same read', () => {
    expect(names(reads('n\x1b[200~hi\x1b[201~\r').inputs)).toEqual(['n', 'paste:hi', 'return']);
  });

  it('carries a paste over many reads, even with its end marker cut in two', () => {
    const { inputs, state } = reads('\x1b[20', '0~abc', 'def\x1b[2', '01~', 'e');
    expect(names(inputs)).toEqual(['paste:abc', 'paste:def', 'e']);
    expect(state).toEqual(NO_INPUT);
  });

  it('keeps a paste open until its end, whatever the wait', () => {
    const { state } = reads('\x1b[200~half a pas');
    expect(state.pasting).toBe(true);
    expect(flushInput(state).inputs).toEqual([]);
  });

  it('passes over an end marker with no paste open', () => {
    expect(names(reads('a\x1b[201~b').inputs)).toEqual(['a', 'b']);
  });

  it('reads a long paste in time proportional to its length', () => {
    const text = 'x'.repeat(200_000);
    const { inputs } = reads(
      `\x1b[200~${text.slice(0, 100_000)}`,
      `${text.slice(100_000)}\x1b[201~`,
    );
    expect(inputs.map((input) => (input.kind === 'paste' ? input.text.length : 0))).toEqual([
      100_000, 100_000,
    ]);
  });
});
