/**
 * Session statuses as people read and type them. `coach sessions` shows each in
 * the interface language (`ended early` for `aborted`), and `coach report` names
 * them in its columns; `--status` takes what they show, in any case, as well as
 * the ids of the logs and the JSON. What is typed becomes the id here; the
 * reader's filter (log/read/filter.ts) then judges the id, and refuses anything
 * else with the ids it knows.
 */
import { t } from '../i18n/index.js';
import { SESSION_STATUSES, type SessionStatusName } from '../log/read/index.js';

/** How the session list shows a status. */
export function statusLabel(status: SessionStatusName): string {
  return t(`sessions.status.${status}`);
}

/** Every way a status is shown to the user in the interface language. */
const shownAs = (status: SessionStatusName) => [statusLabel(status), t(`report.columns.${status}`)];

/**
 * `--status` as typed: the status it names when it is one as shown, else as
 * given, for `parseFilters` to judge.
 */
export function statusFilterValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const typed = value.trim().toLocaleLowerCase();
  const named = SESSION_STATUSES.find((status) =>
    shownAs(status).some((label) => label.toLocaleLowerCase() === typed),
  );
  return named ?? value;
}
