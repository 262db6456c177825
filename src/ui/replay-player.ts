/**
 * Plays frames in the terminal at their playback times: each frame clears the
 * screen and draws itself from the top. Keys (when stdin is a terminal): space
 * pauses and resumes, → jumps to the next step, q quits, Ctrl-C interrupts.
 */
import { CLEAR } from '../replay/asciicast.js';
import type { Frame } from '../replay/frames.js';

export type PlayEnd = 'finished' | 'quit' | 'interrupted';

export interface PlayerIO {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
}

const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
/** setTimeout's limit: longer delays would fire at once. */
const MAX_DELAY = 2 ** 31 - 1;
const RIGHT = new Set(['\x1b[C', '\x1bOC']);

/** A chunk of input as keys: escape sequences whole, anything else one character each. */
export function splitKeys(chunk: string): string[] {
  const keys: string[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is matched
  const sequence = /^\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])/;
  let rest = chunk;
  while (rest.length > 0) {
    const found = sequence.exec(rest)?.[0] ?? String.fromCodePoint(rest.codePointAt(0) as number);
    keys.push(found);
    rest = rest.slice(found.length);
  }
  return keys;
}

export function play(frames: readonly Frame[], io: PlayerIO): Promise<PlayEnd> {
  const { input, output } = io;
  const keys = input.isTTY === true;
  return new Promise((resolve) => {
    let index = -1;
    let timer: NodeJS.Timeout | undefined;
    let paused = false;
    /** While paused: how long the current frame still had to stay. */
    let remaining = 0;
    let due = 0;
    let over = false;

    const draw = (frame: Frame) => output.write(`${CLEAR}${frame.lines.join('\r\n')}\r\n`);
    const finish = (how: PlayEnd) => {
      if (over) return;
      over = true;
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onSignal);
      output.off('error', onSignal);
      if (keys) {
        input.off('data', onKey);
        input.setRawMode(false);
        input.pause();
      }
      if (!output.destroyed) output.write(SHOW_CURSOR);
      resolve(how);
    };
    const schedule = (delay: number) => {
      due = Date.now() + delay;
      timer = setTimeout(() => show(index + 1), Math.min(Math.max(0, delay), MAX_DELAY));
    };
    const show = (next: number) => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      index = next;
      const frame = frames[index];
      if (!frame) return finish('finished');
      draw(frame);
      const following = frames[index + 1];
      if (!following) return finish('finished');
      const delay = following.t - frame.t;
      if (paused) remaining = delay;
      else schedule(delay);
    };
    const nextStep = () => {
      const found = frames.findIndex((frame, i) => i > index && frame.step !== undefined);
      show(found === -1 ? frames.length - 1 : found);
    };
    const onKeyPress = (key: string) => {
      if (key === '\x03') return finish('interrupted');
      if (key === 'q' || key === 'Q') return finish('quit');
      if (RIGHT.has(key)) return nextStep();
      if (key === ' ') {
        paused = !paused;
        if (paused && timer) {
          clearTimeout(timer);
          timer = undefined;
          remaining = Math.max(0, due - Date.now());
        } else if (!paused && index + 1 < frames.length) {
          schedule(remaining);
        }
      }
    };
    // Keys typed quickly arrive together in one chunk.
    function onKey(chunk: Buffer | string) {
      for (const key of splitKeys(chunk.toString())) {
        if (over) return;
        onKeyPress(key);
      }
    }

    // Without raw mode Ctrl-C is a signal: the cursor must still come back.
    const onSignal = () => finish('interrupted');
    process.on('SIGINT', onSignal);
    // A closed window: the terminal is gone, there is nothing left to draw on.
    output.on('error', onSignal);
    if (keys) {
      input.setRawMode(true);
      input.resume();
      input.on('data', onKey);
    }
    output.write(HIDE_CURSOR);
    show(0);
  });
}
