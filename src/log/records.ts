/**
 * What a session log's lines hold (docs/log-format.md §4, §5): the start line and
 * the event lines, redacted, each stamped with its time.
 */
import type { SessionEvent } from '../session/types.js';
import { redactEvent, redactVars } from './redact.js';

export const LOG_FORMAT_VERSION = 1;

export interface ScriptRef {
  readonly id: string;
  readonly version?: string;
  /** sha256 of the script's exact text, as returned by `storeSnapshot`. */
  readonly sha256: string;
  /** Where the script was loaded from; absent for the built-in script. */
  readonly path?: string;
}

/** What the start line records besides `v`, `t`, `type` and `session`. */
export interface SessionStart {
  readonly script: ScriptRef;
  readonly locale: string;
  readonly agent: string;
  readonly host: string;
  /** Version of coach that wrote the log. */
  readonly coach: string;
  /** Variable values the session started with; personal ones are redacted like captures. */
  readonly vars?: Readonly<Record<string, string>>;
  /** The actions came from an answers file (`--answers`), not from an agent at the keys. */
  readonly answers?: boolean;
}

export interface Redaction {
  /** Names of the script's `pii` variables. */
  readonly piiVars: ReadonlySet<string>;
  /** The agent opted in to storing personal values as typed. */
  readonly logPii: boolean;
}

export type LogRecord = Readonly<Record<string, unknown>>;

export function startRecord(
  session: string,
  now: number,
  start: SessionStart,
  redaction: Redaction,
): LogRecord {
  const { script, vars } = start;
  return {
    v: LOG_FORMAT_VERSION,
    t: new Date(now).toISOString(),
    type: 'start',
    session,
    // Copied field by field: the line holds what the format names, nothing a caller adds.
    script: { id: script.id, version: script.version, sha256: script.sha256, path: script.path },
    locale: start.locale,
    agent: start.agent,
    host: start.host,
    coach: start.coach,
    vars: vars === undefined ? undefined : redactVars(vars, redaction.piiVars, redaction.logPii),
    logPii: redaction.logPii,
    // Only when true: sessions of agents at the keys keep the line they always had.
    answers: start.answers === true ? true : undefined,
  };
}

/** The text of records as the file holds them: one JSON object a line, each ending in LF. */
export function linesOf(records: readonly LogRecord[]): string[] {
  return records.map((record) => `${JSON.stringify(record)}\n`);
}

/** The events' lines, `t` first; nothing is stored after an `end`. */
export function eventRecords(
  events: readonly SessionEvent[],
  now: number,
  redaction: Redaction,
): LogRecord[] {
  const t = new Date(now).toISOString();
  const records: LogRecord[] = [];
  for (const event of events) {
    records.push({ t, ...redactEvent(event, redaction.piiVars, redaction.logPii) });
    if (event.type === 'end') break;
  }
  return records;
}
