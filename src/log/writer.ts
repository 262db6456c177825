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
import { ensurePrivateDir, FILE_MODE, syncDir } from './private-dir.js';
import {
  eventRecords,
  type LogRecord,
  type Redaction,
  type SessionStart,
  startRecord,
} from './records.js';
import { isSessionId, newSessionId } from './session-id.js';

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
  /** The disk; Node's by default. */
  readonly fileSystem?: FileSystem;
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
  #ended = false;

  constructor(
    private readonly file: LineFile,
    readonly sessionId: string,
    private readonly redaction: Redaction,
  ) {}

  get path(): string {
    return this.file.path;
  }

  get ended(): boolean {
    return this.#ended;
  }

  append(event: SessionEvent, now: number): boolean {
    return this.appendAll([event], now);
  }

  appendAll(events: readonly SessionEvent[], now: number): boolean {
    if (this.#ended || !this.file.open) return false;
    this.store(eventRecords(events, now, this.redaction));
    return true;
  }

  /** Writes the lines; once an `end` line is among them, nothing more is stored. */
  store(records: readonly LogRecord[]): void {
    this.file.writeLines(records);
    if (records.some((record) => record.type === 'end')) this.#ended = true;
  }

  close(): void {
    this.file.close();
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
  const log = new FileSessionLog(new LineFile(fd, path, fs), id, redaction);
  try {
    // The mode given to open passes through the umask; a log must be 0600 whatever it is.
    fs.fchmodSync(fd, FILE_MODE);
    const first = eventRecords(options.first ?? [], now, redaction);
    log.store([startRecord(id, now, start, redaction), ...first]);
  } catch (error) {
    // A log without its start line is no log: leave nothing behind.
    log.close();
    fs.rmSync(path, { force: true });
    throw logErrorFrom(error, path);
  }
  syncDir(dayDir, fs);
  return log;
}
