/** Numbers, rates and durations as a reader of the report's language writes them. */
import { secondsFormatter } from '../../i18n/durations.js';
import type { Locale } from '../../i18n/index.js';
import { formatNumber, translatorFor } from '../../i18n/index.js';
import type { Cell, Kind } from './columns.js';

export const MISSING = '—';

export interface ValueFormatter {
  readonly lng: Locale;
  readonly t: ReturnType<typeof translatorFor>;
  format(kind: Kind, value: Cell): string;
  rate(value: number | null): string;
  seconds(ms: number | null): string;
}

export function valueFormatter(lng: Locale): ValueFormatter {
  const t = translatorFor(lng);
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 });
  const inSeconds = secondsFormatter(lng);
  const rate = (value: number | null) => (value === null ? MISSING : percent.format(value));
  const seconds = (ms: number | null) => (ms === null ? MISSING : inSeconds(ms));
  return {
    lng,
    t,
    rate,
    seconds,
    format(kind, value) {
      if (value === null) return MISSING;
      if (typeof value === 'string') return value;
      if (kind === 'rate') return rate(value);
      if (kind === 'ms') return seconds(value);
      return formatNumber(value, lng);
    },
  };
}
