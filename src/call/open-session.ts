/**
 * Opens the log of a new call and starts the machine on it: the script's text is
 * snapshotted, the start line written, and the first step entered — all on disk
 * before anything is drawn.
 */
import { hostname } from 'node:os';
import pkg from '../../package.json' with { type: 'json' };
import type { FileSystem } from '../io/file-system.js';
import { checkLogFolder, openSessionLog, type SessionLog, storeSnapshot } from '../log/index.js';
import type { LoadedScript } from '../script-files/load-script.js';
import { startSession } from '../session/index.js';
import { requireGivenVars } from './given-vars.js';
import { Recorder } from './recorder.js';

export interface OpenedSession {
  readonly recorder: Recorder;
  readonly log: SessionLog;
  /** Values the call starts with: script defaults, then --var, then the agent (the machine's start). */
  readonly vars: Readonly<Record<string, string>>;
  /** Where the script's snapshot should be but a folder stands: the call is not replayable as shown. */
  readonly blockedSnapshot?: string;
}

export function openSession(options: {
  readonly loaded: LoadedScript;
  readonly logDir: string;
  readonly locale: string;
  readonly agent: string;
  readonly vars: Readonly<Record<string, string>>;
  readonly logPii: boolean;
  readonly now: number;
  /** The actions come from an answers file: the start line says so. */
  readonly answers?: boolean;
  /** Folders for a recovery file, should the log refuse a write (none: kept in memory only). */
  readonly recoveryDirs?: readonly string[];
  /** The disk; Node's by default. */
  readonly fileSystem?: FileSystem;
}): OpenedSession {
  const { loaded, logDir, now } = options;
  const { script } = loaded;
  requireGivenVars(script, options.vars);
  checkLogFolder(logDir);
  const { sha256, blocked } = storeSnapshot(logDir, loaded.source, options.fileSystem);
  // What does not come from the script; the machine adds the script's defaults, here
  // and again when a replay starts it from the start line (docs/log-format.md §4).
  const given = { ...options.vars, agent: options.agent };
  const started = startSession(script, now, given);
  const log = openSessionLog({
    logDir,
    now,
    start: {
      script: {
        id: script.id,
        ...(script.version === undefined ? {} : { version: script.version }),
        sha256,
        ...(loaded.builtin ? {} : { path: loaded.path }),
      },
      locale: options.locale,
      agent: options.agent,
      host: hostname(),
      coach: pkg.version,
      vars: given,
      ...(options.answers ? { answers: true } : {}),
    },
    redaction: {
      piiVars: new Set(script.variables.filter((v) => v.pii).map((v) => v.name)),
      logPii: options.logPii,
    },
    // The first step is entered in the same write as the start line.
    first: started.events,
    ...(options.recoveryDirs ? { recoveryDirs: options.recoveryDirs } : {}),
    ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}),
  });
  const recorder = Recorder.resume(script, log, started.state);
  return {
    recorder,
    log,
    vars: started.state.vars,
    ...(blocked === undefined ? {} : { blockedSnapshot: blocked }),
  };
}

/**
 * Ends the call as aborted and closes its log, from a signal or a dead terminal:
 * synchronous, and silent, since nothing can be shown any more. The log keeps
 * every line written so far; readers mark a log without its end interrupted.
 */
export function endCall(session: OpenedSession, now: number): void {
  try {
    session.recorder.abort(now);
    session.log.close();
  } catch {
    // Nothing more can be done from here.
  }
}
