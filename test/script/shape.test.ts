import { describe, expect, it } from 'vitest';
import { check, codes, expectDiagnostic, FIVE_STEPS, withSteps, yaml } from './helpers.js';

describe('unknown keys', () => {
  it('points at the key and suggests a close one', () => {
    const result = check(withSteps(FIVE_STEPS, 'titel: { en: x }\ncolour: red\n'));
    const typo = expectDiagnostic(result, 'UNKNOWN_KEY', '10:1');
    const allowed = 'coach, id, version, title, source, locales, variables, steps';
    expect(typo.params).toEqual({ key: 'titel', where: 'script', allowed, suggestion: 'title' });
    expect(typo.path).toBe('titel');
    expect(expectDiagnostic(result, 'UNKNOWN_KEY', '11:1').params).toEqual({
      key: 'colour',
      where: 'script',
      allowed,
    });
  });

  it('in a step, an option and a variable', () => {
    const result = check(yaml`
      coach: 1
      id: test
      title: { en: Test }
      variables:
        customer: { lable: { en: Name } }
      steps:
        - id: hello
          stage: greeting
          sya: { en: Hi }
          options:
            - { id: a, label: { en: A }, nxt: hello }
    `);
    expect(expectDiagnostic(result, 'UNKNOWN_KEY', '5:15').params).toEqual({
      key: 'lable',
      where: 'variable',
      allowed: 'label, default, given, pii',
      suggestion: 'label',
    });
    expect(expectDiagnostic(result, 'UNKNOWN_KEY', '9:5').params).toMatchObject({
      key: 'sya',
      where: 'step',
      suggestion: 'say',
    });
    const option = expectDiagnostic(result, 'UNKNOWN_KEY', '11:36');
    expect(option.params).toMatchObject({ where: 'option', allowed: 'id, label, next' });
    expect(option.params).toMatchObject({ suggestion: 'next' });
    expect(option.path).toBe('steps.0.options.0.nxt');
  });

  it('reads non-string scalar keys as text and refuses collection and alias keys', () => {
    const result = check(withSteps(FIVE_STEPS, '1: one\n? [a]\n: b\nx: &k id\n*k : y\n'));
    expect(expectDiagnostic(result, 'UNKNOWN_KEY', '10:1').params.key).toBe('1');
    expect(expectDiagnostic(result, 'WRONG_TYPE', '11:3').params.expected).toBe('string');
    expect(expectDiagnostic(result, 'WRONG_TYPE', '14:1').params.expected).toBe('string');
  });
});

describe('wrong types', () => {
  it('points at the value and says what was expected, with an example', () => {
    const result = check(withSteps(FIVE_STEPS, 'version: 2026.11\n'));
    const d = expectDiagnostic(result, 'WRONG_TYPE', '10:10');
    expect(d.params).toEqual({ expected: 'string', example: '"Hello"' });
    expect(d.end).toEqual({ line: 10, col: 17 });
    expect(d.path).toBe('version');
  });

  it('points at the key when the value is empty', () => {
    expectDiagnostic(check(withSteps(FIVE_STEPS, 'source:\n')), 'WRONG_TYPE', '10:1');
  });

  it('checks each kind of value', () => {
    const result = check(yaml`
      coach: 1
      id: test
      title: Test
      locales: en
      variables: [customer]
      steps:
        - id: hello
          stage: greeting
          required: yes
          target: [15s]
          say: { en: [Hello] }
          tips: { en: Smile }
          options: { id: a }
          end: 1
        - just text
    `);
    const expected = (at: `${number}:${number}`) =>
      expectDiagnostic(result, 'WRONG_TYPE', at).params.expected;
    expect(expected('3:8')).toBe('localeMap');
    expect(expected('4:10')).toBe('localeList');
    expect(expected('5:12')).toBe('variables');
    expect(expected('9:15')).toBe('boolean');
    expect(expected('10:13')).toBe('duration');
    expect(expected('11:16')).toBe('string');
    expect(expected('12:17')).toBe('list');
    expect(expected('13:14')).toBe('list');
    expect(expected('14:10')).toBe('boolean');
    expect(expected('15:5')).toBe('step');
  });

  it('wants coach to be the number 1', () => {
    expect(expectDiagnostic(check('coach: "1"\n'), 'WRONG_TYPE', '1:8').params.expected).toBe(
      'number',
    );
  });
});

describe('missing keys', () => {
  it('reports them at the first key of the mapping', () => {
    const result = check('version: "1"\nsource: en\n');
    for (const key of ['coach', 'id', 'title', 'steps']) {
      const d = result.diagnostics.find((x) => x.code === 'MISSING_KEY' && x.params.key === key);
      expect(d?.start).toEqual({ line: 1, col: 1 });
      expect(d?.params.where).toBe('script');
      expect(d?.path).toBe(key);
    }
  });

  it('in a step and an option', () => {
    const result = check(
      withSteps(
        [
          '  - { say: { en: Hi } }',
          '  - { id: name, stage: rapport, options: [ { next: name } ] }',
          FIVE_STEPS,
        ].join('\n'),
      ),
    );
    expect(expectDiagnostic(result, 'MISSING_KEY', '5:7').params).toEqual({
      key: 'id',
      where: 'step',
    });
    expect(
      result.diagnostics.filter((d) => d.code === 'MISSING_KEY' && d.start.line === 5),
    ).toHaveLength(2);
    const option = result.diagnostics.filter((d) => d.code === 'MISSING_KEY' && d.start.line === 6);
    expect(option.map((d) => [d.params.key, d.params.where, d.start.col])).toEqual([
      ['id', 'option', 46],
      ['label', 'option', 46],
    ]);
  });
});

describe('invalid values', () => {
  it('checks ids, stages, durations, locale codes and variable names', () => {
    const result = check(yaml`
      coach: 1
      id: Store_Returns
      title: { en: Test, EN: Test }
      source: english
      variables:
        Customer: {}
      steps:
        - id: hello
          stage: welcome
          target: 15 seconds
          capture: customer-name
    `);
    const at = (pos: `${number}:${number}`) =>
      expectDiagnostic(result, 'INVALID_VALUE', pos).params;
    expect(at('2:5')).toEqual({
      expected: 'id',
      example: 'retail-returns',
      value: 'Store_Returns',
    });
    expect(at('3:20').expected).toBe('localeCode');
    expect(at('4:9').expected).toBe('localeCode');
    expect(at('6:3').expected).toBe('variableName');
    expect(at('9:12')).toEqual({ expected: 'stage', example: 'greeting', value: 'welcome' });
    expect(at('10:13').expected).toBe('duration');
    expect(at('11:14').expected).toBe('variableName');
  });

  it('accepts a duration as a number of seconds, but not zero or less', () => {
    const steps = FIVE_STEPS.replace('stage: greeting,', 'stage: greeting, target: 7.5,');
    expect(check(withSteps(steps)).script?.steps[0]?.targetMs).toBe(7500);
    const zero = FIVE_STEPS.replace('stage: greeting,', 'stage: greeting, target: 0,');
    expect(codes(check(withSteps(zero)))).toEqual(['INVALID_VALUE']);
  });

  it('wants at least one step', () => {
    const d = expectDiagnostic(
      check('coach: 1\nid: x\ntitle: { en: X }\nsteps: []\n'),
      'INVALID_VALUE',
      '4:8',
    );
    expect(d.params.expected).toBe('nonEmptyList');
  });
});

describe('format version', () => {
  it('stops at a version it does not know, without reporting the rest', () => {
    const result = check('coach: 2\nid: Bad Id\nsomething: new\n');
    expect(codes(result)).toEqual(['UNSUPPORTED_VERSION']);
    expect(expectDiagnostic(result, 'UNSUPPORTED_VERSION', '1:8').params).toEqual({
      version: '2',
      supported: 1,
    });
  });
});
