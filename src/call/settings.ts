/**
 * Who is calling and with what: flags first, then environment, then defaults.
 * What comes in is held to the limits of src/call/limits.ts: it is written in the
 * session's start line.
 */
import { homedir, tmpdir, userInfo } from 'node:os';
import { UsageError } from '../errors.js';
import { recoveryDirs } from '../log/index.js';
import { sanitizeLine } from '../text/sanitize.js';
import { AGENT_LIMIT, TEXT_LIMITS, VAR_NAME_LIMIT, VARS_LIMIT, withinLimit } from './limits.js';

const VAR_NAME = new RegExp(`^[a-z][a-zA-Z0-9_]{0,${VAR_NAME_LIMIT - 1}}$`);

/** `--var name=value` (repeatable) → { name: value }. The last of a name wins. */
export function parseVars(pairs: readonly string[] | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !VAR_NAME.test(name)) {
      const shown = withinLimit(pair, VAR_NAME_LIMIT * 2)
        ? pair
        : `${pair.slice(0, VAR_NAME_LIMIT)}…`;
      throw new UsageError(
        'run.errors.badVar',
        { value: shown },
        { hint: 'run.errors.badVarHint' },
      );
    }
    const value = pair.slice(at + 1);
    if (!withinLimit(value, TEXT_LIMITS.value)) {
      const count = TEXT_LIMITS.value;
      throw new UsageError(
        'run.errors.varTooLong',
        { name, count },
        { hint: 'run.errors.varTooLongHint' },
      );
    }
    Object.defineProperty(vars, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (Object.keys(vars).length > VARS_LIMIT) {
    throw new UsageError('run.errors.tooManyVars', { count: VARS_LIMIT });
  }
  return vars;
}

function osUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/** `--agent`, else COACH_AGENT, else the OS user, else "agent". A name too long to be one is refused. */
export function resolveAgent(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const candidates = [flag, env.COACH_AGENT, osUser()];
  for (const candidate of candidates) {
    if (typeof candidate === 'string') {
      const clean = sanitizeLine(candidate).trim();
      if (!withinLimit(clean, AGENT_LIMIT)) {
        throw new UsageError('run.errors.agentTooLong', { count: AGENT_LIMIT });
      }
      if (clean) return clean;
    }
  }
  return 'agent';
}

/** Folders for the call's recovery file, should its log refuse a write (docs/log-format.md §10). */
export function recoveryFolders(env: NodeJS.ProcessEnv): string[] {
  const user = process.getuid?.() ?? osUser() ?? 'agent';
  return recoveryDirs(env, homedir(), tmpdir(), String(user));
}
