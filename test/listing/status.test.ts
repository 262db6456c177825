/**
 * `--status` takes a status as `coach sessions` and `coach report` show it, in the
 * interface language and any case, as well as the ids of the logs and the JSON;
 * anything else is still refused by the reader's filter, with the ids it knows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { statusFilterValue } from '../../src/listing/status.js';
import { parseFilters } from '../../src/log/read/index.js';
import { coach } from '../cli/run-coach.js';
import { end, enter, lines, logDir, start } from '../report/logs.js';

const filterOf = (typed: string) => parseFilters({ status: statusFilterValue(typed) }, 0).status;

afterAll(() => initI18n('en'));

describe('statusFilterValue', () => {
  beforeAll(() => initI18n('en'));

  it('takes what the session list shows, in any case, and the ids', () => {
    expect(filterOf('ended early')).toBe('aborted');
    expect(filterOf('  Ended Early ')).toBe('aborted');
    expect(filterOf('aborted')).toBe('aborted');
    expect(filterOf('INTERRUPTED')).toBe('interrupted');
  });

  it("takes the interface language's words: the list's and the report's", () => {
    initI18n('pt');
    expect(filterOf('encerrada antes')).toBe('aborted');
    expect(filterOf('encerradas')).toBe('aborted');
    expect(filterOf('concluída')).toBe('completed');
    initI18n('cs');
    expect(filterOf('ukončena předčasně')).toBe('aborted');
    expect(filterOf('completed')).toBe('completed');
    initI18n('en');
  });

  it('leaves anything else to the filter, which refuses it naming the ids', () => {
    expect(() => filterOf('finished')).toThrow(
      expect.objectContaining({ hintParams: { values: 'completed, aborted, interrupted' } }),
    );
    expect(statusFilterValue(undefined)).toBeUndefined();
  });
});

describe('coach sessions --status, as the list shows it', () => {
  it('lists the sessions of the status shown, in the interface language', async () => {
    const dir = logDir([
      lines(start('S1', 'ana', 'en'), enter('greet', 'greeting'), end('aborted', 1000)),
      lines(
        start('S2', 'bo', 'en'),
        enter('greet', 'greeting'),
        end('completed', 1000, 'resolved'),
      ),
    ]);
    const listed = await coach(['sessions', '--log-dir', dir, '--status', 'ended early', '--json']);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout).map((s: { agent: string }) => s.agent)).toEqual(['ana']);
    const polish = await coach([
      '--lang',
      'pl',
      'sessions',
      '--log-dir',
      dir,
      '--status',
      'Przerwana',
    ]);
    expect(polish.code).toBe(0);
    expect(polish.stdout).toContain('przerwana');
    expect(polish.stdout).not.toContain('bo ');
    const report = await coach([
      'report',
      '--log-dir',
      dir,
      '--status',
      'ended early',
      '--format',
      'json',
    ]);
    expect(JSON.parse(report.stdout).sessions.total).toBe(1);
  });
});
