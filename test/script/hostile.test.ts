import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkScript, DIAGNOSTIC_CODES } from '../../src/script/index.js';
import { check, codes, FIVE_STEPS, withSteps } from './helpers.js';

function wellFormed(result: ReturnType<typeof checkScript>): void {
  expect(Array.isArray(result.diagnostics)).toBe(true);
  for (const d of result.diagnostics) {
    expect(DIAGNOSTIC_CODES).toContain(d.code);
    expect(d.start.line).toBeGreaterThanOrEqual(1);
    expect(d.start.col).toBeGreaterThanOrEqual(1);
    for (const value of Object.values(d.params))
      expect(['string', 'number']).toContain(typeof value);
  }
  if (result.script) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(false);
}

describe('hostile input', () => {
  it('never pollutes prototypes through __proto__, constructor or prototype keys', () => {
    const result = check(
      withSteps(
        FIVE_STEPS,
        [
          '__proto__: { polluted: true }',
          'constructor: { prototype: { polluted: true } }',
          'variables:',
          '  constructor: { default: x }',
          '  prototype: { default: y }',
          '  __proto__: { default: z }',
        ].join('\n'),
      ).replace('say: { en: "Hello." }', 'say: { en: "Hello.", __proto__: { polluted: true } }'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(codes(result)).toEqual(['INVALID_VALUE', 'UNKNOWN_KEY', 'UNKNOWN_KEY', 'INVALID_VALUE']);
  });

  it('keeps declared variables named like Object properties as plain data', () => {
    const result = check(
      withSteps(FIVE_STEPS, 'variables: { constructor: { default: x }, toString: {} }\n'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.script?.variables.map((v) => v.name)).toEqual(['constructor', 'toString']);
  });

  it('answers for values that are not text at all', () => {
    for (const value of [undefined, null, 42, {}, Buffer.from('coach: 1')]) {
      wellFormed(checkScript(value as unknown as string));
    }
  });

  it('returns diagnostics and never throws, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (source) => {
        wellFormed(checkScript(source));
      }),
      { numRuns: 400 },
    );
  });

  it('returns diagnostics and never throws, for YAML-looking text', () => {
    const token = fc.constantFrom(
      'coach: 1\n',
      'id: x\n',
      'steps:\n',
      '  - ',
      '{',
      '}',
      '[',
      ']',
      ': ',
      ', ',
      '&a ',
      '*a ',
      '!!str ',
      '!x ',
      '? ',
      '"',
      "'",
      '|\n',
      '#',
      '\t',
      '\n',
      '  ',
      'stage: needs',
      'next: x',
      'title: { en: "{{x}}" }\n',
      '---\n',
      '%YAML 1.1\n',
      '<<: ',
      '~',
      '.inf',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        wellFormed(checkScript(parts.join('')));
      }),
      { numRuns: 400 },
    );
  });

  it('returns diagnostics and never throws, for any JSON-like value written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        wellFormed(checkScript(stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('returns diagnostics for scripts with random values in known places', () => {
    const anything = fc.jsonValue({ maxDepth: 3 });
    const step = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c'), anything),
        stage: fc.oneof(fc.constantFrom('greeting', 'needs', 'gratitude'), anything),
        say: fc.oneof(fc.dictionary(fc.constantFrom('en', 'pt', 'x'), fc.string()), anything),
        next: fc.oneof(fc.constantFrom('a', 'b', 'zz'), anything),
        options: fc.array(
          fc.record({ id: anything, label: anything, next: anything }, { requiredKeys: [] }),
        ),
        capture: fc.oneof(fc.constantFrom('customer', 'x'), anything),
        end: fc.oneof(fc.boolean(), anything),
        target: fc.oneof(fc.constantFrom('15s', '1m30s', 0), anything),
      },
      { requiredKeys: [] },
    );
    const script = fc.record(
      {
        coach: fc.oneof(fc.constant(1), anything),
        id: fc.oneof(fc.constant('x'), anything),
        title: anything,
        locales: fc.oneof(fc.constant(['en', 'pt']), anything),
        variables: fc.oneof(fc.constant({ customer: {} }), anything),
        steps: fc.array(step, { maxLength: 6 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(script, (value) => {
        wellFormed(checkScript(stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('large bad files', () => {
  // These would take minutes if any check compared every key or problem with every other.
  it('reports each repeated key of a mapping with 30,000 of them', () => {
    const source = `coach: 1\n${'id: x\n'.repeat(30_000)}`;
    const result = check(source);
    expect(result.diagnostics.filter((d) => d.code === 'DUPLICATE_KEY')).toHaveLength(29_999);
    expect(result.diagnostics.at(-1)?.start).toEqual({ line: 30_001, col: 1 });
  });

  it('reports thousands of unknown variables in one long text, each at its place', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `{{v${i}}}`).join(' ');
    const result = check(withSteps(FIVE_STEPS.replace('"Hello."', `"${names}"`)));
    const unknown = result.diagnostics.filter((d) => d.code === 'UNKNOWN_VARIABLE');
    expect(unknown).toHaveLength(20_000);
    expect(new Set(unknown.map((d) => d.params.variable)).size).toBe(20_000);
  });

  it('keeps the list of missing locales short when a script promises very many', () => {
    const locales = Array.from({ length: 5_000 }, (_, i) => `en-x${i}`).join(', ');
    const result = check(withSteps(FIVE_STEPS, `locales: [${locales}]\n`));
    const d = result.diagnostics.find((x) => x.code === 'MISSING_TRANSLATION');
    expect(d?.params.locales).toBe('en-x0, en-x1, en-x2, en-x3, en-x4, en-x5, en-x6, en-x7, …');
  });

  it('reports a loop through 20,000 steps once, with a short list', () => {
    const steps = Array.from(
      { length: 20_000 },
      (_, i) => `  - { id: s${i}, stage: needs, next: s${(i + 1) % 20_000} }`,
    ).join('\n');
    const loops = check(withSteps(steps)).diagnostics.filter((d) => d.code === 'LOOP_WITHOUT_EXIT');
    expect(loops).toHaveLength(1);
    expect(loops[0]?.params.steps).toMatch(/^s0, s1, .*, …$/);
  });
});
