/**
 * The session log writer: one JSONL file per session, each event written and
 * flushed to disk before `append` returns. Synchronous on purpose: the screen moves
 * on only once the event is stored, and the `end` line can be written from a signal
 * handler or an `exit` handler, where nothing asynchronous would finish.
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { SessionEvent } from '../session/types.js';
import { sessionLogPath } from './dir.js';
import { LogError, logErrorFrom } from './errors.js';
import { ensurePrivateDir, FILE_MODE, syncDir } from './private-dir.js';
import { redactEvent, redactVars } from './redact.js';
import { isSessionId, newSessionId } from './session-id.js';

export const LOG_FORMAT_VERSION = 1;

export interface ScriptRef {
  readonly id: string;
  readonly version?: string;
  /** sha256 of the script's exact text, as returned by `snapshotScript`. */
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
}

export interface Redaction {
  /** Names of the script's `pii` variables. */
  readonly piiVars: ReadonlySet<string>;
  /** The agent opted in to storing personal values as typed. */
  readonly logPii: boolean;
}

export interface OpenSessionLogOptions {
  readonly logDir: string;
  /** Epoch ms of the start; it names the day folder (UTC) and stamps the start line. */
  readonly now: number;
  /** A chosen id; by default a new one is made from `now`. */
  readonly sessionId?: string;
  readonly start: SessionStart;
  readonly redaction: Redaction;
  /** Events stored with the start line, in the same write (the first step entered). */
  readonly first?: readonly SessionEvent[];
}

export interface SessionLog {
  readonly path: string;
  readonly sessionId: string;
  /** True once an `end` event is stored. */
  readonly ended: boolean;
  /**
   * Stores one event (redacted) with `t` = `now`, flushed to disk. Returns false,
   * writing nothing, after the end or after `close`. Throws a LogError when the
   * disk refuses; the file is then cut back to its last complete line.
   */
  append(event: SessionEvent, now: number): boolean;
  /**
   * Stores several events of one moment in one write and one flush: an action's
   * events reach the disk together or, after a crash mid-write, up to a whole line.
   */
  appendAll(events: readonly SessionEvent[], now: number): boolean;
  /** Closes the file; safe to call more than once. */
  close(): void;
}

/** How many fresh ids to try when a generated one is taken (practically never). */
const ID_ATTEMPTS = 4;

class FileSessionLog implements SessionLog {
  #fd: number | undefined;
  #offset = 0;
  #ended = false;

  constructor(
    fd: number,
    readonly path: string,
    readonly sessionId: string,
    private readonly redaction: Redaction,
  ) {
    this.#fd = fd;
  }

  get ended(): boolean {
    return this.#ended;
  }

  append(event: SessionEvent, now: number): boolean {
    return this.appendAll([event], now);
  }

  appendAll(events: readonly SessionEvent[], now: number): boolean {
    if (this.#ended || this.#fd === undefined) return false;
    const t = new Date(now).toISOString();
    const records: Record<string, unknown>[] = [];
    for (const event of events) {
      records.push({ t, ...redactEvent(event, this.redaction.piiVars, this.redaction.logPii) });
      // Nothing is stored after the end line.
      if (event.type === 'end') break;
    }
    if (records.length === 0) return true;
    this.writeLines(records);
    if (records.at(-1)?.type === 'end') this.#ended = true;
    return true;
  }

  close(): void {
    const fd = this.#fd;
    this.#fd = undefined;
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } catch {
      // Every line was flushed when it was written; a failing close loses nothing.
    }
  }

  writeLines(records: readonly Readonly<Record<string, unknown>>[]): void {
    const fd = this.#fd;
    if (fd === undefined) return;
    const text = records.map((record) => `${JSON.stringify(record)}\n`).join('');
    const bytes = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        written += writeSync(fd, bytes, written, bytes.length - written, this.#offset + written);
      }
      fsyncSync(fd);
      this.#offset += bytes.length;
    } catch (error) {
      // A half-written line would glue itself to the next one: cut it off.
      try {
        ftruncateSync(fd, this.#offset);
      } catch {
        // The disk refuses even that; readers skip a broken line.
      }
      throw logErrorFrom(error, this.path);
    }
  }
}

function openExclusive(options: OpenSessionLogOptions): { fd: number; path: string; id: string } {
  const { logDir, now, sessionId } = options;
  if (sessionId !== undefined && !isSessionId(sessionId)) {
    throw new RangeError(`not a session id: ${sessionId}`);
  }
  for (let attempt = 1; ; attempt++) {
    const id = sessionId ?? newSessionId(now);
    const path = sessionLogPath(logDir, now, id);
    try {
      return { fd: openSync(path, 'wx', FILE_MODE), path, id };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw logErrorFrom(error, path);
      if (sessionId !== undefined || attempt >= ID_ATTEMPTS) {
        throw new LogError('log.errors.exists', path, code, error);
      }
    }
  }
}

/**
 * Creates `<log-dir>/<YYYY-MM-DD>/<session-id>.jsonl` (folders 0700, file 0600,
 * never an existing file) and writes its start line. Throws a LogError when the
 * folder cannot be created or written.
 */
export function openSessionLog(options: OpenSessionLogOptions): SessionLog {
  const { logDir, now, start, redaction } = options;
  const dayDir = dirname(sessionLogPath(logDir, now, '_'));
  try {
    ensurePrivateDir(dayDir);
  } catch (error) {
    throw logErrorFrom(error, dayDir);
  }
  const { fd, path, id } = openExclusive(options);
  const log = new FileSessionLog(fd, path, id, redaction);
  try {
    fchmodSync(fd, FILE_MODE);
    const first = (options.first ?? []).map((event) => ({
      t: new Date(now).toISOString(),
      ...redactEvent(event, redaction.piiVars, redaction.logPii),
    }));
    log.writeLines([
      {
        v: LOG_FORMAT_VERSION,
        t: new Date(now).toISOString(),
        type: 'start',
        session: id,
        script: {
          id: start.script.id,
          version: start.script.version,
          sha256: start.script.sha256,
          path: start.script.path,
        },
        locale: start.locale,
        agent: start.agent,
        host: start.host,
        coach: start.coach,
        vars:
          start.vars === undefined
            ? undefined
            : redactVars(start.vars, redaction.piiVars, redaction.logPii),
        logPii: redaction.logPii,
      },
      ...first,
    ]);
  } catch (error) {
    // A log without its start line is no log: leave nothing behind.
    log.close();
    rmSync(path, { force: true });
    throw logErrorFrom(error, path);
  }
  syncDir(dayDir);
  return log;
}
