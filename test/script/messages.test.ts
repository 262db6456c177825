import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, translatorFor } from '../../src/i18n/index.js';
import {
  checkScript,
  DIAGNOSTIC_CODES,
  type Diagnostic,
  FILE_CODES,
} from '../../src/script/index.js';
import { MAX_STEPS, MAX_VERSION_LENGTH } from '../../src/script/limits.js';
import { EXAMPLES } from '../../src/script/shape/vocabulary.js';
import { FIVE_STEPS, withSteps } from './helpers.js';

type Messages = Record<string, string | Record<string, string>>;
const diag = (JSON.parse(readFileSync('locales/en.json', 'utf8')) as { diag: Messages }).diag;

/** Every code yaml 2.9 can put in an error or warning. */
const YAML_CODES = [
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BAD_INDENT',
  'BAD_PROP_ORDER',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'DUPLICATE_KEY',
  'IMPOSSIBLE',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT',
  'TAG_RESOLVE_FAILED',
  'UNEXPECTED_TOKEN',
  'BAD_COLLECTION_TYPE',
];

function message(code: string): string {
  const text = diag[code] ?? diag[`${code}_other`];
  return typeof text === 'string' ? text : '';
}

/** Scripts that between them produce every code. */
const BAD = [
  '',
  'coach: 1\n\tx: 1\n',
  'a: 1\na: 2\n',
  'a: \u0000',
  '- a',
  `x: ${'['.repeat(80)}`,
  'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
  'coach: 3\n',
  withSteps(
    [
      '  - { id: hello, stage: greeting, target: 1s, say: { en: "Hello {{who}} {{customer}}, TODO" } }',
      '  - { id: hello, stage: rapport, capture: someone, ask: { en: "" }, options: [ { id: a, label: { en: A } }, { id: a, label: { en: B }, next: nope } ] }',
      '  - { id: loop, stage: greeting, next: loop, colr: 1, required: 2, end: x }',
      '  - { id: far, stage: Needs, capture: customer }',
    ].join('\n'),
    'locales: [en, pt]\nvariables: { customer: { label: { en: Name } } }\nversion:\nid2: x\n',
  ),
  withSteps(FIVE_STEPS, 'steps: []\n').replace('steps:\n', 'stepz:\n'),
  withSteps(
    `${FIVE_STEPS.replace('"Hello."', '"Hello from {{company}}\\e[2J."')}\n${'  - { id: more, stage: gratitude }\n'.repeat(MAX_STEPS)}`,
    `version: "${'1'.repeat(MAX_VERSION_LENGTH + 1)}"\n`,
  ),
  withSteps(
    FIVE_STEPS.replace('"Hello."', '"Hello.", pt: "Olá, {{agent}}."')
      .replace('"Your name?"', '"Your name?", pt: "Seu nome."')
      .replace('"How can I help?"', '"How can I help?", pt: "How can I help?"')
      .replace(
        '"Here is what we can do."',
        '"Here is what we can do: a free label by email, and a refund as soon as the parcel arrives.", pt: "Etiqueta grátis."',
      )
      .replace('"Thank you."', '"Thank you.", pt: "Obrigado."'),
    'locales: [en, pt]\n',
  ).replace('{ en: Test }', '{ en: Test, pt: Teste }'),
];

describe('messages for diagnostics', () => {
  it('has a message for every code', () => {
    for (const code of DIAGNOSTIC_CODES) expect(message(code), code).not.toBe('');
  });

  it.each(LOCALES)('words the codes of files the checker cannot answer for in %s', (locale) => {
    const t = translatorFor(locale);
    for (const code of FILE_CODES) {
      const text = t(`validate.diag.${code}`, { reason: 'x' });
      expect(text, code).not.toMatch(/\{\{|validate\.diag\./);
    }
  });

  it('has a word for every where, expected and yaml code a diagnostic can carry', () => {
    const group = (name: string) => diag[name] as Record<string, string>;
    for (const where of ['script', 'step', 'option', 'variable'])
      expect(group('where')[where]).toBeTruthy();
    for (const what of ['id', 'name', 'version', 'value', 'text'])
      expect(group('what')[what]).toBeTruthy();
    for (const kind of ['control', 'bidi', 'lineBreak']) expect(group('kind')[kind]).toBeTruthy();
    for (const expected of Object.keys(EXAMPLES))
      expect(group('expected')[expected], expected).toBeTruthy();
    for (const code of YAML_CODES) expect(group('yamlCode')[code], code).toBeTruthy();
    expect(diag.didYouMean).toContain('{{suggestion}}');
  });

  const all: Diagnostic[] = [
    ...BAD.flatMap((source) => checkScript(source).diagnostics),
    ...checkScript('a: b', { maxBytes: 1 }).diagnostics,
  ];

  it('uses no param name that i18next reads as an option of its own', () => {
    const reserved = [
      'lng',
      'lngs',
      'locale',
      'ns',
      'context',
      'defaultValue',
      'replace',
      'ordinal',
    ];
    for (const d of all)
      for (const name of reserved) expect(d.params, d.code).not.toHaveProperty(name);
  });

  it('uses only params the diagnostics carry', () => {
    const seen = new Set(all.map((d) => d.code));
    expect(DIAGNOSTIC_CODES.filter((code) => !seen.has(code))).toEqual([]);
    for (const d of all) {
      const names = [...message(d.code).matchAll(/\{\{(\w+)/g)].map((m) => m[1] as string);
      for (const name of names) expect(d.params, `${d.code} lacks ${name}`).toHaveProperty(name);
    }
  });

  it.each(LOCALES)('reads completely in %s, with vocabulary words looked up', (locale) => {
    const t = translatorFor(locale);
    for (const d of all) {
      // As the formatter does: `where`, `expected`, `yamlCode`… name words at diag.<param>.<value>.
      const params: Record<string, string | number> = { ...d.params };
      for (const name of ['where', 'expected', 'yamlCode', 'what', 'kind']) {
        if (typeof params[name] === 'string') params[name] = t(`diag.${name}.${params[name]}`);
      }
      const text = t(`diag.${d.code}`, params);
      expect(text, d.code).not.toMatch(/\{\{|diag\./);
    }
    const long = all.find((d) => d.code === 'TOO_LONG_TO_READ');
    if (locale === 'bn') expect(t('diag.TOO_LONG_TO_READ', long?.params)).toMatch(/[০-৯]/);
  });
});
