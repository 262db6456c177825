/**
 * What must not be stored: values of personal (`pii`) variables, unless the agent
 * opted in. Notes are the agent's own free text and are kept as written.
 */
import type { SessionEvent } from '../session/types.js';

export const REDACTED = '‹redacted›';

/** The event as the log may store it. Returns the same object when nothing changes. */
export function redactEvent(
  event: SessionEvent,
  piiVars: ReadonlySet<string>,
  logPii: boolean,
): SessionEvent {
  if (logPii || event.type !== 'capture' || !piiVars.has(event.var)) return event;
  return { ...event, value: REDACTED };
}

/** Variable values for the start line, with the same rule. */
export function redactVars(
  vars: Readonly<Record<string, string>>,
  piiVars: ReadonlySet<string>,
  logPii: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) {
    // defineProperty: a variable named `__proto__` must stay a plain key.
    Object.defineProperty(out, name, {
      value: !logPii && piiVars.has(name) ? REDACTED : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
