import { Chalk } from 'chalk';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { SourceLines } from '../../src/diagnostics/source-lines.js';
import { formatDiagnostic } from '../../src/diagnostics/text.js';
import { initI18n } from '../../src/i18n/index.js';
import type { Diagnostic } from '../../src/script/diagnostic.js';
import { CONTROL, SGR } from './control-chars.js';

/** Codes made up for these tests, with messages added for them below. */
type FakeCode = import('../../src/script/diagnostic.js').Diagnostic['code'];

const plain = new Chalk({ level: 0 });
const SOURCE = 'coach: 1\nid: shop\nsteps:\n  - id: greet\n    colour: blue\n';

const unknownKey: Diagnostic = {
  code: 'TEST_KEY' as FakeCode,
  severity: 'error',
  params: { key: 'colour' },
  start: { line: 5, col: 5 },
  end: { line: 5, col: 11 },
};

describe('formatDiagnostic', () => {
  beforeAll(() => {
    initI18n('en');
    i18next.addResource('en', 'translation', 'diag.TEST_KEY', "unknown key '{{key}}'");
    i18next.addResource('pl', 'translation', 'diag.TEST_KEY', "nieznany klucz '{{key}}'");
  });

  it('prints file:line:col, severity, code, message, the line and a caret under the range', () => {
    const out = formatDiagnostic('a.yaml', unknownKey, new SourceLines(SOURCE), plain);
    expect(out).toBe(
      [
        "a.yaml:5:5: error TEST_KEY: unknown key 'colour'",
        '     5 |     colour: blue',
        '       |     ^~~~~~',
        '',
      ].join('\n'),
    );
  });

  it('localizes the severity word but never the code', () => {
    initI18n('pl');
    const out = formatDiagnostic(
      'a.yaml',
      { ...unknownKey, severity: 'warning' },
      undefined,
      plain,
    );
    initI18n('en');
    expect(out).toBe("a.yaml:5:5: ostrzeżenie TEST_KEY: nieznany klucz 'colour'\n");
  });

  it('underlines a range that runs onto later lines to the end of its first line', () => {
    const d = { ...unknownKey, start: { line: 4, col: 5 }, end: { line: 6, col: 1 } };
    const out = formatDiagnostic('a.yaml', d, new SourceLines(SOURCE), plain);
    expect(out.split('\n')[2]).toBe('       |     ^~~~~~~~~');
  });

  it('prints no excerpt for a line the text does not have', () => {
    const d = { ...unknownKey, start: { line: 99, col: 1 }, end: undefined };
    expect(formatDiagnostic('a.yaml', d, new SourceLines(SOURCE), plain).split('\n')).toHaveLength(
      2,
    );
  });

  it('widens the gutter for long line numbers', () => {
    const source = `${'x: 1\n'.repeat(123455)}bad: [\n`;
    const d = { ...unknownKey, start: { line: 123456, col: 6 }, end: undefined };
    const [, line, mark] = formatDiagnostic('a.yaml', d, new SourceLines(source), plain).split(
      '\n',
    );
    expect(line).toBe(' 123456 | bad: [');
    expect(mark).toBe('        |      ^');
  });

  it('strips control characters from the file name and the source line', () => {
    const source = 'say: "\u001b]0;pwned\u0007"\n';
    const d = { ...unknownKey, start: { line: 1, col: 1 }, end: undefined };
    const out = formatDiagnostic('evil\u001b[2J.yaml', d, new SourceLines(source), plain);
    expect(out).not.toMatch(CONTROL);
  });

  it('colours when asked to, and the colours are the only escape sequences', () => {
    const coloured = formatDiagnostic(
      'a.yaml',
      unknownKey,
      new SourceLines(SOURCE),
      new Chalk({ level: 1 }),
    );
    expect(coloured).toContain('\u001b[31m');
    expect(coloured.replace(SGR, '')).toBe(
      formatDiagnostic('a.yaml', unknownKey, new SourceLines(SOURCE), plain),
    );
  });
});
