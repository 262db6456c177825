/**
 * The recording `--export cast` writes and the frames the player is given, made
 * without a terminal: sizes, title, timing, the divergence warning as a notice,
 * and a file that cannot be written as a usage error naming it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import { CLEAR } from '../../src/replay/asciicast.js';
import { playbackFrames } from '../../src/replay/compose.js';
import { CAST_COLUMNS, castText, saveCast } from '../../src/replay/export.js';
import type { Script } from '../../src/script/types.js';
import { displayWidth } from '../../src/view/index.js';
import { removeTemps, tempDir } from '../run/cli.js';
import { cycle } from '../session/fixtures.js';
import { parseCast } from './cast.js';
import { makeLog } from './helpers.js';
import { recordOf } from './record.js';
import { FULL_CALL } from './sessions.js';

beforeAll(() => initI18n('en'));
afterEach(removeTemps);

const AS_LOGGED = { speed: 1, maxIdle: 1000 };
const record = recordOf(makeLog(cycle, FULL_CALL, { agent: 'ana\x1b[2J' }));

describe('castText', () => {
  it('records at the width of a common terminal, titled by script, agent and session', () => {
    const cast = castText(record, cycle, AS_LOGGED, 'en');
    expect(cast.notices).toEqual([]);
    expect(cast.text).toMatch(/[^\n]\n$/);
    const { header, events } = parseCast(cast.text);
    expect(header.width).toBe(CAST_COLUMNS);
    expect(header.height).toBeGreaterThanOrEqual(24);
    expect(header.title).toBe(`cycle · ana[2J · ${record.header.session}`);
    const screens = events.filter((e) => e[1] === 'o').map((e) => String(e[2]));
    const widest = Math.max(
      ...screens.flatMap((s) => s.slice(CLEAR.length).split('\r\n').map(displayWidth)),
    );
    expect(widest).toBeLessThanOrEqual(CAST_COLUMNS - 1);
    const last = events.at(-1)?.[0] as number;
    expect(last * 1000).toBe((record.events.at(-1)?.at ?? 0) - record.header.startedAt);
  });

  it('plays faster with the speed it is given', () => {
    const fast = parseCast(castText(record, cycle, { ...AS_LOGGED, speed: 2 }, 'en').text);
    const slow = parseCast(castText(record, cycle, AS_LOGGED, 'en').text);
    expect(fast.events.at(-1)?.[0]).toBe((slow.events.at(-1)?.[0] as number) / 2);
  });

  it('gives the warning of a log that no longer fits its script as a notice', () => {
    const edited: Script = {
      ...cycle,
      steps: cycle.steps.map((s) => (s.id === 'probe' ? { ...s, stage: 'rapport' } : s)),
    };
    const cast = castText(record, edited, AS_LOGGED, 'en');
    expect(cast.notices).toHaveLength(1);
    expect(cast.notices[0]).toMatch(/^the log no longer fits its script/);
  });
});

describe('saveCast', () => {
  it('writes the text and gives the absolute path it went to', async () => {
    const dir = tempDir();
    const target = await saveCast(relative(process.cwd(), join(dir, 'call.cast')), 'recording\n');
    expect(target).toBe(join(dir, 'call.cast'));
    expect(readFileSync(target, 'utf8')).toBe('recording\n');
  });

  it('turns a file it cannot write into a usage error naming it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken.cast'));
    const error = await saveCast(join(dir, 'taken.cast'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({
      key: 'replay.errors.cannotWrite',
      params: { path: join(dir, 'taken.cast') },
    });
  });
});

describe('playbackFrames', () => {
  it('draws at the width given and times the frames for playback', () => {
    const frames = playbackFrames(record, cycle, { columns: 40, timing: AS_LOGGED, locale: 'en' });
    for (const frame of frames) {
      for (const line of frame.lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    }
    const fast = playbackFrames(record, cycle, {
      columns: 40,
      timing: { speed: 4, maxIdle: 1000 },
      locale: 'en',
    });
    expect(fast.at(-1)?.t).toBe((frames.at(-1)?.t ?? 0) / 4);
    expect(frames.at(-1)?.t).toBe((record.events.at(-1)?.at ?? 0) - record.header.startedAt);
  });
});
