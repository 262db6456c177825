/**
 * The lines every reading command prints on stderr after its output: one with the
 * skipped-line counts, if any, and one warning per file it could not use.
 */
import { t } from '../../i18n/index.js';
import { sanitizeLine } from '../../text/sanitize.js';
import type { FindNotes } from './find/copies.js';
import { NOT_A_FILE } from './open-file.js';
import { type ReadTally, totalSkipped } from './tally.js';
import type { SkipCounts } from './types.js';

const REASONS: readonly (keyof SkipCounts)[] = [
  'truncated',
  'corrupt',
  'unknownType',
  'newerVersion',
  'hugeLines',
  'afterEnd',
  'overLimit',
];

/** What finding the files noticed: copies left out, folders in doubt (without `\n`). */
export function findLines(notes: FindNotes): string[] {
  const out: string[] = [];
  if (notes.duplicates > 0) out.push(t('reader.duplicates', { count: notes.duplicates }));
  for (const { folder, doubt } of notes.doubts ?? []) {
    const key = doubt === 'otherOwner' ? 'reader.doubtOtherOwner' : 'reader.doubtWritableByAll';
    out.push(t(key, { folder: sanitizeLine(folder) }));
  }
  return out;
}

/** Localized lines, each ending in `\n`; empty when everything was read. */
export function tallyLines(tally: ReadTally): string {
  const out: string[] = [];
  const total = totalSkipped(tally.counts);
  if (total > 0) {
    const parts = REASONS.filter((reason) => tally.counts[reason] > 0).map((reason) =>
      t(`reader.reasons.${reason}`, { count: tally.counts[reason] }),
    );
    out.push(t('reader.skipped', { count: total, reasons: parts.join(t('reader.separator')) }));
  }
  out.push(...findLines(tally));
  for (const file of tally.notLogs) out.push(t('reader.notALog', { file: sanitizeLine(file) }));
  for (const { file, v } of tally.newer) {
    out.push(t('reader.newerFormat', { file: sanitizeLine(file), v }));
  }
  for (const { file, code } of tally.unreadable) {
    const clean = sanitizeLine(file);
    if (code === NOT_A_FILE) out.push(t('reader.notAFile', { file: clean }));
    else out.push(t('reader.unreadable', { file: clean, code: sanitizeLine(code) }));
  }
  return out.map((line) => `${line}\n`).join('');
}
