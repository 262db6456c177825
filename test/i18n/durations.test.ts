/** How durations print, in every view of a call. */
import { describe, expect, it } from 'vitest';
import { formatClock, secondsFormatter } from '../../src/i18n/durations.js';
import { initI18n } from '../../src/i18n/index.js';

describe('formatClock', () => {
  it('shows minutes and seconds, hours once there are any', () => {
    expect(formatClock(0, 'en')).toBe('00:00');
    expect(formatClock(65_999, 'pl')).toBe('01:05');
    expect(formatClock(3_725_000, 'cs')).toBe('1:02:05');
    expect(formatClock(-5, 'en')).toBe('00:00');
  });

  it('writes Bengali digits for bn', () => {
    expect(formatClock(133_000, 'bn')).toBe('০২:১৩');
  });
});

describe('secondsFormatter', () => {
  it('writes seconds with one decimal in the locale', () => {
    initI18n('en');
    expect(secondsFormatter('en')(12_345)).toBe('12.3 s');
    expect(secondsFormatter('cs')(12_345)).toMatch(/^12,3/);
  });
});
