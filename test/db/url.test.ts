/**
 * The team database's URL as coach prints it (src/db/url.ts: the password
 * masked in every shape a libpq URL has), what a failure of the database is
 * (src/db/errors.ts), and the messages src/db and `coach sync` print, in every
 * locale.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DbError, dbError, isTransient, kindOf } from '../../src/db/errors.js';
import {
  databaseUrl,
  MASK,
  maskUrl,
  readingDatabase,
  requireDatabaseUrl,
} from '../../src/db/url.js';
import { FailureError, UsageError } from '../../src/errors.js';
import { LOCALES } from '../../src/i18n/locale.js';

describe('maskUrl', () => {
  it.each([
    [
      'postgresql://ana:secret@db.example.com:5432/coach',
      'postgresql://ana:****@db.example.com:5432/coach',
    ],
    [
      'postgres://ana:secret@db.example.com/coach?sslmode=verify-full',
      'postgres://ana:****@db.example.com/coach?sslmode=verify-full',
    ],
    [
      'postgresql://db.example.com/coach?user=ana&password=secret&sslmode=disable',
      'postgresql://db.example.com/coach?user=ana&password=****&sslmode=disable',
    ],
    [
      'postgresql://ana:secret@db/coach?PASSWORD=secret#x',
      'postgresql://ana:****@db/coach?PASSWORD=****#x',
    ],
    ['postgresql://ana@db.example.com/coach', 'postgresql://ana@db.example.com/coach'],
    ['postgresql:///coach?host=/run/postgresql', 'postgresql:///coach?host=/run/postgresql'],
    [
      'postgresql://ana:secret@/coach?host=/var/run/postgresql&port=5433',
      'postgresql://ana:****@/coach?host=/var/run/postgresql&port=5433',
    ],
    ['postgresql://ana:secret@[::1]:5432/coach', 'postgresql://ana:****@[::1]:5432/coach'],
    ['postgresql://ana:secret@[::1]/coach', 'postgresql://ana:****@[::1]/coach'],
    ['postgresql://ana:p%40ss%3Aw0rd%2F@db/coach', 'postgresql://ana:****@db/coach'],
    ['POSTGRESQL://ana:secret@db/coach', 'POSTGRESQL://ana:****@db/coach'],
    ['postgresql://:secret@db/coach', 'postgresql://:****@db/coach'],
  ])('%s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('masks any password, percent-encoded, in the user part and in password=', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), (password, inQuery) => {
        const encoded = encodeURIComponent(password);
        const url = inQuery
          ? `postgresql://db:5432/coach?user=ana&password=${encoded}&port=5432`
          : `postgresql://ana:${encoded}@db:5432/coach`;
        const want = inQuery
          ? `postgresql://db:5432/coach?user=ana&password=${MASK}&port=5432`
          : `postgresql://ana:${MASK}@db:5432/coach`;
        expect(maskUrl(url)).toBe(want);
      }),
    );
  });

  it('masks a password with an unencoded @ as pg reads it', () => {
    expect(new URL('postgresql://ana:s3cr3t@pw@db/coach').password).toBe('s3cr3t%40pw');
    expect(maskUrl('postgresql://ana:s3cr3t@pw@db/coach')).toBe('postgresql://ana:****@db/coach');
  });

  it('masks the password of a URL that is not a PostgreSQL one', () => {
    expect(maskUrl('mysql://ana:secret@db/coach')).toBe('mysql://ana:****@db/coach');
  });
});

describe('the database to use', () => {
  const url = 'postgresql://ana:secret@db/coach';

  it('is --db, else COACH_DB; an empty COACH_DB is none', () => {
    expect(databaseUrl(url, { COACH_DB: 'postgres://other/x' })).toBe(url);
    expect(databaseUrl(undefined, { COACH_DB: url })).toBe(url);
    expect(databaseUrl(undefined, { COACH_DB: '' })).toBeUndefined();
    expect(() => requireDatabaseUrl(undefined, {})).toThrow(UsageError);
  });

  it('must be a postgresql:// or postgres:// URL', () => {
    for (const bad of ['db.example.com/coach', 'http://db/coach', 'postgresql:/db']) {
      expect(() => databaseUrl(bad, {})).toThrow(UsageError);
    }
  });

  it('for a reading command: --db or log paths, never both; COACH_DB only without paths', () => {
    expect(() => readingDatabase(url, true, {})).toThrow(UsageError);
    expect(readingDatabase(undefined, true, { COACH_DB: url })).toBeUndefined();
    expect(readingDatabase(undefined, false, { COACH_DB: url })).toBe(url);
    expect(readingDatabase(undefined, false, {})).toBeUndefined();
  });
});

const failure = (code: string | undefined, message = 'boom') =>
  Object.assign(new Error(message), code === undefined ? {} : { code });

describe('kindOf', () => {
  it.each([
    ['28P01', 'auth'],
    ['28000', 'auth'],
    ['42501', 'privilege'],
    ['53100', 'serverFull'],
    ['53300', 'serverFull'],
    ['3D000', 'noDatabase'],
    ['57P01', 'unreachable'],
    ['57P03', 'unreachable'],
    ['08006', 'unreachable'],
    ['08001', 'unreachable'],
    ['ECONNREFUSED', 'unreachable'],
    ['ENOENT', 'unreachable'],
    ['ENOTFOUND', 'unreachable'],
    ['ETIMEDOUT', 'unreachable'],
    ['23505', 'failed'],
    ['42P01', 'failed'],
  ])('%s is %s', (code, kind) => {
    expect(kindOf(failure(code))).toBe(kind);
  });

  it("tells a connection lost or timed out by pg's message when there is no code", () => {
    expect(kindOf(failure(undefined, 'Connection terminated unexpectedly'))).toBe('unreachable');
    expect(kindOf(failure(undefined, 'timeout expired'))).toBe('unreachable');
    expect(kindOf(failure(undefined, 'something else'))).toBe('failed');
    expect(kindOf('a string')).toBe('failed');
  });
});

describe('isTransient', () => {
  it('is true of a server away or restarting, and of a lost deadlock or serialization', () => {
    for (const code of ['ECONNREFUSED', '57P01', '08006', '40001', '40P01']) {
      expect(isTransient(failure(code)), code).toBe(true);
    }
    expect(isTransient(new DbError('db.errors.unreachable'))).toBe(true);
  });

  it('is false of what waiting does not mend', () => {
    for (const code of ['28P01', '42501', '3D000', '23505']) {
      expect(isTransient(failure(code)), code).toBe(false);
    }
    expect(isTransient(new DbError('db.errors.newerSchema'))).toBe(false);
    expect(isTransient(new DbError('db.errors.auth'))).toBe(false);
  });
});

describe('dbError', () => {
  const url = 'postgresql://ana:s3cr3t@db/coach?password=s3cr3t';

  it('is a failure (exit 1) naming the database by its masked URL, with the hint of its kind', () => {
    const error = dbError(failure('28P01', `${url} refused\u001b[2J`), url);
    expect(error).toBeInstanceOf(FailureError);
    expect(error.key).toBe('db.errors.auth');
    expect(error.hint).toBe('db.hints.auth');
    expect(error.params.url).toBe(maskUrl(url));
    expect(JSON.stringify(error.params)).not.toContain('s3cr3t');
    expect(error.params.detail).not.toContain('\u001b');
  });

  it('masks a URL in the middle of the error message', () => {
    const error = dbError(failure('28P01', `login to ${url} failed`), url);
    expect(JSON.stringify(error.params)).not.toContain('s3cr3t');
  });

  it("passes coach's own errors through", () => {
    const own = new DbError('db.errors.newerSchema', { found: 2, known: 1 });
    expect(dbError(own, 'postgresql://db/coach')).toBe(own);
  });
});

describe('messages', () => {
  type Tree = { [key: string]: string | Tree };
  const has = (tree: Tree, key: string): boolean => {
    let node: string | Tree | undefined = tree;
    const parts = key.split('.');
    const last = parts.pop() as string;
    for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'object') return false;
    return typeof node[last] === 'string' || typeof node[`${last}_other`] === 'string';
  };
  const files = (path: string): string[] =>
    statSync(path).isDirectory()
      ? readdirSync(path).flatMap((name) => files(join(path, name)))
      : [path];
  const sources = [...files('src/db'), 'src/commands/sync.ts', 'src/commands/db-migrate.ts'];
  const literal = /['"`]((?:db|sync|errors)\.[A-Za-z.]+[A-Za-z])['"`]/g;
  const used = new Set(
    sources.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(literal)].map((m) => m[1] as string),
    ),
  );
  // Keys made at run time: `db.errors.${kind}` and `db.hints.${kind}` for each kind
  // kindOf returns, `sync.changes.${change}` for each Change of new-lines.ts.
  const quoted = (text: string) => [...text.matchAll(/'(\w+)'/g)].map((m) => m[1] as string);
  const kinds = quoted(
    [...readFileSync('src/db/errors.ts', 'utf8').matchAll(/return '\w+';/g)].join(' '),
  );
  const changes = quoted(
    /type Change = ([^;]+);/.exec(readFileSync('src/db/sync/new-lines.ts', 'utf8'))?.[1] ?? '',
  );
  for (const kind of kinds) used.add(`db.errors.${kind}`).add(`db.hints.${kind}`);
  for (const change of changes) used.add(`sync.changes.${change}`);

  it('finds the keys in the sources', () => {
    expect(used).toContain('sync.follow.retry');
    expect(used).toContain('db.errors.newerSchema');
    expect(used).toContain('sync.errors.changedHint');
    expect(kinds).toEqual(
      expect.arrayContaining(['unreachable', 'auth', 'noDatabase', 'privilege', 'serverFull']),
    );
    expect(changes).toEqual(['shrank', 'changed']);
  });

  it.each(LOCALES)('every key src/db and coach sync use is in %s', (locale) => {
    const tree = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as Tree;
    expect([...used].filter((key) => !has(tree, key))).toEqual([]);
  });
});
