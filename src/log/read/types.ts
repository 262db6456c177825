/**
 * What the log reader hands to `sessions`, `replay` and `report`: a session as
 * read from its file (start line, events, end), how many lines it had to skip and
 * why, and the one-row summary the listing and the reports are made of.
 */
import type { Stage } from '../../script/types.js';
import type { Outcome, SessionEvent } from '../../session/types.js';

export const SESSION_STATUSES = ['completed', 'aborted', 'interrupted'] as const;
export type SessionStatusName = (typeof SESSION_STATUSES)[number];

/** Lines skipped, by reason (log-format §9). */
export interface SkipCounts {
  /** A last line without its `\n` that is not valid JSON (the writer died mid-line). */
  truncated: number;
  /** Not a JSON object with a string `type`, or a known event with missing or wrong fields. */
  corrupt: number;
  /** An event type this reader does not know. */
  unknownType: number;
  /** A line whose format version is newer than this reader's. */
  newerVersion: number;
  /** Lines over MAX_LINE_BYTES, skipped without being parsed. */
  hugeLines: number;
  /** Lines after the `end` line. */
  afterEnd: number;
  /** Lines past the most a session may have (MAX_SESSION_EVENTS), counted without being read. */
  overLimit: number;
}

export interface ScriptInfo {
  readonly id: string;
  readonly version?: string;
  readonly sha256: string;
  readonly path?: string;
}

/** The start line. Strings are as stored: sanitize them before printing. */
export interface SessionHeader {
  readonly v: number;
  /** ISO time of the start line. */
  readonly t: string;
  /** The same instant in epoch ms. */
  readonly startedAt: number;
  readonly session: string;
  readonly script: ScriptInfo;
  readonly locale: string;
  readonly agent: string;
  readonly host: string;
  readonly coach: string;
  readonly vars: Readonly<Record<string, string>>;
  readonly logPii: boolean;
  /** The actions came from an answers file (`coach run --answers`), not from an agent at the keys. */
  readonly answers: boolean;
}

/** An event line: the machine's event plus its time (`t` as stored, `at` in epoch ms). */
export type LoggedEvent = SessionEvent & { readonly t: string; readonly at: number };
export type LoggedEnd = Extract<LoggedEvent, { type: 'end' }>;

export interface SessionRecord {
  readonly file: string;
  /** Absent when the file is not a session log (see `notALog`). */
  readonly header?: SessionHeader;
  /** Events after the start line, in file order, the `end` included. */
  readonly events: readonly LoggedEvent[];
  readonly end?: LoggedEnd;
  readonly status: SessionStatusName;
  /** Epoch ms of the last line read (the start when there is no event). */
  readonly lastAt: number;
  readonly counts: SkipCounts;
  /** The file does not begin with a start line: it is not a session log. */
  readonly notALog?: true;
  /** The start line's `v` when it is newer than this reader knows (the file was skipped). */
  readonly newerFormat?: number;
  /** The file could not be read (system error code). */
  readonly unreadable?: string;
}

export interface SkippedStep {
  readonly step: string;
  readonly stage: Stage | undefined;
  readonly reason: string;
}

export interface SessionSummary {
  readonly file: string;
  readonly session: string;
  /** Epoch ms of the start. */
  readonly startedAt: number;
  readonly agent: string;
  readonly host: string;
  readonly script: { readonly id: string; readonly version?: string; readonly sha256: string };
  readonly locale: string;
  /** Present when the actions came from an answers file. */
  readonly answers?: true;
  readonly status: SessionStatusName;
  readonly outcome?: Outcome;
  /** Duration: the end line's `ms`, or last line − start for an interrupted session. */
  readonly ms: number;
  /** Steps done on the final path, in path order. */
  readonly done: readonly string[];
  readonly skipped: readonly SkippedStep[];
  readonly unreached: readonly string[];
  /** Stage of each step met in the log, by id. */
  readonly stages: Readonly<Record<string, Stage>>;
  readonly notes: readonly { readonly step: string; readonly text: string }[];
  /** Option chosen per step (the latest choice). */
  readonly choices: Readonly<Record<string, string>>;
  /** Interrupted, and the script snapshot was missing or unusable: `unreached` is unknown. */
  readonly snapshotMissing?: true;
}
