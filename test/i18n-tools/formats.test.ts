import { describe, expect, it } from 'vitest';
import { confirm } from '../../src/i18n-tools/confirm.js';
import { CSV_COLUMNS, csvField, parseCsv, writeCsv } from '../../src/i18n-tools/csv.js';
import { readImportRows } from '../../src/i18n-tools/import-rows.js';
import { parsePo, writePo } from '../../src/i18n-tools/po.js';
import { type ExportRow, exportRows } from '../../src/i18n-tools/rows.js';
import { parseXliff, writeXliff } from '../../src/i18n-tools/xliff.js';
import { optional, SCRIPT, target } from './helpers.js';

const note = () => 'Keep {{customer}} as it is.';

type GettextParser = {
  po: {
    parse(text: string): {
      headers: Record<string, string>;
      translations: Record<
        string,
        Record<string, { msgstr: string[]; comments?: { flag?: string } }>
      >;
    };
  };
};
type FastXmlParser = {
  XMLParser: new (options: object) => { parse(xml: string): unknown };
  XMLValidator: { validate(xml: string): true | object };
};
// Checked with independent parsers when they are installed (dev dependencies).
const gettext = await optional<GettextParser>(() => import.meta.resolve('gettext-parser'));
const fxp = await optional<FastXmlParser>(() => import.meta.resolve('fast-xml-parser'));

function rows(): ExportRow[] {
  const t = target(SCRIPT);
  const lock = confirm(t.table, new Map()).lock;
  lock.set('need.ask', new Map([['pt', '000000000000']]));
  return exportRows([{ table: t.table, lock }], 'pt', note);
}

/** Texts that test the escaping of each format. */
const HARD: ExportRow = {
  id: 'shop:hard.say',
  script: 'shop',
  key: 'hard.say',
  sourceLocale: 'en',
  locale: 'pt',
  source: 'Say "hi", then\nwait; 5 < 6 & 7 > 3\tdone \\ end',
  translation: '=SUM(A1) or -1, "olá"\r\nfim',
  state: 'stale',
  stage: 'needs',
  step: 'hard',
  variables: ['customer'],
  note: 'Line one\nline two',
};

describe('export rows', () => {
  it('one row per text with id, source, translation, state and context', () => {
    const all = rows();
    expect(all).toHaveLength(12);
    expect(all.find((r) => r.id === 'shop:greet.say')).toMatchObject({
      source: 'Hello, thank you for calling {{company}}.',
      translation: 'Olá, obrigado por ligar para a {{company}}.',
      state: 'translated',
      stage: 'greeting',
      step: 'greet',
      variables: ['company'],
    });
    expect(all.find((r) => r.id === 'shop:need.ask')?.state).toBe('stale');
    expect(all.find((r) => r.id === 'shop:name.ask')).toMatchObject({
      translation: '',
      state: 'missing',
    });
  });

  it('gives no rows for scripts written in the locale asked for', () => {
    const t = target(SCRIPT);
    expect(exportRows([{ table: t.table, lock: new Map() }], 'en', note)).toEqual([]);
  });
});

describe('CSV', () => {
  it('is RFC 4180: quoted fields, doubled quotes, CRLF records, a header', () => {
    const text = writeCsv([HARD]);
    expect(text.startsWith('\ufeff"id","locale","source"')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    expect(records?.[0]).toEqual([...CSV_COLUMNS]);
    expect(records?.[1]?.[2]).toBe(HARD.source);
  });

  it('defuses formulas with a leading apostrophe, and reads it back', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', "'quoted"]) {
      expect(csvField(risky).startsWith(`"'`)).toBe(true);
    }
    expect(csvField('plain')).toBe('"plain"');
    const read = readImportRows(writeCsv([HARD]));
    expect(read).toMatchObject({
      ok: true,
      rows: [{ translation: HARD.translation, source: HARD.source }],
    });
  });

  it('round-trips every row and marks stale rows for review', () => {
    const read = readImportRows(writeCsv(rows()));
    if (!read.ok) throw new Error('unreadable');
    expect(read.rows.map((r) => [r.id, r.translation])).toEqual(
      rows().map((r) => [r.id, r.translation]),
    );
    expect(read.rows.find((r) => r.id === 'shop:need.ask')?.needsReview).toBe(true);
  });

  it('refuses a quoted field that never ends', () => {
    expect(
      readImportRows('"id","locale","translation"\r\n"shop:title","pt","oops\r\n'),
    ).toMatchObject({
      ok: false,
      reason: 'unclosedQuote',
    });
  });
});

describe('PO', () => {
  it('round-trips text with quotes, line breaks, tabs and backslashes', () => {
    const read = parsePo(writePo([HARD], 'pt'));
    if ('badLine' in read) throw new Error(`bad line ${read.badLine}`);
    const entry = read.entries.find((e) => e.context === HARD.id);
    expect(entry).toMatchObject({ id: HARD.source, str: HARD.translation, fuzzy: true });
  });

  it('carries the language in the header and the note as extracted comments', () => {
    const text = writePo(rows(), 'pt');
    expect(text).toContain('"Language: pt\\n"');
    expect(text).toContain('#. Keep {{customer}} as it is.');
    const read = readImportRows(text);
    expect(read).toMatchObject({ ok: true });
    if (read.ok) expect(read.rows.every((r) => r.locale === 'pt')).toBe(true);
  });

  it.skipIf(!gettext)('is read the same by gettext-parser, a standard PO library', () => {
    if (!gettext) return;
    const parsed = gettext.po.parse(writePo([...rows(), HARD], 'pt'));
    expect(parsed.headers.Language).toBe('pt');
    const greet =
      parsed.translations['shop:greet.say']?.['Hello, thank you for calling {{company}}.'];
    expect(greet?.msgstr).toEqual(['Olá, obrigado por ligar para a {{company}}.']);
    const hard = parsed.translations[HARD.id]?.[HARD.source];
    expect(hard?.msgstr).toEqual([HARD.translation]);
    expect(hard?.comments?.flag).toBe('fuzzy');
  });
});

describe('XLIFF 1.2', () => {
  it('round-trips text with markup characters and line breaks', () => {
    const read = parseXliff(writeXliff([HARD], 'pt'));
    if (!('units' in read)) throw new Error('unreadable');
    expect(read.units).toEqual([
      {
        id: HARD.id,
        locale: 'pt',
        source: HARD.source,
        target: HARD.translation,
        state: 'needs-review-translation',
        approved: false,
      },
    ]);
  });

  it('reads what translation tools write back: CDATA, references, approved', () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="pl" original="shop"><body>
<trans-unit approved="yes" id="shop:title"><source>Shop</source><target state="needs-review-translation"><![CDATA[Sklep & <dom>]]>&#x21;</target></trans-unit>
</body></file></xliff>`;
    expect(readImportRows(xml)).toEqual({
      ok: true,
      rows: [
        {
          id: 'shop:title',
          locale: 'pl',
          source: 'Shop',
          translation: 'Sklep & <dom>!',
          needsReview: false,
        },
      ],
    });
  });

  it('refuses a target with inline markup rather than flattening it', () => {
    const xml =
      '<xliff version="1.2"><file target-language="pl"><body><trans-unit id="shop:title"><source>a</source><target>b <g id="1">c</g></target></trans-unit></body></file></xliff>';
    expect(readImportRows(xml)).toMatchObject({ ok: false, reason: 'syntax', where: 'shop:title' });
  });

  it.skipIf(!fxp)('is well-formed XLIFF for an XML parser (fast-xml-parser)', () => {
    if (!fxp) return;
    const text = writeXliff([...rows(), HARD], 'pt');
    expect(fxp.XMLValidator.validate(text)).toBe(true);
    const doc = new fxp.XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      processEntities: true,
    }).parse(text) as {
      xliff: {
        '@_version': string;
        file: {
          '@_target-language': string;
          body: {
            'trans-unit': { '@_id': string; source: string; target: { '#text'?: string } }[];
          };
        };
      };
    };
    expect(doc.xliff['@_version']).toBe('1.2');
    expect(doc.xliff.file['@_target-language']).toBe('pt');
    const units = doc.xliff.file.body['trans-unit'];
    expect(units.find((u) => u['@_id'] === HARD.id)?.source).toBe(HARD.source);
  });
});
