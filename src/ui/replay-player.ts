/**
 * Plays frames in the terminal: each frame clears the screen and draws itself
 * from the top. What to show and when comes from the pure player
 * (src/replay/player-state.ts); this file only owns the terminal: raw mode and the
 * cursor, writing frames, the timer, and keys, SIGINT and a closed output as
 * events. Keys are read only when stdin is a terminal.
 */
import { CLEAR } from '../replay/asciicast.js';
import type { Frame } from '../replay/frames.js';
import {
  isOver,
  type PlayEnd,
  type PlayerEvent,
  type PlayerState,
  type PlayerStep,
  splitKeys,
  startPlayer,
  stepPlayer,
} from '../replay/player-state.js';

export type { PlayEnd } from '../replay/player-state.js';

export interface PlayerIO {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
  /** The replay's own line under a screen that is still playing (src/replay/controls.ts). */
  readonly controls?: (index: number, paused: boolean) => string;
}

const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
/** setTimeout's limit: longer delays would fire at once (the player waits again). */
const MAX_DELAY = 2 ** 31 - 1;

export function play(frames: readonly Frame[], io: PlayerIO): Promise<PlayEnd> {
  const { input, output } = io;
  const keys = input.isTTY === true;
  return new Promise((resolve) => {
    let state: PlayerState | undefined;
    let timer: NodeJS.Timeout | undefined;

    const finish = (how: PlayEnd) => {
      process.off('SIGINT', onSignal);
      output.off('error', onSignal);
      if (keys) {
        input.off('data', onData);
        input.setRawMode(false);
        input.pause();
      }
      if (!output.destroyed) output.write(SHOW_CURSOR);
      resolve(how);
    };
    const draw = (index: number, now: PlayerState) => {
      const frame = frames[index];
      if (!frame) return;
      // The last frame stays on screen after the player is gone: no keys to show under it.
      const under = io.controls && !isOver(now) ? [io.controls(index, now.kind === 'paused')] : [];
      output.write(`${CLEAR}${[...frame.lines, ...under].join('\r\n')}\r\n`);
    };
    const carryOut = (step: PlayerStep) => {
      const before = state;
      state = step.state;
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (step.draw !== undefined) draw(step.draw, step.state);
      else if (
        io.controls &&
        before &&
        'index' in before &&
        'index' in state &&
        before.kind !== state.kind
      ) {
        draw(state.index, state);
      }
      if (isOver(step.state)) return finish(step.state.kind);
      if (step.wake !== undefined) {
        timer = setTimeout(() => send({ kind: 'tick' }), Math.min(step.wake, MAX_DELAY));
      }
    };
    const send = (event: PlayerEvent) => {
      if (!state || isOver(state)) return;
      carryOut(stepPlayer(frames, state, event, performance.now()));
    };
    // Keys typed quickly arrive together in one chunk.
    function onData(chunk: Buffer | string) {
      for (const key of splitKeys(chunk.toString())) send({ kind: 'key', key });
    }
    // Without raw mode Ctrl-C is a signal: the cursor must still come back. A closed
    // window: the terminal is gone, there is nothing left to draw on.
    function onSignal() {
      send({ kind: 'interrupt' });
    }

    process.on('SIGINT', onSignal);
    output.on('error', onSignal);
    if (keys) {
      input.setRawMode(true);
      input.resume();
      input.on('data', onData);
    }
    output.write(HIDE_CURSOR);
    carryOut(startPlayer(frames, performance.now()));
  });
}
