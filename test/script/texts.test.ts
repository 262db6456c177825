import { describe, expect, it } from 'vitest';
import { check, codes, expectDiagnostic, FIVE_STEPS, withSteps, yaml } from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i; what follows `steps` starts on line 10.

describe('variables', () => {
  it('reports a capture of an undeclared variable', () => {
    const steps = FIVE_STEPS.replace('stage: rapport,', 'stage: rapport, capture: custmer,');
    const result = check(withSteps(steps, 'variables: { customer: { pii: true } }\n'));
    const d = expectDiagnostic(result, 'UNDECLARED_CAPTURE', '6:42');
    expect(d.params).toEqual({ variable: 'custmer', suggestion: 'customer' });
  });

  it('reports an unknown {{name}} at the placeholder itself', () => {
    const steps = FIVE_STEPS.replace('"Hello."', '"Hello from {{compny}}, {{agent}} speaking."');
    const d = expectDiagnostic(check(withSteps(steps)), 'UNKNOWN_VARIABLE', '5:58');
    expect(d.params).toEqual({ variable: 'compny', suggestion: 'company' });
    expect(d.end).toEqual({ line: 5, col: 68 });
    expect(d.path).toBe('steps.0.say.en');
  });

  it('knows the built-in and declared variables', () => {
    const steps = FIVE_STEPS.replace('"Hello."', '"{{company}}, {{agent}}, {{store}}"');
    const variables = 'variables: { store: { default: Main }, company: { given: true } }\n';
    expect(check(withSteps(steps, variables)).diagnostics).toEqual([]);
  });

  describe('used before capture', () => {
    const script = (steps: string) =>
      check(withSteps(steps, 'variables: { customer: { label: { en: Name }, pii: true } }\n'));

    it('in a step before the capturing one, and in the capturing step itself', () => {
      const steps = FIVE_STEPS.replace('"Hello."', '"Hello {{customer}}."')
        .replace('stage: rapport,', 'stage: rapport, capture: customer,')
        .replace('"Your name?"', '"Your name, {{customer}}?"');
      const result = script(steps);
      const d = expectDiagnostic(result, 'VARIABLE_BEFORE_CAPTURE', '5:53');
      expect(d.params).toEqual({ variable: 'customer', step: 'name' });
      expectDiagnostic(result, 'VARIABLE_BEFORE_CAPTURE', '6:75');
      expect(codes(result)).toEqual(['VARIABLE_BEFORE_CAPTURE', 'VARIABLE_BEFORE_CAPTURE']);
    });

    it('not after the capture, nor when one path has captured it', () => {
      const steps = FIVE_STEPS.replace('stage: greeting,', 'stage: greeting, next: need,')
        .replace('stage: rapport,', 'stage: rapport, capture: customer,')
        .replace(
          'ask: { en: "How can I help?" }',
          'ask: { en: "How can I help?" }, options: [ { id: a, label: { en: A }, next: name }, { id: b, label: { en: B } } ]',
        )
        .replace('"Thank you."', '"Thank you, {{customer}}."');
      expect(script(steps).diagnostics).toEqual([]);
    });

    it('in the title, which is shown before any step', () => {
      const steps = FIVE_STEPS.replace('stage: rapport,', 'stage: rapport, capture: customer,');
      const result = check(
        withSteps(steps, 'variables: { customer: { pii: true } }\n').replace(
          'title: { en: Test }',
          'title: { en: "Call with {{customer}}" }',
        ),
      );
      expectDiagnostic(result, 'VARIABLE_BEFORE_CAPTURE', '3:25');
    });

    it('not for a variable with a default', () => {
      const steps = FIVE_STEPS.replace('"Hello."', '"Hello {{customer}}."').replace(
        'stage: rapport,',
        'stage: rapport, capture: customer,',
      );
      const result = check(withSteps(steps, 'variables: { customer: { default: there } }\n'));
      expect(result.diagnostics).toEqual([]);
    });
  });
});

describe('translations', () => {
  it('reports each text map missing a promised locale, once, listing the locales', () => {
    const result = check(yaml`
      coach: 1
      id: test
      title: { en: Test, pt: Teste, pl: Test }
      locales: [en, pt, pl, cs]
      steps:
        - id: hello
          stage: greeting
          say:
            en: Hello.
          tips: { en: [Smile], pt: [Sorria], pl: [Uśmiech], cs: [Úsměv] }
    `);
    expect(expectDiagnostic(result, 'MISSING_TRANSLATION', '3:8').params).toEqual({
      locales: 'cs',
    });
    const say = expectDiagnostic(result, 'MISSING_TRANSLATION', '9:7');
    expect(say.params).toEqual({ locales: 'pt, pl, cs' });
    expect(say.path).toBe('steps.0.say');
    expect(codes(result).filter((c) => c === 'MISSING_TRANSLATION')).toHaveLength(2);
  });

  it('promises the source locale when locales is not given', () => {
    const result = check(withSteps(FIVE_STEPS, 'source: pt\n'));
    expect(codes(result).filter((c) => c === 'MISSING_TRANSLATION')).toHaveLength(6);
    expectDiagnostic(result, 'MISSING_TRANSLATION', '3:8');
  });
});

describe('text warnings', () => {
  it('warns about TODO placeholders, at the word', () => {
    const steps = FIVE_STEPS.replace('"Thank you."', '"TODO: thank the customer"');
    const result = check(withSteps(steps));
    const d = expectDiagnostic(result, 'TODO', '9:49', 'warning');
    expect(d.params).toEqual({ language: 'en' });
    expect(result.script).toBeDefined();
  });

  it('warns about empty texts, in lists too', () => {
    const steps = FIVE_STEPS.replace('"Thank you."', '""').replace(
      'ask: { en: "Your name?" }',
      'ask: { en: "Your name?" }, tips: { en: [ok, " "] }',
    );
    const result = check(withSteps(steps));
    expectDiagnostic(result, 'EMPTY_TEXT', '9:48', 'warning');
    expect(expectDiagnostic(result, 'EMPTY_TEXT', '6:77', 'warning').path).toBe(
      'steps.1.tips.en.1',
    );
  });

  it('warns when what is read aloud takes longer than the target at 150 words a minute', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const steps = FIVE_STEPS.replace(
      'say: { en: "Hello." }',
      `target: 15s, say: { en: "${words}" }`,
    );
    const result = check(withSteps(steps));
    const d = expectDiagnostic(result, 'TOO_LONG_TO_READ', '5:59', 'warning');
    expect(d.params).toEqual({ count: 40, words: 40, seconds: 16, target: 15, language: 'en' });
    expect(result.script).toBeDefined();
  });

  it('counts say and ask together, and is quiet within the target', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const within = FIVE_STEPS.replace(
      'say: { en: "Hello." }',
      `target: 10s, say: { en: "${words(15)}" }, ask: { en: "${words(10)}" }`,
    );
    expect(check(withSteps(within)).diagnostics).toEqual([]);
    const over = within.replace('target: 10s', 'target: 9s');
    expect(codes(check(withSteps(over)))).toEqual(['TOO_LONG_TO_READ']);
  });
});
