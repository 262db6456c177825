/**
 * What the replay player does, as a pure function of its state: which frame is on
 * screen, whether it plays or is paused (and how long the frame still has to
 * stay), and how it ended. Events are keys and timer ticks; each step says what
 * to draw and when to wake. The terminal side (src/ui/replay-player.ts) only
 * feeds events in and carries out what comes back.
 */

/** What the player needs of a frame: its playback time and whether a step appears on it. */
export interface Timed {
  /** Playback time, in milliseconds. */
  readonly t: number;
  readonly step?: string;
}

export type PlayerState =
  /** Frame `index` is on screen; the next one is due at `due` (same clock as `now`). */
  | { readonly kind: 'playing'; readonly index: number; readonly due: number }
  /** Frame `index` is on screen and still has `remaining` milliseconds to stay once resumed. */
  | { readonly kind: 'paused'; readonly index: number; readonly remaining: number }
  /** The last frame was drawn. */
  | { readonly kind: 'finished' }
  /** The viewer pressed q. */
  | { readonly kind: 'quit' }
  /** Ctrl-C, SIGINT, or a terminal that went away. */
  | { readonly kind: 'interrupted' };

export type PlayEnd = Exclude<PlayerState, { kind: 'playing' | 'paused' }>['kind'];

export type PlayerEvent =
  /** One key as the terminal sent it: a character, or an escape sequence whole. */
  | { readonly kind: 'key'; readonly key: string }
  /** The wake-up asked for by the last step. */
  | { readonly kind: 'tick' }
  /** SIGINT, or the output closed: there is no one left to play to. */
  | { readonly kind: 'interrupt' };

export interface PlayerStep {
  readonly state: PlayerState;
  /** Index of the frame to draw now. */
  readonly draw?: number;
  /** Milliseconds after which to send a tick; set exactly while playing. */
  readonly wake?: number;
}

const CTRL_C = '\x03';
const RIGHT = new Set(['\x1b[C', '\x1bOC']);

export function isOver(state: PlayerState): state is Extract<PlayerState, { kind: PlayEnd }> {
  return state.kind !== 'playing' && state.kind !== 'paused';
}

/** The wake-up that goes with a state: only a playing player waits for its next frame. */
function settle(state: PlayerState, now: number, draw?: number): PlayerStep {
  const step = draw === undefined ? { state } : { state, draw };
  return state.kind === 'playing' ? { ...step, wake: Math.max(0, state.due - now) } : step;
}

/** Frame `index` on screen, playing or paused; the end once there is nothing after it. */
function show(frames: readonly Timed[], index: number, paused: boolean, now: number): PlayerStep {
  const frame = frames[index];
  if (!frame) return { state: { kind: 'finished' } };
  const following = frames[index + 1];
  if (!following) return { state: { kind: 'finished' }, draw: index };
  const delay = Math.max(0, following.t - frame.t);
  const state: PlayerState = paused
    ? { kind: 'paused', index, remaining: delay }
    : { kind: 'playing', index, due: now + delay };
  return settle(state, now, index);
}

/** The first frame, drawn at once. */
export function startPlayer(frames: readonly Timed[], now: number): PlayerStep {
  return show(frames, 0, false, now);
}

/** The next frame where a step appears, else the last frame: never past it. */
function nextStep(frames: readonly Timed[], index: number): number {
  const found = frames.findIndex((frame, i) => i > index && frame.step !== undefined);
  return found === -1 ? frames.length - 1 : found;
}

function onKey(
  frames: readonly Timed[],
  state: Extract<PlayerState, { kind: 'playing' | 'paused' }>,
  key: string,
  now: number,
): PlayerStep {
  if (key === CTRL_C) return { state: { kind: 'interrupted' } };
  if (key === 'q' || key === 'Q') return { state: { kind: 'quit' } };
  const paused = state.kind === 'paused';
  if (RIGHT.has(key)) return show(frames, nextStep(frames, state.index), paused, now);
  if (key !== ' ') return settle(state, now);
  if (state.kind === 'paused') {
    return settle({ kind: 'playing', index: state.index, due: now + state.remaining }, now);
  }
  const remaining = Math.max(0, state.due - now);
  return settle({ kind: 'paused', index: state.index, remaining }, now);
}

export function stepPlayer(
  frames: readonly Timed[],
  state: PlayerState,
  event: PlayerEvent,
  now: number,
): PlayerStep {
  if (isOver(state)) return { state };
  switch (event.kind) {
    case 'interrupt':
      return { state: { kind: 'interrupted' } };
    case 'key':
      return onKey(frames, state, event.key, now);
    case 'tick':
      // A paused player has no timer; a tick that comes early waits for the rest.
      if (state.kind === 'paused' || now < state.due) return settle(state, now);
      return show(frames, state.index + 1, false, now);
  }
}

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
