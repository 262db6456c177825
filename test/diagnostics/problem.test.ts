import { beforeAll, describe, expect, it } from 'vitest';
import { problemLines } from '../../src/diagnostics/problem.js';
import { initI18n } from '../../src/i18n/index.js';

describe('problemLines', () => {
  beforeAll(() => initI18n('en'));

  it('prints one line per problem, in the CLI error style', () => {
    expect(problemLines({ kind: 'missing', path: 'a.yaml' })).toBe(
      "coach: error: cannot find 'a.yaml'\n",
    );
    expect(problemLines({ kind: 'failed', path: 'b', code: 'ELOOP' })).toBe(
      "coach: error: cannot read 'b' (ELOOP)\n",
    );
  });

  it('adds a hint to a folder without scripts', () => {
    const out = problemLines({ kind: 'noScripts', path: 'docs' }).split('\n');
    expect(out[0]).toBe("coach: error: no scripts in the folder 'docs'");
    expect(out[1]).toMatch(/^hint: /);
  });

  it('strips control characters from a path', () => {
    initI18n('cs');
    expect(problemLines({ kind: 'denied', path: 'x\u001b[2J' })).toBe(
      "coach: chyba: chybí oprávnění ke čtení 'x[2J'\n",
    );
    initI18n('en');
  });
});
