import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportPlan, planImport } from '../../src/i18n-tools/apply.js';
import { confirm } from '../../src/i18n-tools/confirm.js';
import { writeCsv } from '../../src/i18n-tools/csv.js';
import { type ImportRow, readImportRows } from '../../src/i18n-tools/import-rows.js';
import { writePo } from '../../src/i18n-tools/po.js';
import { exportRows } from '../../src/i18n-tools/rows.js';
import { textIn } from '../../src/i18n-tools/units.js';
import { writeXliff } from '../../src/i18n-tools/xliff.js';
import { SCRIPT, target } from './helpers.js';

const row = (id: string, translation: string, extra: Partial<ImportRow> = {}): ImportRow => ({
  id: `shop:${id}`,
  locale: 'pt',
  translation,
  needsReview: false,
  ...extra,
});

function applied(rows: ImportRow[], text = SCRIPT): { plan: ImportPlan; text: string } {
  const plan = planImport([target(text)], rows);
  if (!plan.ok) throw new Error(`refused: ${JSON.stringify(plan)}`);
  return { plan, text: plan.changes[0]?.text ?? text };
}

function translation(text: string, key: string, locale = 'pt') {
  const unit = target(text).table.units.find((u) => u.key === key);
  return unit ? textIn(unit, locale) : undefined;
}

describe('import into the YAML', () => {
  it('replaces a translation in place, keeping comments, quoting and everything else', () => {
    const { text } = applied([row('greet.say', 'Olá! Obrigado por ligar para a {{company}}.')]);
    expect(text).toBe(
      SCRIPT.replace(
        '"Olá, obrigado por ligar para a {{company}}."',
        '"Olá! Obrigado por ligar para a {{company}}."',
      ),
    );
  });

  it('keeps plain and single-quoted scalars as they were written when it can', () => {
    const { text } = applied([
      row('variables.customer.label', 'Nome da cliente'),
      row('need.ask', 'O que é que o traz?'),
      row('title', 'Linha: loja'),
    ]);
    expect(text).toContain('      pt: Nome da cliente\n');
    expect(text).toContain("      pt: 'O que é que o traz?'\n");
    // A colon and a space cannot stay plain: the text is quoted instead.
    expect(text).toContain('title: { en: Shop line, pt: "Linha: loja" }');
    expect(text).toContain('en: Customer name # typed during the call');
  });

  it('adds a missing translation to a block map, a flow map, a list and a new list', () => {
    const { text } = applied([
      row('thanks.say', 'Obrigado, {{customer}}.'),
      row('name.ask', 'Qual é o seu nome?'),
      row('greet.tips.1', 'Fale devagar.'),
      row('solve.checklist.0', 'Oferecer'),
      row('solve.checklist.1', 'Conferir'),
      row('need.options.other.label', 'Outra coisa'),
    ]);
    expect(text).toContain(
      '      en: "Thank you, {{customer}}."\n      pt: "Obrigado, {{customer}}."\n',
    );
    expect(text).toContain('ask: { en: "May I have your name?", pt: "Qual é o seu nome?" }');
    expect(text).toContain('        - "Sorria."\n        - "Fale devagar."\n');
    expect(text).toContain('checklist: { en: ["Offer", "Check"], pt: ["Oferecer", "Conferir"] }');
    expect(text).toContain('label: { en: Something else, pt: "Outra coisa" }');
    expect(text.startsWith('# A script for the tests.\n')).toBe(true);
    expect(translation(text, 'solve.checklist.1')).toBe('Conferir');
  });

  it('records in the lock the hash of the source text the translator worked from', () => {
    const { plan } = applied([
      row('name.ask', 'Qual é o seu nome?', { source: 'May I have your name?' }),
    ]);
    const lock = plan.changes[0]?.lock;
    const fresh = confirm(target(plan.changes[0]?.text ?? '').table, new Map()).lock;
    expect(lock?.get('name.ask')?.get('pt')).toBe(fresh.get('name.ask')?.get('pt'));
  });

  it('writes a translation made from an older source, which then shows as stale', () => {
    const { plan } = applied([row('name.ask', 'Qual é o seu nome?', { source: 'Your name?' })]);
    const fresh = confirm(target(plan.changes[0]?.text ?? '').table, new Map()).lock;
    expect(plan.changes[0]?.lock?.get('name.ask')?.get('pt')).not.toBe(
      fresh.get('name.ask')?.get('pt'),
    );
  });

  it('confirms an unchanged translation the translator approved, without touching the script', () => {
    const plan = planImport(
      [target(SCRIPT)],
      [row('greet.say', 'Olá, obrigado por ligar para a {{company}}.')],
    );
    expect(plan).toMatchObject({ ok: true, changes: [{ written: 0, confirmed: 1 }] });
    if (plan.ok) expect(plan.changes[0]?.text).toBeUndefined();
  });

  it('leaves an unchanged translation still marked for review alone', () => {
    const plan = planImport(
      [target(SCRIPT)],
      [row('greet.say', 'Olá, obrigado por ligar para a {{company}}.', { needsReview: true })],
    );
    expect(plan).toEqual({ ok: true, changes: [], unchanged: 1 });
  });
});

describe('import refusals (nothing is changed)', () => {
  it('refuses a row whose {{variables}} differ from the source, naming the row', () => {
    const plan = planImport(
      [target(SCRIPT)],
      [row('name.ask', 'Qual é o nome?'), row('greet.say', 'Olá, {{compnay}}!')],
    );
    expect(plan).toEqual({
      ok: false,
      refusal: 'variables',
      row: 'shop:greet.say',
      detail: '{{compnay}}',
      expected: '{{company}}',
    });
  });

  it('refuses a dropped variable too', () => {
    expect(planImport([target(SCRIPT)], [row('thanks.say', 'Obrigado.')])).toMatchObject({
      refusal: 'variables',
    });
  });

  it('refuses unknown scripts and texts, the source locale, repeated rows and list gaps', () => {
    const t = [target(SCRIPT)];
    expect(planImport(t, [{ ...row('title', 'x'), id: 'other:title' }])).toMatchObject({
      refusal: 'unknownScript',
    });
    expect(planImport(t, [row('nope.say', 'x')])).toMatchObject({
      refusal: 'unknownText',
      row: 'shop:nope.say',
    });
    expect(planImport(t, [{ ...row('title', 'x'), id: 'title' }])).toMatchObject({
      refusal: 'badId',
    });
    expect(planImport(t, [row('title', 'x', { locale: 'en' })])).toMatchObject({
      refusal: 'sourceLocale',
    });
    expect(planImport(t, [row('title', 'x'), row('title', 'y')])).toMatchObject({
      refusal: 'duplicateRow',
    });
    expect(planImport(t, [row('solve.checklist.1', 'Conferir')])).toMatchObject({ refusal: 'gap' });
  });

  it('refuses when two scripts share the id a row names', () => {
    const plan = planImport(
      [target(SCRIPT), target(SCRIPT, new Map(), 'copy.yaml')],
      [row('title', 'x')],
    );
    expect(plan).toMatchObject({ ok: false, refusal: 'ambiguousScript', file: 'copy.yaml' });
  });
});

describe('round trip', () => {
  const shipped = ['service-cycle', 'retail-returns', 'complaint-handling'].map((name) => {
    const file = `scripts/${name}.yaml`;
    return target(readFileSync(file, 'utf8'), new Map(), file);
  });
  const withLock = shipped.map((s, i) => ({
    ...s,
    lock: i === 0 ? new Map() : confirm(s.table, new Map()).lock,
  }));
  type Rows = Parameters<typeof writeCsv>[0];
  const formats = {
    csv: (rows: Rows) => writeCsv(rows),
    po: (rows: Rows, locale: string) => writePo(rows, locale),
    xliff: (rows: Rows, locale: string) => writeXliff(rows, locale),
  };

  for (const [format, write] of Object.entries(formats)) {
    it(`export then import with no change leaves every script byte for byte (${format})`, () => {
      for (const locale of ['pt', 'pl', 'bn', 'cs']) {
        const rows = exportRows(withLock, locale, () => 'note');
        const read = readImportRows(write(rows, locale));
        if (!read.ok) throw new Error(`unreadable ${format}`);
        expect(read.rows).toHaveLength(rows.length);
        const plan = planImport(withLock, read.rows);
        if (!plan.ok) throw new Error(JSON.stringify(plan));
        // Unconfirmed rows are exported for review and come back the same: nothing to do anywhere.
        expect(plan.changes).toEqual([]);
      }
    });
  }
});

describe('import into other layouts', () => {
  it('adds a list for a new locale after a block list, and a block item after the last one', () => {
    const { text } = applied([
      row('greet.tips.0', 'Usměj se.', { locale: 'cs' }),
      row('greet.tips.1', 'Mluv pomalu.', { locale: 'cs' }),
    ]);
    expect(text).toContain(
      '      pt:\n        - "Sorria."\n      cs: ["Usměj se.", "Mluv pomalu."]\n  - id: name\n',
    );
  });

  it('keeps CRLF line ends in a file written with them', () => {
    const crlf = SCRIPT.replace(/\n/g, '\r\n');
    const { text } = applied(
      [row('thanks.say', 'Obrigado, {{customer}}.'), row('greet.tips.1', 'Fale devagar.')],
      crlf,
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(translation(text, 'thanks.say')).toBe('Obrigado, {{customer}}.');
  });

  it('replaces a block scalar with a quoted one and keeps the line that follows', () => {
    const block = SCRIPT.replace(
      '      pt: "Olá, obrigado por ligar para a {{company}}."\n',
      '      pt: |\n        Olá, obrigado por ligar para a {{company}}.\n',
    );
    const { text } = applied([row('greet.say', 'Olá! {{company}} aqui.')], block);
    expect(text).toContain('      pt: "Olá! {{company}} aqui."\n    tips:\n');
  });

  it('refuses to write through an alias', () => {
    const aliased = SCRIPT.replace(
      'ask: { en: "May I have your name?" }',
      'ask: &q { en: "May I have your name?" }',
    ).replace(
      '    checklist: { en: ["Offer", "Check"] }',
      '    checklist: { en: ["Offer", "Check"] }\n    title: *q',
    );
    expect(planImport([target(aliased)], [row('solve.title', 'Qual é o seu nome?')])).toMatchObject(
      {
        ok: false,
        refusal: 'layout',
      },
    );
  });
});
