/** Session logs made by the pure machine, as the writer would store them. */
import type { LoggedEvent, SessionHeader } from '../../src/log/read/types.js';
import type { Script } from '../../src/script/types.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionEvent, SessionState } from '../../src/session/types.js';

export const T0 = Date.UTC(2026, 10, 23, 14, 32, 1, 123);

export interface MadeLog {
  readonly header: SessionHeader;
  readonly events: LoggedEvent[];
  /** State after the start, then after each action, with the time it was applied. */
  readonly states: { readonly state: SessionState; readonly now: number }[];
}

const stamp = (event: SessionEvent, at: number): LoggedEvent =>
  ({ t: new Date(at).toISOString(), at, ...event }) as LoggedEvent;

export function makeLog(
  script: Script,
  steps: readonly (readonly [Action, number])[],
  extra: { locale?: string; agent?: string; vars?: Record<string, string> } = {},
): MadeLog {
  const vars = extra.vars ?? { company: 'Loja Azul', agent: extra.agent ?? 'ana' };
  const header: SessionHeader = {
    v: 1,
    t: new Date(T0).toISOString(),
    startedAt: T0,
    session: '01M84D4AV3C5JCZV4W59X8YEKF',
    script: { id: script.id, sha256: 'a'.repeat(64) },
    locale: extra.locale ?? 'en',
    agent: extra.agent ?? 'ana',
    host: 'ws-17',
    coach: '0.1.0',
    vars,
    logPii: false,
    answers: false,
  };
  const started = startSession(script, T0, vars);
  const events = started.events.map((event) => stamp(event, T0));
  const states = [{ state: started.state, now: T0 }];
  let state = started.state;
  let now = T0;
  for (const [action, delta] of steps) {
    now += delta;
    const transition = applyAction(script, state, action, now);
    if (!transition.ok) throw new Error(`${JSON.stringify(action)} refused: ${transition.reason}`);
    state = transition.state;
    events.push(...transition.events.map((event) => stamp(event, now)));
    states.push({ state, now });
  }
  return { header, events, states };
}

/** The log as a JSONL file. */
export function logText(log: MadeLog): string {
  const { startedAt: _s, t, ...start } = log.header;
  const lines = [
    JSON.stringify({ t, type: 'start', ...start }),
    ...log.events.map(({ at: _a, ...event }) => JSON.stringify(event)),
  ];
  return `${lines.join('\n')}\n`;
}
