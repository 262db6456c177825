import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packagePath } from '../../src/paths.js';
import { DIAGNOSTIC_CODES, FILE_CODES } from '../../src/script/diagnostic.js';
import { STAGES } from '../../src/script/types.js';
import { errorsOf, schema, validateScript } from './validator.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are reshaped freely to break them
type Script = Record<string, any>;

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

const everyKey = parse(fixture('every-key.yaml')) as Script;

/** A copy of the every-key fixture with one change made to it. */
function variant(change: (script: Script) => void): Script {
  const copy = structuredClone(everyKey);
  change(copy);
  return copy;
}

describe('script.schema.json', () => {
  it('is a draft-07 schema that compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof validateScript).toBe('function');
  });

  it('describes every property it declares', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const key of ['properties', 'patternProperties', 'definitions']) {
        const children = record[key] as Record<string, Record<string, unknown>> | undefined;
        for (const [name, child] of Object.entries(children ?? {})) {
          if (typeof child.description !== 'string') undocumented.push(`${path}/${key}/${name}`);
          walk(child, `${path}/${key}/${name}`);
        }
      }
      for (const key of ['items', 'oneOf']) if (record[key]) walk(record[key], `${path}/${key}`);
    };
    walk(schema, '#');
    expect(undocumented).toEqual([]);
  });

  it('forbids unknown keys in every object it describes', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) walk(item, `${path}/${i}`);
      }
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.type === 'object' && record.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });

  it('lists the five stages in cycle order', () => {
    const definitions = schema.definitions as Script;
    expect(definitions.step.properties.stage.enum).toEqual([...STAGES]);
  });
});

describe('valid scripts', () => {
  it('accepts a script that uses every key', () => {
    expect(errorsOf(everyKey)).toEqual([]);
  });

  it('accepts the smallest script', () => {
    const smallest = {
      coach: 1,
      id: 'x',
      title: { en: 'X' },
      steps: [{ id: 'a', stage: 'greeting' }],
    };
    expect(errorsOf(smallest)).toEqual([]);
  });

  it.each(['15s', '1m', '1m30s', '90s', 45, 2.5])('accepts the duration %j', (target) => {
    expect(errorsOf(variant((s) => (s.steps[0].target = target)))).toEqual([]);
  });

  it.each(['en', 'bn', 'fil', 'pt-BR', 'zh-Hant'])('accepts the locale code %s', (code) => {
    expect(errorsOf(variant((s) => (s.title = { [code]: 'T' })))).toEqual([]);
  });

  it('accepts every shipped script', () => {
    const dir = packagePath('scripts');
    const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const script = parse(readFileSync(join(dir, name), 'utf8'));
      expect({ name, errors: errorsOf(script) }).toEqual({ name, errors: [] });
    }
  });
});

describe('the format reference', () => {
  const doc = readFileSync(packagePath('docs', 'script-format.md'), 'utf8');
  const whole = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1] as string)
    .filter((block) => /^coach: 1$/m.test(block) && /^steps:$/m.test(block));

  it('has complete examples', () => {
    expect(whole.length).toBeGreaterThanOrEqual(2);
  });

  it.each(whole.map((block, i) => [i, block]))('example %i matches the schema', (_i, block) => {
    expect(errorsOf(parse(block as string))).toEqual([]);
  });

  it('documents the checker’s codes and those of files it cannot check, and no other', () => {
    const codes = [...doc.matchAll(/^\| `([A-Z_]+)` +\|/gm)].map((match) => match[1]);
    expect(codes.sort()).toEqual([...DIAGNOSTIC_CODES, ...FILE_CODES].sort());
  });
});

describe('invalid scripts', () => {
  const cases: [string, (s: Script) => void][] = [
    ['an unknown top-level key', (s) => (s.author = 'me')],
    ['an unknown key in a step', (s) => (s.steps[0].sayy = { en: 'Hi' })],
    ['an unknown key in an option', (s) => (s.steps[2].options[0].goto = 'thanks')],
    ['an unknown key in a variable', (s) => (s.variables.customer.secret = true)],
    [
      'a __proto__ key in a step',
      (s) => Object.defineProperty(s.steps[0], '__proto__', { value: {}, enumerable: true }),
    ],
    ['a stage outside the cycle', (s) => (s.steps[0].stage = 'farewell')],
    ['a stage in capitals', (s) => (s.steps[0].stage = 'Greeting')],
    ['a duration with a space', (s) => (s.steps[0].target = '15 s')],
    ['a duration in hours', (s) => (s.steps[0].target = '1h')],
    ['seconds before minutes', (s) => (s.steps[0].target = '30s1m')],
    ['an empty duration', (s) => (s.steps[0].target = '')],
    ['a negative duration', (s) => (s.steps[0].target = -5)],
    ['a duration of zero seconds', (s) => (s.steps[0].target = 0)],
    ['format version 2', (s) => (s.coach = 2)],
    ['the format version as a string', (s) => (s.coach = '1')],
    ['an id with capitals', (s) => (s.id = 'Every-Key')],
    ['a number as id', (s) => (s.id = 5)],
    ['a number as version', (s) => (s.version = 2026.11)],
    ['a string as title', (s) => (s.title = 'Store returns')],
    ['a list in a text', (s) => (s.steps[0].say = { en: ['Hello'] })],
    ['a string as tips', (s) => (s.steps[0].tips = { en: 'Smile' })],
    ['a bad locale key', (s) => (s.steps[0].say = { English: 'Hello' })],
    ['a bad locale code in locales', (s) => (s.locales = ['en', 'PT'])],
    ['a string as required', (s) => (s.steps[0].required = 'yes')],
    ['a string as end', (s) => (s.steps[5].end = 'true')],
    ['a string as pii', (s) => (s.variables.customer.pii = 'yes')],
    ['a number as a variable default', (s) => (s.variables.company.default = 7)],
    ['a bad variable name', (s) => (s.variables['Customer-Name'] = {})],
    ['a capture of a bad name', (s) => (s.steps[1].capture = 'Customer')],
    ['a next that is not an id', (s) => (s.steps[4].next = 'Thanks!')],
    ['an option without label', (s) => delete s.steps[2].options[0].label],
    ['an option without id', (s) => delete s.steps[2].options[0].id],
    ['a step without stage', (s) => delete s.steps[0].stage],
    ['a step without id', (s) => delete s.steps[0].id],
    ['no steps', (s) => (s.steps = [])],
    ['steps as a map', (s) => (s.steps = { greet: s.steps[0] })],
    ['no title', (s) => delete s.title],
    ['no format version', (s) => delete s.coach],
    ['a string as given', (s) => (s.variables.customer.given = 'yes')],
    ['an id of 65 characters', (s) => (s.id = 'a'.repeat(65))],
    ['a variable name of 65 characters', (s) => (s.variables[`v${'x'.repeat(64)}`] = {})],
    ['a version of 101 characters', (s) => (s.version = '1'.repeat(101))],
    ['a default of 1001 characters', (s) => (s.variables.company.default = 'x'.repeat(1001))],
    ['a text of 5001 characters', (s) => (s.steps[0].say.en = 'a'.repeat(5001))],
    ['1001 steps', (s) => (s.steps = Array.from({ length: 1001 }, () => s.steps[0]))],
    ['an escape character in a text', (s) => (s.steps[0].say.en = 'Hi \u001b[2J')],
    ['a right-to-left override in a tip', (s) => (s.steps[0].tips.en = ['evil \u202egnp.exe'])],
  ];

  it.each(cases)('rejects %s', (_name, change) => {
    expect(errorsOf(variant(change))).not.toEqual([]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(errorsOf(['coach', 1])).not.toEqual([]);
    expect(errorsOf('coach: 1')).not.toEqual([]);
  });
});
