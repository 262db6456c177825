import { describe, expect, it } from 'vitest';
import { playbackTimes, retime } from '../../src/replay/timing.js';

describe('playback timing', () => {
  const logged = [0, 1000, 6000, 6500, 66_500];

  it('plays at the logged pace by default, with long pauses cut to two seconds', () => {
    expect(playbackTimes(logged, { speed: 1, maxIdle: 2 })).toEqual([0, 1000, 3000, 3500, 5500]);
  });

  it('divides pauses by the speed, then cuts what is still over the idle limit', () => {
    expect(playbackTimes(logged, { speed: 2, maxIdle: 1 })).toEqual([0, 500, 1500, 1750, 2750]);
  });

  it('keeps every pause with a large limit, and none with 0', () => {
    expect(playbackTimes(logged, { speed: 1, maxIdle: 1000 })).toEqual(logged);
    expect(playbackTimes(logged, { speed: 1, maxIdle: 0 })).toEqual([0, 0, 0, 0, 0]);
  });

  it('never goes back in time, even when the system clock did', () => {
    const times = playbackTimes([0, 5000, 3000, 4000], { speed: 1, maxIdle: 10 });
    expect(times).toEqual([0, 5000, 5000, 5000]);
  });

  it('retimes frames and keeps their other fields', () => {
    const frames = retime(
      [
        { t: 0, lines: ['a'], step: 'greet' },
        { t: 4000, lines: ['b'] },
      ],
      { speed: 4, maxIdle: 2 },
    );
    expect(frames).toEqual([
      { t: 0, lines: ['a'], step: 'greet' },
      { t: 1000, lines: ['b'] },
    ]);
  });
});
