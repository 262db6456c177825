/**
 * The session log writer: one JSONL file per session, never shared, each action's
 * events flushed to disk before `appendAll` returns.
 */
import { dirname } from 'node:path';
import { type FileSystem, nodeFileSystem } from '../io/file-system.js';
import type { SessionEvent } from '../session/types.js';
import { sessionLogPath } from './dir.js';
import { LogError, logErrorFrom } from './errors.js';
import { LineFile } from './line-file.js';
import { LineStore, type Unsaved } from './line-store.js';
import { ensurePrivateDir, FILE_MODE, syncDir } from './private-dir.js';
import {
  eventRecords,
  type LogRecord,
  linesOf,
  type Redaction,
  type SessionStart,
  startRecord,
} from './records.js';
import { isSessionId, newSessionId } from './session-id.js';

export type { LogProblem } from './errors.js';
export type { Unsaved } from './line-store.js';
export { LOG_FORMAT_VERSION, type Redaction, type SessionStart } from './records.js';

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
  /** Folders for a recovery file, in order, should the log refuse a write (none: kept in memory only). */
  readonly recoveryDirs?: readonly string[];
  /** The disk; Node's by default. */
  readonly fileSystem?: FileSystem;
}

export interface SessionLog {
  readonly path: string;
  readonly sessionId: string;
  /** True once an `end` event is accepted. */
  readonly ended: boolean;
  /** What the log does not hold and why; undefined while it holds every line. */
  readonly unsaved: Unsaved | undefined;
  /**
   * Accepts one event (redacted) with `t` = `now` and stores it, flushed to disk.
   * Returns false, keeping nothing, after the end or after `close`. When the disk
   * refuses, the event is kept (see `unsaved`) and written with a later one.
   */
  append(event: SessionEvent, now: number): boolean;
  /**
   * Accepts several events of one moment, stored in one write and one flush: an
   * action's events reach the disk together or, after a crash mid-write, up to a
   * whole line.
   */
  appendAll(events: readonly SessionEvent[], now: number): boolean;
  /** Writes again what the log lacks; with nothing pending, checks the file is still in place. */
  retry(): void;
  /** Tries a last time to store what is pending, then closes; safe to call more than once. */
  close(): void;
}

/** How many fresh ids to try when a generated one is taken (practically never). */
const ID_ATTEMPTS = 4;

const hasEnd = (records: readonly LogRecord[]) => records.some((r) => r.type === 'end');

class FileSessionLog implements SessionLog {
  #ended: boolean;
  #closed = false;

  constructor(
    readonly path: string,
    private readonly store: LineStore,
    private readonly redaction: Redaction,
    ended: boolean,
  ) {
    this.#ended = ended;
  }

  get sessionId(): string {
    return this.store.sessionId;
  }

  get ended(): boolean {
    return this.#ended;
  }

  get unsaved(): Unsaved | undefined {
    return this.store.unsaved;
  }

  append(event: SessionEvent, now: number): boolean {
    return this.appendAll([event], now);
  }

  appendAll(events: readonly SessionEvent[], now: number): boolean {
    if (this.#ended || this.#closed) return false;
    const records = eventRecords(events, now, this.redaction);
    // Once an `end` line is accepted, nothing more is.
    if (hasEnd(records)) this.#ended = true;
    this.store.add(linesOf(records));
    return true;
  }

  retry(): void {
    if (!this.#closed) this.store.store();
  }

  close(): void {
    if (this.#closed) return;
    this.store.store();
    this.#closed = true;
    this.store.close();
  }
}

function openExclusive(
  options: OpenSessionLogOptions,
  fs: FileSystem,
): { fd: number; path: string; id: string } {
  const { logDir, now, sessionId } = options;
  if (sessionId !== undefined && !isSessionId(sessionId)) {
    throw new RangeError(`not a session id: ${sessionId}`);
  }
  for (let attempt = 1; ; attempt++) {
    const id = sessionId ?? newSessionId(now);
    const path = sessionLogPath(logDir, now, id);
    try {
      return { fd: fs.openSync(path, 'wx', FILE_MODE), path, id };
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
  const fs = options.fileSystem ?? nodeFileSystem;
  const dayDir = dirname(sessionLogPath(logDir, now, '_'));
  try {
    ensurePrivateDir(dayDir, fs);
  } catch (error) {
    throw logErrorFrom(error, dayDir);
  }
  const { fd, path, id } = openExclusive(options, fs);
  const file = new LineFile(fd, path, fs);
  const records = [startRecord(id, now, start, redaction)];
  records.push(...eventRecords(options.first ?? [], now, redaction));
  const lines = linesOf(records);
  try {
    // The mode given to open passes through the umask; a log must be 0600 whatever it is.
    fs.fchmodSync(fd, FILE_MODE);
    file.append(lines.join(''));
  } catch (error) {
    // A log without its start line is no log: leave nothing behind.
    file.close();
    fs.rmSync(path, { force: true });
    throw logErrorFrom(error, path);
  }
  syncDir(dayDir, fs);
  const store = new LineStore(file, lines, id, options.recoveryDirs ?? [], fs);
  return new FileSessionLog(path, store, redaction, hasEnd(records));
}
