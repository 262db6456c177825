/**
 * The team database's address: `--db URL` or `COACH_DB`, a libpq connection URL
 * (`postgresql://user:password@host:port/dbname?sslmode=require`, or a Unix
 * socket folder as `?host=/run/postgresql`). Whatever coach prints of it has the
 * password masked: credentials never reach a terminal, a log or an error.
 */
import { UsageError } from '../errors.js';

const SCHEME = /^postgres(?:ql)?:\/\//i;
/**
 * `user:password@` after any scheme, anywhere in a text (an error may quote a
 * URL); up to the last `@` before the path, since a password may hold an `@`.
 */
const USER_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^:@/?#\s]*):[^/?#\s]*@/gi;
/** `password=…` (and `sslpassword=…`) among the query parameters. */
const PASSWORD_PARAM = /([?&](?:ssl)?password=)[^&#\s]*/gi;

export const MASK = '****';

/** The URL with any password replaced by `****`. */
export function maskUrl(url: string): string {
  return url.replace(USER_PASSWORD, `$1:${MASK}@`).replace(PASSWORD_PARAM, `$1${MASK}`);
}

/** The database to use: the option, else `COACH_DB`; undefined when neither is set. */
export function databaseUrl(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const url = option ?? (env.COACH_DB === '' ? undefined : env.COACH_DB);
  if (url === undefined) return undefined;
  if (!SCHEME.test(url)) {
    throw new UsageError('db.errors.badUrl', { url: maskUrl(url) }, { hint: 'db.hints.badUrl' });
  }
  return url;
}

/** The database to use, or a usage error saying how to name one. */
export function requireDatabaseUrl(option: string | undefined, env = process.env): string {
  const url = databaseUrl(option, env);
  if (url === undefined) throw new UsageError('db.errors.noUrl', {}, { hint: 'db.hints.noUrl' });
  return url;
}

/**
 * Where a reading command reads: the database of `--db`, else that of `COACH_DB`
 * when no log folder or path was named; undefined for the log files.
 */
export function readingDatabase(
  option: string | undefined,
  namedFiles: boolean,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (option !== undefined && namedFiles) {
    throw new UsageError('db.errors.dbAndPaths', {}, { hint: 'db.hints.dbAndPaths' });
  }
  return option !== undefined || !namedFiles ? databaseUrl(option, env) : undefined;
}
