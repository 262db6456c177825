/** Every variable a text shows has a value by then (VARIABLE_WITHOUT_VALUE). */
import { describe, expect, it } from 'vitest';
import { check, codes, expectDiagnostic, FIVE_STEPS, greeting, withSteps } from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i; what follows `steps` starts on line 10.
describe('a variable with no value where it is shown', () => {
  it('is the built-in company when nothing gives it a value', () => {
    const result = greeting('{ en: "Hello, thank you for calling {{company}}." }');
    const d = expectDiagnostic(result, 'VARIABLE_WITHOUT_VALUE', '5:76');
    expect(d.params).toEqual({ variable: 'company' });
    expect(d.end).toEqual({ line: 5, col: 87 });
    expect(d.path).toBe('steps.0.say.en');
    expect(result.script).toBeUndefined();
  });

  it('is a declared variable with no default that is neither given nor captured', () => {
    const result = greeting(
      '{ en: "At {{store}}." }',
      'variables: { store: { label: { en: Store } } }\n',
    );
    expect(expectDiagnostic(result, 'VARIABLE_WITHOUT_VALUE', '5:50').params).toEqual({
      variable: 'store',
    });
  });

  it('is a default that shows nothing', () => {
    const result = greeting('{ en: "At {{store}}." }', 'variables: { store: { default: "  " } }\n');
    expect(codes(result)).toEqual(['VARIABLE_WITHOUT_VALUE']);
  });

  it('is reported once per text, at its first language, and in lists and titles too', () => {
    const result = check(
      withSteps(
        FIVE_STEPS.replace(
          '{ en: "Hello." }',
          '{ en: "Hi {{store}}.", pt: "Oi {{store}}." }, tips: { en: ["At {{store}}"] }',
        ),
        'variables: { store: {} }\n',
      ).replace('title: { en: Test }', 'title: { en: "{{store}}" }'),
    );
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      'title.en',
      'steps.0.say.en',
      'steps.0.tips.en.0',
    ]);
    expect(new Set(codes(result))).toEqual(new Set(['VARIABLE_WITHOUT_VALUE']));
  });
});

describe('a variable that has a value', () => {
  it('from the run: agent always, and any variable marked given', () => {
    const say = '{ en: "{{agent}} at {{company}} in {{region}}." }';
    const variables =
      'variables: { company: { given: true }, region: { given: true, pii: true } }\n';
    const result = greeting(say, variables);
    expect(result.diagnostics).toEqual([]);
    expect(result.script?.variables.map((v) => [v.name, v.given])).toEqual([
      ['company', true],
      ['region', true],
    ]);
  });

  it('from its default', () => {
    const result = greeting(
      '{ en: "{{company}}" }',
      'variables: { company: { default: Aurora } }\n',
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('from a capture: whether it comes first is VARIABLE_BEFORE_CAPTURE', () => {
    const steps = FIVE_STEPS.replace('stage: rapport,', 'stage: rapport, capture: customer,');
    const variables = 'variables: { customer: { pii: true } }\n';
    const after = steps.replace('"Thank you."', '"Thank you, {{customer}}."');
    expect(check(withSteps(after, variables)).diagnostics).toEqual([]);
    const before = steps.replace('"Hello."', '"Hello, {{customer}}."');
    expect(codes(check(withSteps(before, variables)))).toEqual(['VARIABLE_BEFORE_CAPTURE']);
  });

  it('given at the start is never shown before its capture', () => {
    const steps = FIVE_STEPS.replace(
      'stage: rapport,',
      'stage: rapport, capture: customer,',
    ).replace('"Hello."', '"Hello, {{customer}}."');
    const variables = 'variables: { customer: { given: true } }\n';
    expect(check(withSteps(steps, variables)).diagnostics).toEqual([]);
  });

  it('must be given as true or false', () => {
    const result = greeting('{ en: "Hi." }', 'variables: { company: { given: yes } }\n');
    expect(expectDiagnostic(result, 'WRONG_TYPE', '10:32').params).toMatchObject({
      expected: 'boolean',
    });
  });
});
