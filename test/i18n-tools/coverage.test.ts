import { describe, expect, it } from 'vitest';
import { confirm } from '../../src/i18n-tools/confirm.js';
import { coverageOf } from '../../src/i18n-tools/coverage.js';
import { SCRIPT, target } from './helpers.js';

const EDITED = SCRIPT.replace(
  '"Hello, thank you for calling {{company}}."',
  '"Hi, thanks for calling {{company}}."',
);

function covered(text: string, lock = confirm(target(SCRIPT).table, new Map()).lock) {
  return coverageOf([target(text, lock)]);
}

describe('coverage', () => {
  it('counts translated, missing and stale texts per locale, with a total line', () => {
    const coverage = covered(SCRIPT);
    expect(coverage.locales).toEqual(['en', 'pt']);
    const row = coverage.rows[0];
    expect(row?.texts).toBe(12);
    expect(row?.cells.en).toMatchObject({ translated: 12, isSource: true });
    // Missing in pt: greet.tips.1, name.ask, the label of "other", the checklist (2), thanks.say.
    expect(row?.cells.pt).toMatchObject({ translated: 6, missing: 6, stale: 0, promised: true });
    expect(coverage.totals.pt).toEqual({ translated: 6, missing: 6, stale: 0 });
    expect(coverage.complete).toBe(false);
  });

  it('places each missing translation of a promised locale at its locale map', () => {
    const missing = covered(SCRIPT).findings.filter((f) => f.state === 'missing');
    expect(missing.map((f) => `${f.line}:${f.col} ${f.key}`)).toEqual([
      '25:9 greet.tips.1',
      '28:10 name.ask',
      '37:29 need.options.other.label',
      '40:16 solve.checklist.0',
      '40:16 solve.checklist.1',
      '44:7 thanks.say',
    ]);
  });

  it('shows a locale that is not promised in its own column', () => {
    const withCs = SCRIPT.replace(
      'title: { en: Shop line, pt: Linha da loja }',
      'title: { en: Shop line, pt: Linha da loja, cs: Linka obchodu }',
    );
    const coverage = covered(withCs);
    expect(coverage.locales).toEqual(['en', 'pt', 'cs']);
    expect(coverage.rows[0]?.cells.cs).toMatchObject({ promised: false, missing: 11 });
    expect(coverage.findings.some((f) => f.locale === 'cs')).toBe(false);
  });
});

describe('staleness', () => {
  it('reports every translation made from the old source text, at file:line:col', () => {
    const stale = covered(EDITED).findings.filter((f) => f.state === 'stale');
    expect(stale).toEqual([
      {
        file: 'shop.yaml',
        script: 'shop',
        key: 'greet.say',
        locale: 'pt',
        state: 'stale',
        line: 19,
        col: 11,
      },
    ]);
  });

  it('reports translations without a lock entry as unconfirmed', () => {
    const findings = covered(SCRIPT, new Map()).findings.filter((f) => f.state === 'unconfirmed');
    expect(findings).toHaveLength(6);
  });

  it('is cleared by confirm, for one step or one locale', () => {
    const before = confirm(target(SCRIPT).table, new Map()).lock;
    const edited = target(EDITED, before);
    const other = confirm(edited.table, before, { step: 'need' });
    expect(other.count).toBe(0);
    const wrongLocale = confirm(edited.table, before, { locale: 'cs' });
    expect(wrongLocale.count).toBe(0);
    const fixed = confirm(edited.table, before, { step: 'greet', locale: 'pt' });
    expect(fixed.count).toBe(1);
    expect(
      coverageOf([target(EDITED, fixed.lock)]).findings.filter((f) => f.state !== 'missing'),
    ).toEqual([]);
  });

  it('drops lock entries of texts that no longer exist', () => {
    const lock = confirm(target(SCRIPT).table, new Map()).lock;
    lock.set('gone.say', new Map([['pt', 'abc']]));
    expect(confirm(target(SCRIPT).table, lock).lock.has('gone.say')).toBe(false);
  });

  it('a translation edited by hand needs no new confirm; a new one does', () => {
    const lock = confirm(target(SCRIPT).table, new Map()).lock;
    const retranslated = SCRIPT.replace('"Sorria."', '"Sorria sempre."');
    expect(covered(retranslated, lock).findings.filter((f) => f.state !== 'missing')).toEqual([]);
    const added = SCRIPT.replace(
      'ask: { en: "May I have your name?" }',
      'ask: { en: "May I have your name?", pt: "Qual é o seu nome?" }',
    );
    expect(
      covered(added, lock)
        .findings.filter((f) => f.state === 'unconfirmed')
        .map((f) => f.key),
    ).toEqual(['name.ask']);
  });
});
