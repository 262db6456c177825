/** The replay player's playback, as a pure machine: keys and ticks in, frames and wake-ups out. */
import { describe, expect, it } from 'vitest';
import {
  type PlayerEvent,
  type PlayerState,
  type PlayerStep,
  splitKeys,
  startPlayer,
  stepPlayer,
  type Timed,
} from '../../src/replay/player-state.js';

const RIGHT = '\x1b[C';
const RIGHT_SS3 = '\x1bOC';
const CTRL_C = '\x03';

/** Steps at 0, 2 and 5 s with a screen in between, then the summary at 9 s. */
const FRAMES: readonly Timed[] = [
  { t: 0, step: 'greet' },
  { t: 1000 },
  { t: 2000, step: 'name' },
  { t: 5000, step: 'need' },
  { t: 9000 },
];
const LAST = FRAMES.length - 1;

const key = (k: string): PlayerEvent => ({ kind: 'key', key: k });
const TICK: PlayerEvent = { kind: 'tick' };
const step = (state: PlayerState, event: PlayerEvent, now: number) =>
  stepPlayer(FRAMES, state, event, now);

/** Feeds events at their times from the start at time 0; returns every step, start included. */
function run(events: readonly (readonly [number, PlayerEvent])[]): PlayerStep[] {
  const steps = [startPlayer(FRAMES, 0)];
  for (const [now, event] of events) {
    steps.push(stepPlayer(FRAMES, (steps.at(-1) as PlayerStep).state, event, now));
  }
  return steps;
}

/** Plays with ticks exactly when asked to wake, until the end; returns the frames drawn. */
function drawnUntilTheEnd(start: PlayerStep, from: number): { drawn: number[]; at: number } {
  const drawn: number[] = [];
  let current = start;
  let now = from;
  while (current.wake !== undefined) {
    now += current.wake;
    current = stepPlayer(FRAMES, current.state, TICK, now);
    if (current.draw !== undefined) drawn.push(current.draw);
  }
  expect(current.state).toEqual({ kind: 'finished' });
  return { drawn, at: now };
}

const PLAYING_AT_2 = { kind: 'playing', index: 2, due: 4000 } as const;
const PAUSED_AT_2 = { kind: 'paused', index: 2, remaining: 1200 } as const;

describe('starting', () => {
  it('draws the first frame and wakes when the second is due', () => {
    expect(startPlayer(FRAMES, 100)).toEqual({
      state: { kind: 'playing', index: 0, due: 1100 },
      draw: 0,
      wake: 1000,
    });
  });

  it('draws a single frame and finishes; with none it just finishes', () => {
    expect(startPlayer([{ t: 0 }], 0)).toEqual({ state: { kind: 'finished' }, draw: 0 });
    expect(startPlayer([], 0)).toEqual({ state: { kind: 'finished' } });
  });
});

describe('playing', () => {
  it('shows every frame once, in order, at its time, then finishes on the last', () => {
    const { drawn, at } = drawnUntilTheEnd(startPlayer(FRAMES, 0), 0);
    expect(drawn).toEqual([1, 2, 3, 4]);
    expect(at).toBe(9000);
  });

  it('waits out a tick that comes before the frame is due', () => {
    const early = step({ kind: 'playing', index: 1, due: 2000 }, TICK, 1990);
    expect(early).toEqual({ state: { kind: 'playing', index: 1, due: 2000 }, wake: 10 });
    const late = step({ kind: 'playing', index: 1, due: 2000 }, TICK, 2003);
    expect(late).toEqual({ state: { kind: 'playing', index: 2, due: 5003 }, draw: 2, wake: 3000 });
  });

  it('plays frames logged at the same time one tick apart, without waiting', () => {
    const same = [{ t: 0 }, { t: 0 }, { t: 0 }];
    const first = startPlayer(same, 0);
    expect(first.wake).toBe(0);
    const second = stepPlayer(same, first.state, TICK, 0);
    expect(second).toMatchObject({ draw: 1, wake: 0 });
    expect(stepPlayer(same, second.state, TICK, 0)).toEqual({
      state: { kind: 'finished' },
      draw: 2,
    });
  });

  it('ignores other keys and keeps the time left', () => {
    for (const other of ['x', '\r', '\x1b[A', '\x1b[D', '\x1b', '1']) {
      expect(step(PLAYING_AT_2, key(other), 3000)).toEqual({ state: PLAYING_AT_2, wake: 1000 });
    }
  });
});

describe('space', () => {
  it('pauses with the time the frame still had to stay, and draws nothing', () => {
    expect(step(PLAYING_AT_2, key(' '), 2800)).toEqual({
      state: { kind: 'paused', index: 2, remaining: 1200 },
    });
  });

  it('resumes with that time left, however long the pause', () => {
    expect(step(PAUSED_AT_2, key(' '), 60_000)).toEqual({
      state: { kind: 'playing', index: 2, due: 61_200 },
      wake: 1200,
    });
  });

  it('a pause does not move the rest of the playback: the same frames, each later by the pause', () => {
    // Frame 2 is drawn at 2000 and due to go at 5000; paused at 2800 for 10 s.
    const steps = run([
      [1000, TICK],
      [2000, TICK],
      [2800, key(' ')],
      [12_800, key(' ')],
    ]);
    const resumed = steps.at(-1) as PlayerStep;
    expect(resumed).toEqual({ state: { kind: 'playing', index: 2, due: 15_000 }, wake: 2200 });
    expect(stepPlayer(FRAMES, resumed.state, TICK, 14_999).draw).toBeUndefined();
    const { drawn, at } = drawnUntilTheEnd(resumed, 12_800);
    expect(drawn).toEqual([3, 4]);
    expect(at).toBe(19_000);
  });

  it('pausing when the frame is already due keeps it at zero, not below', () => {
    expect(step(PLAYING_AT_2, key(' '), 4500)).toEqual({
      state: { kind: 'paused', index: 2, remaining: 0 },
    });
  });
});

describe('paused', () => {
  it('ignores ticks and other keys: nothing is drawn and nothing wakes', () => {
    expect(step(PAUSED_AT_2, TICK, 99_999)).toEqual({ state: PAUSED_AT_2 });
    expect(step(PAUSED_AT_2, key('x'), 99_999)).toEqual({ state: PAUSED_AT_2 });
  });
});

describe('→', () => {
  it('jumps over screens without a step to the next step, and plays on from there', () => {
    const steps = run([[300, key(RIGHT)]]);
    expect(steps[1]).toEqual({
      state: { kind: 'playing', index: 2, due: 3300 },
      draw: 2,
      wake: 3000,
    });
    expect(step({ kind: 'playing', index: 2, due: 5000 }, key(RIGHT_SS3), 2100)).toMatchObject({
      draw: 3,
    });
  });

  it('while paused shows the next step and stays paused with that step’s whole time', () => {
    expect(step(PAUSED_AT_2, key(RIGHT), 2500)).toEqual({
      state: { kind: 'paused', index: 3, remaining: 4000 },
      draw: 3,
    });
  });

  it('at the last step goes to the last frame, draws it and finishes, never past it', () => {
    for (const state of [
      { kind: 'playing', index: 3, due: 9000 },
      { kind: 'paused', index: 3, remaining: 1000 },
    ] as const) {
      expect(step(state, key(RIGHT), 6000)).toEqual({ state: { kind: 'finished' }, draw: LAST });
    }
  });

  it('from a frame after the last step also goes to the last frame', () => {
    const frames = [{ t: 0, step: 'a' }, { t: 10 }, { t: 20 }, { t: 30 }];
    const from = { kind: 'playing', index: 1, due: 20 } as const;
    expect(stepPlayer(frames, from, key(RIGHT), 15)).toEqual({
      state: { kind: 'finished' },
      draw: 3,
    });
  });
});

describe('leaving', () => {
  const active = [PLAYING_AT_2, PAUSED_AT_2];

  it.each(['q', 'Q'])('%s quits from playing or paused, drawing nothing', (q) => {
    for (const state of active)
      expect(step(state, key(q), 3000)).toEqual({ state: { kind: 'quit' } });
  });

  it('Ctrl-C, SIGINT or a closed terminal interrupts from playing or paused', () => {
    for (const state of active) {
      expect(step(state, key(CTRL_C), 3000)).toEqual({ state: { kind: 'interrupted' } });
      expect(step(state, { kind: 'interrupt' }, 3000)).toEqual({ state: { kind: 'interrupted' } });
    }
  });

  it('once over, nothing moves it: no key, tick or signal', () => {
    const ends: PlayerState[] = [{ kind: 'finished' }, { kind: 'quit' }, { kind: 'interrupted' }];
    const events: PlayerEvent[] = [
      TICK,
      { kind: 'interrupt' },
      ...[' ', 'q', CTRL_C, RIGHT, 'x'].map(key),
    ];
    for (const state of ends) {
      for (const event of events) expect(step(state, event, 50_000)).toEqual({ state });
    }
  });
});

describe('splitKeys', () => {
  it('keeps escape sequences whole and splits the rest into characters', () => {
    expect(splitKeys(` ${RIGHT}q`)).toEqual([' ', RIGHT, 'q']);
    expect(splitKeys(`${RIGHT_SS3}${RIGHT}\x03`)).toEqual([RIGHT_SS3, RIGHT, '\x03']);
    expect(splitKeys('\x1b[1;5C😀x')).toEqual(['\x1b[1;5C', '😀', 'x']);
    expect(splitKeys('\x1b')).toEqual(['\x1b']);
    expect(splitKeys('')).toEqual([]);
  });
});
