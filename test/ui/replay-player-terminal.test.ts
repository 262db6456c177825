/**
 * The replay player's terminal side over streams in memory and a fake clock: raw
 * mode and the cursor come back however playback ends, frames are written when
 * the machine says, and the listeners it added are gone afterwards.
 */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEAR } from '../../src/replay/asciicast.js';
import type { Frame } from '../../src/replay/frames.js';
import { type PlayerIO, play } from '../../src/ui/replay-player.js';

const HIDE = '\x1b[?25l';
const SHOW = '\x1b[?25h';

const FRAMES: readonly Frame[] = [
  { t: 0, call: 0, lines: ['one'], step: 'a' },
  { t: 1000, call: 1000, lines: ['two'] },
  { t: 3000, call: 3000, lines: ['three'], step: 'b' },
  { t: 4000, call: 4000, lines: ['end'] },
];

interface Terminal {
  readonly io: PlayerIO;
  readonly raw: boolean[];
  /** Everything written so far. */
  written(): string;
  /** The frames drawn so far, by their first line. */
  drawn(): string[];
  type(keys: string): void;
}

function terminal(tty = true): Terminal {
  const input = Object.assign(new PassThrough(), { isTTY: tty, setRawMode: vi.fn() });
  const raw: boolean[] = [];
  input.setRawMode.mockImplementation((on: boolean) => {
    raw.push(on);
    return input;
  });
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return {
    io: { input, output } as unknown as PlayerIO,
    raw,
    written: () => text,
    drawn: () =>
      text
        .split(CLEAR)
        .slice(1)
        .map((screen) => screen.split('\r\n')[0] as string),
    type: (keys) => input.write(keys),
  };
}

/** Lets stream events and resolved promises run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let sigint: number;
beforeEach(() => {
  vi.useFakeTimers();
  sigint = process.listenerCount('SIGINT');
});
afterEach(() => {
  expect(process.listenerCount('SIGINT')).toBe(sigint);
  vi.useRealTimers();
});

describe('play in a terminal', () => {
  it('hides the cursor, plays each frame at its time, then gives raw mode and the cursor back', async () => {
    const term = terminal();
    const ended = play(FRAMES, term.io);
    await settle();
    expect(term.written().startsWith(`${HIDE}${CLEAR}one\r\n`)).toBe(true);
    expect(term.raw).toEqual([true]);
    await vi.advanceTimersByTimeAsync(999);
    expect(term.drawn()).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(1);
    expect(term.drawn()).toEqual(['one', 'two']);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(ended).resolves.toBe('finished');
    expect(term.drawn()).toEqual(['one', 'two', 'three', 'end']);
    expect(term.written().endsWith(`end\r\n${SHOW}`)).toBe(true);
    expect(term.raw).toEqual([true, false]);
    expect(term.io.input.listenerCount('data')).toBe(0);
  });

  it('space holds the frame as long as it is paused, then plays the rest of its time', async () => {
    const term = terminal();
    const ended = play(FRAMES, term.io);
    await vi.advanceTimersByTimeAsync(400);
    term.type(' ');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(term.drawn()).toEqual(['one']);
    term.type(' ');
    await vi.advanceTimersByTimeAsync(599);
    expect(term.drawn()).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(1);
    expect(term.drawn()).toEqual(['one', 'two']);
    term.type('q');
    await expect(ended).resolves.toBe('quit');
  });

  it('draws the replay’s controls under each screen, anew when paused, and none under the last', async () => {
    const term = terminal();
    const controls = (index: number, paused: boolean) => `[${index}${paused ? ' paused' : ''}]`;
    const ended = play(FRAMES, { ...term.io, controls });
    await settle();
    expect(term.written()).toContain(`${CLEAR}one\r\n[0]\r\n`);
    term.type(' ');
    await settle();
    expect(term.written().endsWith(`${CLEAR}one\r\n[0 paused]\r\n`)).toBe(true);
    term.type(' ');
    await settle();
    expect(term.written().endsWith(`${CLEAR}one\r\n[0]\r\n`)).toBe(true);
    await vi.advanceTimersByTimeAsync(4000);
    await expect(ended).resolves.toBe('finished');
    expect(term.written().endsWith(`${CLEAR}end\r\n${SHOW}`)).toBe(true);
  });

  it('takes keys typed together one by one: → twice reaches the end', async () => {
    const term = terminal();
    const ended = play(FRAMES, term.io);
    await settle();
    term.type('\x1b[C\x1b[C');
    await expect(ended).resolves.toBe('finished');
    expect(term.drawn()).toEqual(['one', 'three', 'end']);
  });

  it('Ctrl-C interrupts and nothing after it in the same chunk counts', async () => {
    const term = terminal();
    const ended = play(FRAMES, term.io);
    await settle();
    term.type('\x03\x1b[C');
    await expect(ended).resolves.toBe('interrupted');
    expect(term.drawn()).toEqual(['one']);
    expect(term.raw).toEqual([true, false]);
    expect(term.written().endsWith(SHOW)).toBe(true);
  });

  it('SIGINT interrupts, and so does an output that fails', async () => {
    const term = terminal(false);
    const ended = play(FRAMES, term.io);
    await settle();
    const listener = process.listeners('SIGINT').at(-1) as () => void;
    listener();
    await expect(ended).resolves.toBe('interrupted');
    // Without a terminal on stdin there is no raw mode to switch.
    expect(term.raw).toEqual([]);

    const other = terminal();
    const closed = play(FRAMES, other.io);
    await settle();
    other.io.output.emit('error', new Error('EIO'));
    await expect(closed).resolves.toBe('interrupted');
    expect(other.raw).toEqual([true, false]);
    expect(other.io.output.listenerCount('error')).toBe(0);
  });
});
