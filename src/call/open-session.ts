/**
 * Opens the log of a new call and starts the machine on it: the script's text is
 * snapshotted, the start line written, and the first step entered — all on disk
 * before anything is drawn.
 */
import { hostname } from 'node:os';
import pkg from '../../package.json' with { type: 'json' };
import { openSessionLog, type SessionLog, snapshotScript } from '../log/index.js';
import type { LoadedScript } from '../script-files/load-script.js';
import { startSession } from '../session/index.js';
import { Recorder } from './recorder.js';

export interface OpenedSession {
  readonly recorder: Recorder;
  readonly log: SessionLog;
  /** Values the call starts with: script defaults, then --var, then the agent (the machine's start). */
  readonly vars: Readonly<Record<string, string>>;
}

export function openSession(options: {
  readonly loaded: LoadedScript;
  readonly logDir: string;
  readonly locale: string;
  readonly agent: string;
  readonly vars: Readonly<Record<string, string>>;
  readonly logPii: boolean;
  readonly now: number;
}): OpenedSession {
  const { loaded, logDir, now } = options;
  const { script } = loaded;
  const sha256 = snapshotScript(logDir, loaded.source);
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
    },
    redaction: {
      piiVars: new Set(script.variables.filter((v) => v.pii).map((v) => v.name)),
      logPii: options.logPii,
    },
    // The first step is entered in the same write as the start line.
    first: started.events,
  });
  const recorder = Recorder.resume(script, log, started.state);
  return { recorder, log, vars: started.state.vars };
}
