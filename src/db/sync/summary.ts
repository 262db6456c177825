/** What a pass of `coach sync` tells: lines copied, sessions, files left as they were. */
import { t } from '../../i18n/index.js';
import type { SyncTotals } from './sync.js';

export function syncSummary(totals: SyncTotals, maskedUrl: string): string {
  return t('sync.done', {
    lines: t('sync.lines', { count: totals.lines }),
    sessions: t('sync.sessions', { count: totals.sessions }),
    unchanged: t('sync.unchanged', { count: totals.unchanged, files: totals.files }),
    url: maskedUrl,
  });
}
