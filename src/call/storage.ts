/**
 * Whether what the agent did is on disk: what the live screen shows about the
 * call's record. `saved`: every accepted action is in the session log.
 * `unsaved`: the log cannot be written (the disk is full, failing, read-only,
 * or the log folder is gone); the actions since are kept, `pending` of them,
 * and written as soon as they can be — to the log, or to the recovery file.
 */
import type { LogProblem } from '../log/index.js';

export type StorageProblem = LogProblem;

export type Storage =
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'unsaved';
      readonly problem: StorageProblem;
      /** Actions accepted since the log last took a write. */
      readonly pending: number;
      /** Where the call's events are kept instead, once that file holds them. */
      readonly recovery?: string;
    };

export const SAVED: Storage = { kind: 'saved' };
