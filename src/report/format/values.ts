/**
 * Numbers, rates, durations, stage names and skip reasons as a reader of the
 * report's language reads them.
 */
import { secondsFormatter } from '../../i18n/durations.js';
import type { Locale } from '../../i18n/index.js';
import { formatNumber, translatorFor } from '../../i18n/index.js';
import { showInvisible } from '../../text/invisible.js';
import { skipReasonLabel, stageName } from '../../view/record-words.js';
import type { Cell, Kind, ReasonText } from './columns.js';

export const MISSING = '—';

export interface ValueFormatter {
  readonly lng: Locale;
  readonly t: ReturnType<typeof translatorFor>;
  format(kind: Kind, value: Cell): string;
  rate(value: number | null): string;
  seconds(ms: number | null): string;
  stage(stage: string): string;
  /** An agent's or a script's name, its invisible characters shown. */
  name(name: string): string;
  /** A top skip reason; null gathers the reasons past the distinct-reason limit. */
  readonly reason: ReasonText;
}

export function valueFormatter(lng: Locale): ValueFormatter {
  const t = translatorFor(lng);
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 });
  const inSeconds = secondsFormatter(lng);
  const rate = (value: number | null) => (value === null ? MISSING : percent.format(value));
  const seconds = (ms: number | null) => (ms === null ? MISSING : inSeconds(ms));
  const stage = (id: string) => stageName(id, t);
  return {
    lng,
    t,
    rate,
    seconds,
    stage,
    name: showInvisible,
    reason: (reason) => (reason === null ? t('report.otherReasons') : skipReasonLabel(reason, t)),
    format(kind, value) {
      if (value === null) return MISSING;
      if (kind === 'stage') return stage(String(value));
      if (kind === 'name') return showInvisible(String(value));
      if (typeof value === 'string') return value;
      if (kind === 'rate') return rate(value);
      if (kind === 'ms') return seconds(value);
      return formatNumber(value, lng);
    },
  };
}
