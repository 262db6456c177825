import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { stripAnsi } from '../../src/text/width.js';
import { renderScreen } from '../../src/view/screen.js';
import { timerLevel } from '../../src/view/timers.js';
import { polishScript, stateOn, viewOf } from './fixtures.js';

const RED_BOLD = '\x1b[1m\x1b[31m';
const YELLOW = '\x1b[33m';

describe('timerLevel', () => {
  it('is normal below three quarters of the target', () => {
    expect(timerLevel(0, 20_000)).toBe('normal');
    expect(timerLevel(14_999, 20_000)).toBe('normal');
  });

  it('warns from three quarters of the target up to the target', () => {
    expect(timerLevel(15_000, 20_000)).toBe('warning');
    expect(timerLevel(20_000, 20_000)).toBe('warning');
  });

  it('alerts past the target', () => {
    expect(timerLevel(20_001, 20_000)).toBe('alert');
    expect(timerLevel(600_000, 20_000)).toBe('alert');
  });

  it('is normal for a step without a target', () => {
    expect(timerLevel(10_000_000, undefined)).toBe('normal');
  });
});

describe('step clock on the screen', () => {
  const previous = chalk.level;
  beforeAll(() => initI18n('en'));
  afterEach(() => {
    chalk.level = previous;
  });

  const screenAt = (elapsedMs: number) => {
    const state = stateOn('greet'); // target 20 s
    return renderScreen(viewOf(polishScript, state, 'pl', { now: state.startedAt + elapsedMs }));
  };
  const stepClockLine = (lines: string[]) =>
    lines.find((l) => stripAnsi(l).includes('krok 00:')) ?? '';

  it('is drawn plainly, then in the warning colour, then in the alert colour with a marker', () => {
    chalk.level = 1;
    const calm = screenAt(10_000);
    expect(stepClockLine(calm)).not.toContain(YELLOW);
    expect(stepClockLine(calm)).not.toContain(RED_BOLD);
    expect(stripAnsi(calm.join('\n'))).not.toContain('czas przekroczony');

    const close = screenAt(16_000);
    expect(stepClockLine(close)).toContain(`${YELLOW}krok 00:16 / 00:20`);
    expect(stripAnsi(close.join('\n'))).not.toContain('czas przekroczony');

    const over = screenAt(21_000);
    expect(stepClockLine(over)).toContain(RED_BOLD);
    expect(stripAnsi(over.join('\n'))).toContain('⚠ czas przekroczony');
  });

  it('marks the overrun in words when colour is off', () => {
    chalk.level = 0;
    const over = screenAt(21_000).join('\n');
    expect(over).not.toContain('\x1b');
    expect(over).toContain('krok 00:21 / 00:20');
    expect(over).toContain('⚠ czas przekroczony');
  });
});
