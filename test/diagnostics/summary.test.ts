import { Chalk } from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/diagnostics/summary.js';
import { initI18n, type Locale } from '../../src/i18n/index.js';

const plain = new Chalk({ level: 0 });
const line = (lng: Locale, files: number, errors: number, warnings: number) => {
  initI18n(lng);
  return summaryLine({ files, errors, warnings }, plain);
};

describe('summaryLine', () => {
  beforeAll(() => initI18n('en'));
  afterAll(() => initI18n('en'));

  it('says all files are valid when there is nothing to report', () => {
    expect(line('en', 3, 0, 0)).toBe('All 3 files are valid.');
    expect(line('en', 1, 0, 0)).toBe('The file is valid.');
  });

  it('counts errors and warnings with English plurals', () => {
    expect(line('en', 3, 2, 1)).toBe('3 files checked: 2 errors, 1 warning');
    expect(line('en', 1, 1, 0)).toBe('1 file checked: 1 error');
    expect(line('en', 2, 0, 5)).toBe('2 files checked: 5 warnings');
  });

  it('uses the Polish one/few/many forms', () => {
    expect(line('pl', 1, 1, 0)).toBe('Sprawdzono 1 plik: 1 błąd');
    expect(line('pl', 3, 2, 4)).toBe('Sprawdzono 3 pliki: 2 błędy, 4 ostrzeżenia');
    expect(line('pl', 5, 12, 22)).toBe('Sprawdzono 5 plików: 12 błędów, 22 ostrzeżenia');
    expect(line('pl', 1000, 0, 0)).toBe('Sprawdzono 1000 plików: wszystkie są poprawne.');
  });

  it('uses the Czech one/few/other forms', () => {
    expect(line('cs', 2, 1, 0)).toBe('Zkontrolovány 2 soubory: 1 chyba');
    expect(line('cs', 5, 3, 0)).toBe('Zkontrolováno 5 souborů: 3 chyby');
  });

  it('writes Bengali digits', () => {
    expect(line('bn', 3, 2, 0)).toBe('৩টি ফাইল যাচাই করা হয়েছে: ২টি ত্রুটি');
  });
});
