/**
 * What translators' files come back as: a spreadsheet's semicolon CSV is read; a
 * file cut off, in another character set or with a character no text can hold is
 * refused with a reason, never imported half and never an unexpected failure.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/i18n-tools/apply.js';
import { writeCsv } from '../../src/i18n-tools/csv.js';
import { readImportRows } from '../../src/i18n-tools/import-rows.js';
import { writePo } from '../../src/i18n-tools/po.js';
import { exportRows } from '../../src/i18n-tools/rows.js';
import { writeXliff } from '../../src/i18n-tools/xliff.js';
import { SCRIPT, target } from './helpers.js';

const rows = () => exportRows([{ table: target(SCRIPT).table, lock: new Map() }], 'pt', () => '');

/** `writeCsv`'s file as a spreadsheet in a pt, pl or cs locale saves it: `;` between fields. */
function semicolons(csv: string): string {
  return csv.replace(/","/g, '";"');
}

describe('CSV with semicolons', () => {
  it('reads the same rows as with commas, commas and semicolons inside fields kept', () => {
    const commas = readImportRows(writeCsv(rows()));
    const read = readImportRows(semicolons(writeCsv(rows())));
    expect(read.ok && read.rows.length).toBeGreaterThan(3);
    expect(read).toEqual(commas);
  });

  it('reads bare fields, and a text with commas in it', () => {
    const csv = 'id;locale;translation\nshop:title;pt;"Loja, linha; de apoio"\n';
    expect(readImportRows(csv)).toEqual({
      ok: true,
      rows: [
        {
          id: 'shop:title',
          locale: 'pt',
          translation: 'Loja, linha; de apoio',
          needsReview: false,
        },
      ],
    });
  });

  it('still reads commas when a header field holds a semicolon', () => {
    const csv = '"id","locale","translation","note; more"\n"shop:title","pt","Loja","a; b"\n';
    const read = readImportRows(csv);
    expect(read.ok && read.rows[0]?.translation).toBe('Loja');
  });
});

describe('XLIFF that cannot be read whole', () => {
  const xliff = () => writeXliff(rows(), 'pt');

  it.each([
    ['before </xliff>', (x: string) => x.slice(0, x.lastIndexOf('</xliff>'))],
    ['inside a unit', (x: string) => x.slice(0, x.indexOf('</trans-unit>'))],
    ['between units', (x: string) => x.replace(/<\/body>[\s\S]*$/, '')],
  ])('is refused when cut off %s', (_where, cut) => {
    expect(readImportRows(xliff())).toMatchObject({ ok: true });
    expect(readImportRows(cut(xliff()))).toEqual({ ok: false, reason: 'truncated' });
  });

  it('is refused with the unit named, for a character reference past Unicode', () => {
    for (const ref of ['&#xFFFFFFFF;', '&#x110000;', '&#99999999999;', '&#xD800;']) {
      const xml = xliff().replace(/(<target[^>]*>)/, `$1${ref}`);
      expect(readImportRows(xml)).toMatchObject({ ok: false, reason: 'syntax', where: /^shop:/ });
    }
  });
});

describe('PO in another character set', () => {
  const po = (charset: string) =>
    writePo(rows(), 'pt').replace('charset=UTF-8', `charset=${charset}`);

  it.each(['ISO-8859-2', 'CHARSET', 'windows-1250'])('is refused: %s', (charset) => {
    expect(readImportRows(po(charset))).toEqual({ ok: false, reason: 'charset', where: charset });
  });

  it.each(['utf-8', 'UTF8', 'US-ASCII'])('is read: %s', (charset) => {
    expect(readImportRows(po(charset))).toMatchObject({ ok: true });
  });
});

describe('a translation that would reach a terminal as something else', () => {
  it.each([
    ['an escape sequence', 'Olá\u001b]0;pwned\u0007'],
    ['a C1 control', 'Olá\u009b2J'],
    ['a right-to-left override', 'Olá \u202eodnum'],
    ['a line break in a one-line tip', 'Sorria\nmuito.'],
  ])('is refused with %s, and nothing is written', (_what, translation) => {
    const rows = [{ id: 'shop:greet.tips.0', locale: 'pt', translation, needsReview: false }];
    expect(planImport([target(SCRIPT)], rows)).toMatchObject({
      ok: false,
      refusal: 'invalidResult',
      row: 'shop:greet.tips.0',
    });
  });
});
