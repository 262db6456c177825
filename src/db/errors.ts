/**
 * What goes wrong with the team database, as one line and a hint: the server
 * cannot be reached, refuses the password, lacks a privilege, is full, or holds
 * a schema this coach does not know. Every one exits 1. Messages name the
 * database by its masked URL and never carry a password.
 */
import { CoachError, FailureError, type MessageParams } from '../errors.js';
import { sanitizeLine } from '../text/sanitize.js';
import { maskUrl } from './url.js';

export class DbError extends FailureError {}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);

/** The key of what `error` says about the database, by PostgreSQL's SQLSTATE or the system's code. */
export function kindOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string') {
    if (UNREACHABLE.has(code) || code.startsWith('08') || code.startsWith('57P')) {
      return 'unreachable';
    }
    if (code === '28P01' || code === '28000') return 'auth';
    if (code === '3D000') return 'noDatabase';
    if (code === '42501') return 'privilege';
    if (code.startsWith('53')) return 'serverFull';
  }
  if (/timeout|terminated|Connection closed|not queryable|connection error/i.test(message)) {
    return 'unreachable';
  }
  // The server asked for a password and none was given.
  if (/SASL|password must be a string/i.test(message)) return 'auth';
  return 'failed';
}

/** Whether retrying later may succeed (the server away or restarting), as `--follow` waits for. */
export function isTransient(error: unknown): boolean {
  if (error instanceof DbError) return error.key === 'db.errors.unreachable';
  const kind = kindOf(error);
  const code = (error as { code?: unknown }).code;
  return kind === 'unreachable' || code === '40001' || code === '40P01';
}

/** The one-line error for `error` met while using the database at `url`. */
export function dbError(error: unknown, url: string): CoachError {
  // coach's own errors (a bad filter, a newer schema) are already what to tell.
  if (error instanceof CoachError) return error;
  const kind = kindOf(error);
  const params: MessageParams = {
    url: maskUrl(url),
    code: String((error as { code?: unknown }).code ?? ''),
    detail: sanitizeLine(error instanceof Error ? maskUrl(error.message) : String(error)),
  };
  return new DbError(`db.errors.${kind}`, params, {
    hint: `db.hints.${kind}`,
    cause: error,
  });
}
