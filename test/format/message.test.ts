import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../../src/format/message.js';
import { initI18n } from '../../src/i18n/index.js';
import { CONTROL } from './control-chars.js';

// Wording the checker's own locale section would hold, added in memory only.
function addDiagWording(): void {
  for (const [lng, where, text] of [
    ['en', 'the step', 'unknown key {{key}} in {{where}}'],
    ['pl', 'kroku', 'nieznany klucz {{key}} w {{where}}'],
  ] as const) {
    i18next.addResource(lng, 'translation', 'diag.where.step', where);
    i18next.addResource(lng, 'translation', 'diag.TEST_UNKNOWN_KEY', text);
  }
}

describe('diagnosticMessage', () => {
  beforeAll(() => {
    initI18n('en');
    addDiagWording();
  });

  it('words a checker code and replaces a place name by its localized word', () => {
    i18next.changeLanguage('en');
    const d = { code: 'TEST_UNKNOWN_KEY', params: { key: 'colour', where: 'step' } };
    expect(diagnosticMessage(d)).toBe('unknown key colour in the step');
    i18next.changeLanguage('pl');
    expect(diagnosticMessage(d)).toBe('nieznany klucz colour w kroku');
    i18next.changeLanguage('en');
  });

  it('words the file-level codes from the validate section', () => {
    expect(diagnosticMessage({ code: 'BINARY_FILE', params: {} })).toMatch(/UTF-8/);
    expect(
      diagnosticMessage({ code: 'FILE_TOO_LARGE', params: { bytes: 2_000_000, limit: 1_048_576 } }),
    ).toContain('2,000,000');
  });

  it('strips control characters that came from the script', () => {
    const d = {
      code: 'TEST_UNKNOWN_KEY',
      params: { key: '\u001b[2J\u009bx\nnext', where: 'step' },
    };
    const text = diagnosticMessage(d);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('[2Jx next');
  });

  it('does not interpolate or nest what a value contains', () => {
    const d = {
      code: 'TEST_UNKNOWN_KEY',
      params: { key: '{{where}} $t(cli.description)', where: 'x' },
    };
    expect(diagnosticMessage(d)).toBe('unknown key {{where}} $t(cli.description) in x');
  });

  it('still shows the parameters of a code that has no wording', () => {
    expect(diagnosticMessage({ code: 'NO_SUCH_CODE', params: { id: 'greet' } })).toBe('id=greet');
  });
});
