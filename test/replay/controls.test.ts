/** The replay's own line: playing or paused, where it is in the call, and its keys. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { replayControls } from '../../src/replay/controls.js';
import type { Frame } from '../../src/replay/frames.js';

const FRAMES: readonly Frame[] = [
  { t: 0, call: 0, lines: ['one'], step: 'a' },
  { t: 500, call: 1000, lines: ['two'] },
  { t: 900, call: 65_000, lines: ['three'], step: 'b' },
  { t: 1000, call: 125_000, lines: ['end'] },
];

beforeAll(() => initI18n('en'));

describe('replayControls', () => {
  const options = { locale: 'en', columns: 120, keys: true, unicode: true } as const;

  it('says where the call is by its own clock, and what the keys do', () => {
    const line = replayControls(FRAMES, options);
    expect(line(1, false)).toBe('▶ 00:01 / 02:05 · space pause · → next step · q quit');
    expect(line(2, true)).toBe('‖ paused 01:05 / 02:05 · space play · → next step · q quit');
  });

  it('shows no keys when none are read, ASCII without UTF-8, and fits the width', () => {
    expect(replayControls(FRAMES, { ...options, keys: false })(0, false)).toBe('▶ 00:00 / 02:05');
    expect(replayControls(FRAMES, { ...options, unicode: false })(0, true)).toBe(
      '|| paused 00:00 / 02:05 - space play - > next step - q quit',
    );
    expect(
      replayControls(FRAMES, { ...options, columns: 20 })(0, false).length,
    ).toBeLessThanOrEqual(20);
  });

  it('speaks the viewer’s language and digits', () => {
    const line = replayControls(FRAMES, { ...options, locale: 'bn' })(2, false);
    expect(line).toContain('০১:০৫ / ০২:০৫');
    expect(line).toContain('পরের ধাপ');
  });
});
