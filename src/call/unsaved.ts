/**
 * What a call leaves when its log does not hold all of it (docs/log-format.md
 * §10): the file that holds the whole call, if any, and the failure the command
 * ends with (exit 1), saying where the call is kept or how much of it is lost.
 */
import { FailureError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { SessionLog } from '../log/index.js';

/** The file that holds the whole call: the log, or the recovery file; none when neither does. */
export function wholeRecord(log: SessionLog): string | undefined {
  const unsaved = log.unsaved;
  return unsaved === undefined ? log.path : unsaved.recovery;
}

/** The failure to end with when the log does not hold the whole call; undefined when it does. */
export function unsavedError(log: SessionLog): FailureError | undefined {
  const unsaved = log.unsaved;
  if (unsaved === undefined) return undefined;
  const problem = t(`log.problems.${unsaved.problem}`);
  if (unsaved.recovery !== undefined) {
    const params = { log: log.path, path: unsaved.recovery, problem };
    return new FailureError('run.errors.savedElsewhere', params, {
      hint: 'run.errors.savedElsewhereHint',
    });
  }
  const hint = { hint: 'log.errors.hint' };
  if (unsaved.problem === 'gone')
    return new FailureError('run.errors.logGone', { log: log.path }, hint);
  const params = { log: log.path, count: unsaved.actions, problem };
  return new FailureError('run.errors.notSaved', params, hint);
}
