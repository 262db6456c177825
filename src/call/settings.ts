/**
 * Who is calling and with what: flags first, then environment, then defaults.
 */
import { userInfo } from 'node:os';
import { UsageError } from '../errors.js';
import { sanitizeLine } from '../text/sanitize.js';

const VAR_NAME = /^[a-z][a-zA-Z0-9_]*$/;

/** `--var name=value` (repeatable) → { name: value }. The last of a name wins. */
export function parseVars(pairs: readonly string[] | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !VAR_NAME.test(name)) {
      throw new UsageError('run.errors.badVar', { value: pair }, { hint: 'run.errors.badVarHint' });
    }
    Object.defineProperty(vars, name, {
      value: pair.slice(at + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
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

/** `--agent`, else COACH_AGENT, else the OS user, else "agent". */
export function resolveAgent(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const candidates = [flag, env.COACH_AGENT, osUser()];
  for (const candidate of candidates) {
    if (typeof candidate === 'string') {
      const clean = sanitizeLine(candidate).trim();
      if (clean) return clean;
    }
  }
  return 'agent';
}
