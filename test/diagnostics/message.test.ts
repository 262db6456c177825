import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../../src/diagnostics/message.js';
import { initI18n } from '../../src/i18n/index.js';
import { CONTROL } from './control-chars.js';

/** Codes made up for these tests, with messages added for them below. */
type FakeCode = import('../../src/script/diagnostic.js').Diagnostic['code'];

// Wording shaped like the checker's section, added in memory only so that these
// tests do not depend on its exact sentences.
const WORDING = {
  en: {
    TEST_UNKNOWN_KEY: 'unknown key {{key}} {{testPlace}}',
    TEST_MISSING: "no step '{{target}}'",
    TEST_WORDS_one: '{{count, number}} word',
    TEST_WORDS_other: '{{count, number}} words',
    testPlace: { step: 'in this step' },
    didYouMean: "did you mean '{{suggestion}}'?",
  },
  pl: {
    TEST_UNKNOWN_KEY: 'nieznany klucz {{key}} {{testPlace}}',
    testPlace: { step: 'w tym kroku' },
  },
};

describe('diagnosticMessage', () => {
  beforeAll(() => {
    initI18n('en');
    for (const [lng, diag] of Object.entries(WORDING)) {
      i18next.addResourceBundle(lng, 'translation', { diag }, true, true);
    }
  });
  afterEach(() => {
    initI18n('en');
  });

  it('replaces a vocabulary parameter by its word in the reader’s language', () => {
    const d = {
      code: 'TEST_UNKNOWN_KEY' as FakeCode,
      params: { key: 'colour', testPlace: 'step' },
    };
    expect(diagnosticMessage(d)).toBe('unknown key colour in this step');
    initI18n('pl');
    expect(diagnosticMessage(d)).toBe('nieznany klucz colour w tym kroku');
  });

  it('leaves values from the script alone even when they look like vocabulary', () => {
    expect(
      diagnosticMessage({ code: 'TEST_MISSING' as FakeCode, params: { target: 'step' } }),
    ).toBe("no step 'step'");
  });

  it('adds the suggestion of a near miss', () => {
    expect(
      diagnosticMessage({
        code: 'TEST_MISSING' as FakeCode,
        params: { target: 'thnks', suggestion: 'thanks' },
      }),
    ).toBe("no step 'thnks'; did you mean 'thanks'?");
  });

  it('finds wording that exists only in plural forms', () => {
    expect(diagnosticMessage({ code: 'TEST_WORDS' as FakeCode, params: { count: 1 } })).toBe(
      '1 word',
    );
    expect(diagnosticMessage({ code: 'TEST_WORDS' as FakeCode, params: { count: 1200 } })).toBe(
      '1,200 words',
    );
  });

  it('words the checker’s codes and this command’s own', () => {
    expect(
      diagnosticMessage({ code: 'FILE_TOO_LARGE', params: { bytes: 2_000_000, limit: 1_048_576 } }),
    ).toContain('2,000,000');
    expect(diagnosticMessage({ code: 'CHECK_FAILED', params: { reason: 'boom' } })).toContain(
      'boom',
    );
  });

  it('strips control characters that came from the script', () => {
    const d = {
      code: 'TEST_UNKNOWN_KEY' as FakeCode,
      params: { key: '\u001b[2J\u009bx\nnext', testPlace: 'step' },
    };
    const text = diagnosticMessage(d);
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('[2Jx next');
  });

  it('does not interpolate or nest what a value contains', () => {
    const d = {
      code: 'TEST_UNKNOWN_KEY' as FakeCode,
      params: { key: '{{testPlace}} $t(cli.description)', testPlace: 'x' },
    };
    expect(diagnosticMessage(d)).toBe('unknown key {{testPlace}} $t(cli.description) x');
  });

  it('still shows the parameters of a code that has no wording', () => {
    expect(diagnosticMessage({ code: 'NO_SUCH_CODE' as FakeCode, params: { id: 'greet' } })).toBe(
      'id=greet',
    );
  });
});
