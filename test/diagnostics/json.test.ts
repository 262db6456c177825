import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonDiagnostic } from '../../src/diagnostics/json.js';
import { initI18n } from '../../src/i18n/index.js';

/** Codes made up for these tests, with messages added for them below. */
type FakeCode = import('../../src/script/diagnostic.js').Diagnostic['code'];

describe('jsonDiagnostic', () => {
  beforeAll(() => {
    initI18n('en');
    i18next.addResource('en', 'translation', 'diag.TEST_KEY', "unknown key '{{key}}'");
  });

  it('has the documented shape, with the end only when known', () => {
    const d = {
      code: 'TEST_KEY' as FakeCode,
      severity: 'error' as const,
      params: { key: 'x' },
      start: { line: 2, col: 3 },
      end: { line: 2, col: 4 },
    };
    expect(jsonDiagnostic('a.yaml', d)).toEqual({
      file: 'a.yaml',
      line: 2,
      col: 3,
      endLine: 2,
      endCol: 4,
      severity: 'error',
      code: 'TEST_KEY' as FakeCode,
      message: "unknown key 'x'",
      params: { key: 'x' },
    });
    expect(Object.keys(jsonDiagnostic('a.yaml', { ...d, end: undefined }))).not.toContain(
      'endLine',
    );
  });
});
