import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initI18n, LOCALES, type Locale, translatorFor } from '../../src/i18n/index.js';
import { packageRoot } from '../../src/paths.js';
import { parseLocaleList, scriptIdFor, titleFrom } from '../../src/scaffold/options.js';
import { type ScaffoldInput, scaffoldScript } from '../../src/scaffold/script.js';
import { idFromFileName, slugify } from '../../src/scaffold/slug.js';
import { STAGES } from '../../src/script/types.js';
import { errorsOf } from '../schema/validator.js';

// biome-ignore lint/suspicious/noExplicitAny: the parsed YAML is inspected freely
type Parsed = Record<string, any>;

const SCHEMA_REF = '../schema/script.schema.json';

function scaffold(locales: readonly Locale[], extra: Partial<ScaffoldInput> = {}): string {
  return scaffoldScript({
    id: 'store-returns',
    locales,
    schemaRef: SCHEMA_REF,
    commentLocale: 'en',
    translate: (locale, key, params) => translatorFor(locale)(key, params),
    ...extra,
  });
}

/** Every string the scaffold wrote for one locale, with where it sits. */
function textsIn(script: Parsed, locale: string): [string, string][] {
  const out: [string, string][] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}.${key}`;
      if (key === locale && typeof value === 'string') out.push([here, value]);
      else if (key === locale && Array.isArray(value)) {
        for (const [i, item] of value.entries()) out.push([`${here}.${i}`, String(item)]);
      } else visit(value, here);
    }
  };
  visit(script, '');
  return out;
}

beforeAll(() => initI18n('en'));

describe('scaffoldScript', () => {
  it.each(LOCALES.map((l) => [l]))('writes a schema-valid script in %s', (locale) => {
    const script = parse(scaffold([locale])) as Parsed;
    expect(errorsOf(script)).toEqual([]);
    expect(script.source).toBe(locale);
    expect(script.locales).toEqual([locale]);
  });

  it('puts the schema line first', () => {
    const text = scaffold(['en']);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_REF}`);
  });

  it('covers the five stages in cycle order, starting each with a comment', () => {
    const text = scaffold(['en']);
    const script = parse(text) as Parsed;
    const stages = script.steps.map((step: Parsed) => step.stage);
    expect([...new Set(stages)]).toEqual([...STAGES]);
    expect(stages).toEqual([...stages].sort((a, b) => STAGES.indexOf(a) - STAGES.indexOf(b)));
    for (const stage of STAGES) {
      const comment = `# ${translatorFor('en')(`new.comment.${stage}`)}`;
      expect(text).toContain(comment);
    }
  });

  it('writes comments in the interface language', () => {
    const text = scaffold(['en'], { commentLocale: 'cs' });
    expect(text).toContain(`# ${translatorFor('cs')('new.comment.greeting')}`);
  });

  it('declares the customer as personal data, captures it in rapport and thanks by name', () => {
    const script = parse(scaffold(['en', 'pt'])) as Parsed;
    expect(script.variables.customer.pii).toBe(true);
    const rapport = script.steps.find((s: Parsed) => s.stage === 'rapport');
    expect(rapport.capture).toBe('customer');
    const greeting = script.steps.find((s: Parsed) => s.stage === 'greeting');
    const gratitude = script.steps.find((s: Parsed) => s.stage === 'gratitude');
    for (const locale of ['en', 'pt']) {
      expect(greeting.say[locale]).toContain('{{company}}');
      expect(gratitude.say[locale]).toContain('{{customer}}');
    }
  });

  it('branches in needs with options and checks solutions with a checklist', () => {
    const script = parse(scaffold(['en'])) as Parsed;
    const ids = new Set(script.steps.map((s: Parsed) => s.id));
    expect(ids.size).toBe(script.steps.length);
    const needs = script.steps.find((s: Parsed) => s.stage === 'needs' && s.options);
    expect(needs.options.length).toBeGreaterThan(1);
    const targets = [
      ...script.steps.map((s: Parsed) => s.next),
      ...needs.options.map((o: Parsed) => o.next),
    ].filter(Boolean);
    for (const target of targets) expect(ids).toContain(target);
    const solutions = script.steps.filter((s: Parsed) => s.stage === 'solutions');
    expect(solutions.some((s: Parsed) => s.checklist?.en?.length > 0)).toBe(true);
  });

  it('writes every text in every chosen locale, each from that locale', () => {
    const script = parse(scaffold(['pl', 'bn', 'cs'])) as Parsed;
    const pl = textsIn(script, 'pl').map(([path]) => path.replace(/\.pl(\.|$)/, '.*$1'));
    for (const locale of ['bn', 'cs']) {
      const paths = textsIn(script, locale).map(([path]) => path.replace(`.${locale}`, '.*'));
      expect(paths).toEqual(pl);
    }
    expect(script.steps[0].say.bn).toBe(
      translatorFor('bn')('new.placeholder.steps.greet.say', {
        company: '{{company}}',
        agent: '{{agent}}',
      }),
    );
    expect(textsIn(script, 'en')).toEqual([]);
  });

  it('marks every sentence to be read or asked as TODO', () => {
    const script = parse(scaffold([...LOCALES])) as Parsed;
    for (const locale of LOCALES) {
      const spoken = textsIn(script, locale).filter(
        ([path]) =>
          /\.(say|ask|tips|checklist|label)\./.test(path) && !path.startsWith('.variables'),
      );
      expect(spoken.length).toBeGreaterThan(10);
      for (const [path, text] of spoken)
        expect({ path, text }).toMatchObject({ text: expect.stringMatching(/^TODO/) });
    }
  });

  it('keeps a given title in the source locale and asks for it elsewhere', () => {
    const script = parse(scaffold(['pt', 'en'], { title: 'Devoluções: "loja" {{x}}' })) as Parsed;
    expect(script.title.pt).toBe('Devoluções: "loja" {{x}}');
    expect(script.title.en).toBe(
      translatorFor('en')('new.placeholder.titleToTranslate', {
        title: 'Devoluções: "loja" {{x}}',
      }),
    );
    expect(script.title.en).toMatch(/^TODO/);
    expect(Object.keys(script.title)).toEqual(['pt', 'en']);
  });

  it('quotes what YAML would misread', () => {
    const script = parse(scaffold(['en'], { id: 'x', title: 'yes: no # [1, 2]' })) as Parsed;
    expect(script.title.en).toBe('yes: no # [1, 2]');
  });

  const checkerPath = join(packageRoot(), 'src', 'script', 'index.ts');
  it.skipIf(!existsSync(checkerPath))(
    'passes the script checker with TODO warnings only',
    async () => {
      const { checkScript } = (await import(checkerPath)) as {
        checkScript: (source: string) => { diagnostics: { code: string; severity: string }[] };
      };
      for (const locales of [['en'], [...LOCALES]] as Locale[][]) {
        const { diagnostics } = checkScript(scaffold(locales));
        const other = diagnostics.filter((d) => d.code !== 'TODO');
        expect(other).toEqual([]);
        expect(diagnostics.length).toBeGreaterThan(0);
      }
    },
  );

  it.skipIf(!existsSync(checkerPath))(
    'gives the company the greeting names a default to replace, flagged TODO',
    async () => {
      const { checkScript } = (await import(checkerPath)) as {
        checkScript: (source: string) => { diagnostics: { code: string; path: string }[] };
      };
      for (const locale of LOCALES) {
        const script = parse(scaffold([locale, 'en'])) as Parsed;
        expect(script.variables.company.default).toMatch(/^TODO/);
        expect(script.variables.company.default).toBe(
          translatorFor(locale)('new.placeholder.companyDefault'),
        );
        const { diagnostics } = checkScript(scaffold([locale]));
        const todo = diagnostics.find((d) => d.path === 'variables.company.default');
        expect(todo?.code).toBe('TODO');
      }
    },
  );
});

describe('ids from file names', () => {
  it.each([
    ['Store Returns.yaml', 'store-returns'],
    ['scripts/retail-returns.yml', 'retail-returns'],
    ['Devoluções na Loja.YAML', 'devolucoes-na-loja'],
    ['Zwroty łóżek.yaml', 'zwroty-lozek'],
    ['Vrácení zboží.yaml', 'vraceni-zbozi'],
    ['--2026 plan--.yaml', '2026-plan'],
    ['notes.txt', 'notes-txt'],
    ['গ্রাহক.yaml', 'script'],
  ])('%s → %s', (file, id) => {
    expect(idFromFileName(file)).toBe(id);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('slugify leaves nothing outside the id alphabet', () => {
    expect(slugify(' Ça va? ÆØ ß ')).toBe('ca-va-aeo-ss');
  });
});

describe('options of coach new', () => {
  it('defaults the locales to the interface locale', () => {
    expect(parseLocaleList(undefined, 'bn')).toEqual(['bn']);
  });

  it('reads a comma-separated list, trimmed, lowercased, without repeats', () => {
    expect(parseLocaleList(' pl, CS ,pl,', 'en')).toEqual(['pl', 'cs']);
  });

  it('names the bad code', () => {
    expect(() => parseLocaleList('en,xx', 'en')).toThrow(
      expect.objectContaining({
        key: 'new.errors.badLocale',
        params: { locale: 'xx' },
        exitCode: 2,
      }),
    );
    expect(() => parseLocaleList(' , ', 'en')).toThrow(
      expect.objectContaining({ key: 'new.errors.noLocales', exitCode: 2 }),
    );
  });

  it('takes a valid --id and refuses a bad one', () => {
    expect(scriptIdFor('my-script-2', 'x.yaml')).toBe('my-script-2');
    expect(scriptIdFor(undefined, 'My Script.yaml')).toBe('my-script');
    expect(() => scriptIdFor('My_Script', 'x.yaml')).toThrow(
      expect.objectContaining({ key: 'new.errors.badId', exitCode: 2 }),
    );
  });

  it('cleans the title to one line', () => {
    expect(titleFrom('  Returns\n\u001b[31mnow ')).toBe('Returns [31mnow');
    expect(titleFrom('   ')).toBeUndefined();
    expect(titleFrom(undefined)).toBeUndefined();
  });
});
