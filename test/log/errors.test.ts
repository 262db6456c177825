import { beforeAll, describe, expect, it } from 'vitest';
import { FailureError } from '../../src/errors.js';
import { initI18n, LOCALES, translatorFor } from '../../src/i18n/index.js';
import { LogError, logErrorFrom } from '../../src/log/errors.js';

function systemError(code: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: failed`);
  error.code = code;
  if (path !== undefined) error.path = path;
  return error;
}

beforeAll(() => initI18n('en'));

describe('logErrorFrom', () => {
  it.each([
    ['EACCES', 'log.errors.denied'],
    ['EPERM', 'log.errors.denied'],
    ['ENOSPC', 'log.errors.full'],
    ['EDQUOT', 'log.errors.full'],
    ['EROFS', 'log.errors.readOnly'],
    ['ENOTDIR', 'log.errors.notFolder'],
    ['EEXIST', 'log.errors.notFolder'],
    ['EIO', 'log.errors.failed'],
  ])('%s becomes %s, a FailureError with a hint', (code, key) => {
    const error = logErrorFrom(systemError(code, '/var/logs/x'), '/fallback');
    expect(error).toBeInstanceOf(LogError);
    expect(error).toBeInstanceOf(FailureError);
    expect(error.exitCode).toBe(1);
    expect(error.key).toBe(key);
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject({ path: '/var/logs/x' });
    expect(error.hint).toBe('log.errors.hint');
  });

  it('names the given path when the system error names none', () => {
    expect(logErrorFrom(systemError('ENOSPC'), '/logs/a.jsonl').path).toBe('/logs/a.jsonl');
    expect(logErrorFrom('odd', '/logs').key).toBe('log.errors.failed');
  });

  it('is localized in every language, with the path in the message', () => {
    const keys = ['denied', 'full', 'readOnly', 'notFolder', 'exists', 'failed'];
    for (const locale of LOCALES) {
      const tr = translatorFor(locale);
      for (const key of keys) {
        const text = tr(`log.errors.${key}`, { path: '/srv/coach-logs', code: 'EIO' });
        expect(text).toContain('/srv/coach-logs');
        expect(text).not.toContain('{{');
      }
      expect(tr('log.errors.hint')).toContain('--log-dir');
    }
    expect(translatorFor('pl')('log.errors.full', { path: 'p' })).not.toBe(
      translatorFor('en')('log.errors.full', { path: 'p' }),
    );
  });
});
