/**
 * Where session logs live and how the folder is laid out. Pure path logic: the
 * environment and the home folder are parameters, so callers and tests choose them.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { SESSION_ID } from './session-id.js';

/** `<log-dir>/<YYYY-MM-DD>/`: one folder per UTC day. */
export const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;
/** `<session-id>.jsonl` inside a day folder: the id's pattern, its end moved past `.jsonl`. */
export const SESSION_FILE = new RegExp(`${SESSION_ID.source.slice(0, -1)}\\.jsonl$`);
/** Content-addressed script snapshots: `<log-dir>/scripts/<sha256>.yaml`. */
export const SCRIPTS_FOLDER = 'scripts';

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `~` and `~/…` are expanded: a value given as `--log-dir=~/logs` never meets a shell. */
function expandHome(path: string, homedir: string): string {
  if (path === '~') return homedir;
  if (path.startsWith('~/')) return join(homedir, path.slice(2));
  return path;
}

/**
 * The log folder, as an absolute path: `--log-dir`, else COACH_LOG_DIR, else
 * `$XDG_DATA_HOME/coach/sessions`, else `~/.local/share/coach/sessions`.
 * A relative XDG_DATA_HOME is ignored, as the XDG specification asks.
 */
export function resolveLogDir(flag: unknown, env: NodeJS.ProcessEnv, homedir: string): string {
  const chosen = nonEmpty(flag) ?? nonEmpty(env.COACH_LOG_DIR);
  if (chosen !== undefined) return resolve(expandHome(chosen, homedir));
  return resolve(xdgHome(env.XDG_DATA_HOME, homedir, 'share'), 'coach', 'sessions');
}

/** An XDG base folder: the variable when it is an absolute path, else `~/.local/<fallback>`. */
function xdgHome(value: unknown, homedir: string, fallback: string): string {
  const xdg = nonEmpty(value);
  return xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir, '.local', fallback);
}

/**
 * Where a call's lines go when its log cannot take them (docs/log-format.md §10),
 * in the order tried: `$XDG_STATE_HOME/coach/recovery` (`~/.local/state/coach/recovery`),
 * then `coach-<user>/recovery` in the system's temp folder, often another disk.
 */
export function recoveryDirs(
  env: NodeJS.ProcessEnv,
  homedir: string,
  tempDir: string,
  user: string,
): string[] {
  const state = resolve(xdgHome(env.XDG_STATE_HOME, homedir, 'state'), 'coach', 'recovery');
  return [state, resolve(tempDir, `coach-${user}`, 'recovery')];
}

/** `YYYY-MM-DD` of an instant, in UTC, so that a day folder does not depend on the time zone. */
export function dayFolderName(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function sessionLogPath(logDir: string, now: number, sessionId: string): string {
  return join(logDir, dayFolderName(now), `${sessionId}.jsonl`);
}

export function scriptsDir(logDir: string): string {
  return join(logDir, SCRIPTS_FOLDER);
}

export function scriptSnapshotPath(logDir: string, sha256: string): string {
  return join(scriptsDir(logDir), `${sha256}.yaml`);
}
