import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { CLEAR, castLines } from '../../src/replay/asciicast.js';
import { composeReplay } from '../../src/replay/compose.js';
import { retime } from '../../src/replay/timing.js';
import { cycle } from '../session/fixtures.js';
import { CONTROLS, ownSequencesRemoved, parseCast } from './cast.js';
import { makeLog, T0 } from './helpers.js';
import { FULL_CALL } from './sessions.js';

beforeAll(() => initI18n('en'));

const frames = (agent = 'ana', note = 'asked to be called Ana') => {
  const steps = FULL_CALL.map(([action, ms]) =>
    action.type === 'note'
      ? ([{ type: 'note', text: note }, ms] as const)
      : ([action, ms] as const),
  );
  const log = makeLog(cycle, steps, { agent });
  const replay = composeReplay({
    start: log.header,
    events: log.events,
    script: cycle,
    columns: 79,
    locale: 'en',
  });
  return retime(replay.frames, { speed: 1, maxIdle: 2 });
};

describe('asciicast export', () => {
  const level = chalk.level;
  afterEach(() => {
    chalk.level = level;
  });

  it('is a valid asciicast v2 recording with a marker at each step', () => {
    const all = frames();
    const text = `${castLines({ width: 80, height: 30, startedAt: T0, title: 'cycle · ana' }, all).join('\n')}\n`;
    const { header, events } = parseCast(text);
    expect(header).toMatchObject({
      width: 80,
      height: 30,
      timestamp: Math.floor(T0 / 1000),
      title: 'cycle · ana',
    });
    const output = events.filter((e) => e[1] === 'o');
    expect(output).toHaveLength(all.length);
    expect(output.every((e) => e[2].startsWith(CLEAR))).toBe(true);
    expect(output[0]?.[2]).toBe(CLEAR + all[0]?.lines.join('\r\n'));
    expect(events.filter((e) => e[1] === 'm').map((e) => e[2])).toEqual(
      all.filter((f) => f.step).map((f) => f.marker),
    );
    // Long pauses were cut: the 30 s on `compare` plays in 2 s.
    expect(events.at(-1)?.[0]).toBeLessThan(30);
    expect(output.at(-1)?.[2]).toContain('Call completed');
  });

  it('keeps control characters from an agent or a note out of the recording', () => {
    chalk.level = 2;
    const nasty = 'x\x1b]0;pwned\x07\x1b[2J\x9b2J';
    const all = frames(nasty, nasty);
    const text = castLines(
      { width: 80, height: 30, startedAt: T0, title: `title ${nasty}` },
      all,
    ).join('\n');
    const { header, events } = parseCast(`${text}\n`);
    expect(header.title).toBe('title x]0;pwned[2J2J');
    for (const [, , data] of events) {
      expect(ownSequencesRemoved(data)).not.toMatch(CONTROLS);
    }
    expect(events.filter((e) => e[1] === 'o').every((e) => e[2].split(CLEAR).length === 2)).toBe(
      true,
    );
  });
});
