/**
 * Playback time: the session's own pauses divided by the speed, and any pause
 * still longer than the idle limit cut down to it, so a replay of a long call does
 * not sit still while the customer looked something up.
 */
export interface Timing {
  /** 2 plays twice as fast. Positive. */
  readonly speed: number;
  /** Longest pause kept, in seconds of playback. 0 or more. */
  readonly maxIdle: number;
}

export const DEFAULT_TIMING: Timing = { speed: 1, maxIdle: 2 };

/** Playback times (ms) of frames logged at `times` (ms since the start, in order). */
export function playbackTimes(times: readonly number[], timing: Timing): number[] {
  const cap = timing.maxIdle * 1000;
  const out: number[] = [];
  let previous = times[0] ?? 0;
  let now = 0;
  for (const time of times) {
    const pause = Math.max(0, time - previous) / timing.speed;
    now += Math.min(pause, cap);
    out.push(now);
    previous = Math.max(previous, time);
  }
  return out;
}

/** The same frames with their playback times. */
export function retime<T extends { readonly t: number }>(
  frames: readonly T[],
  timing: Timing,
): T[] {
  const times = playbackTimes(
    frames.map((frame) => frame.t),
    timing,
  );
  return frames.map((frame, i) => ({ ...frame, t: times[i] ?? 0 }));
}
