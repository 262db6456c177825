import { describe, expect, it } from 'vitest';
import { smallInteger } from '../../src/i18n/digits.js';
import { formatNumber, initI18n, LOCALES, t } from '../../src/i18n/index.js';

describe.each(LOCALES)('small whole numbers in %s', (lng) => {
  it('print exactly as Intl prints them, 0 to 999', () => {
    const intl = new Intl.NumberFormat(lng);
    const padded = new Intl.NumberFormat(lng, { minimumIntegerDigits: 2, useGrouping: false });
    for (let n = 0; n < 1000; n++) {
      expect(smallInteger(n, lng)).toBe(intl.format(n));
      expect(smallInteger(n, lng, 2)).toBe(padded.format(n));
    }
  });

  it('leave other numbers to Intl', () => {
    for (const n of [-1, 1.5, 1000, 123456, Number.NaN])
      expect(smallInteger(n, lng)).toBeUndefined();
    expect(formatNumber(123456, lng)).toBe(new Intl.NumberFormat(lng).format(123456));
  });

  it('are what {{count, number}} prints', () => {
    initI18n(lng);
    const text = t('screen.summary.done', { count: 7 });
    expect(text).toContain(new Intl.NumberFormat(lng).format(7));
    initI18n('en');
  });
});
