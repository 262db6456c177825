/**
 * The line that says the call's record is not on disk: why, how many actions are
 * waiting, and where they are kept. It has a symbol as well as a colour, so that it
 * reads the same without colour.
 */
import { paragraph } from './layout.js';
import { paint } from './theme.js';
import type { Translate } from './translate.js';

/**
 * What the screen reads of the recorder's `storage` (src/call/storage.ts, which
 * this folder may not import: the recorder's value is checked against this shape
 * where the live screen passes it on).
 */
export type StorageView =
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'unsaved';
      /** full, io, readOnly, denied or gone. */
      readonly problem: string;
      /** Actions accepted since the log last took a write. */
      readonly pending: number;
      /** Where the call's events are kept instead, once that file holds them. */
      readonly recovery?: string;
    };

export const STORAGE_PROBLEMS = ['full', 'io', 'readOnly', 'denied', 'gone'] as const;

export function renderStorage(
  storage: StorageView | undefined,
  columns: number,
  t: Translate,
): string[] {
  if (!storage || storage.kind === 'saved') return [];
  const known = (STORAGE_PROBLEMS as readonly string[]).includes(storage.problem);
  const why = t(`screen.storage.problems.${known ? storage.problem : 'io'}`);
  const count = storage.pending;
  const kept =
    storage.recovery !== undefined
      ? t('screen.storage.recovery', { count, path: storage.recovery })
      : count > 0
        ? t('screen.storage.pending', { count })
        : t('screen.storage.nonePending');
  return paragraph(`⚠ ${t('screen.storage.notSaved', { why })} ${kept}`, columns, paint.alert);
}
