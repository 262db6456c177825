import { describe, expect, it } from 'vitest';
import { check, codes, expectDiagnostic, FIVE_STEPS, withSteps } from './helpers.js';

// withSteps: step i (from 0) is on line 5 + i.

describe('ids', () => {
  it('reports a repeated step id at the repeat, naming the first line', () => {
    const result = check(withSteps(`${FIVE_STEPS}\n  - { id: name, stage: gratitude, end: true }`));
    const d = expectDiagnostic(result, 'DUPLICATE_STEP_ID', '10:11');
    expect(d.params).toEqual({ id: 'name', firstLine: 6 });
    expect(d.path).toBe('steps.5.id');
  });

  it('reports a repeated option id within a step, not across steps', () => {
    const steps = FIVE_STEPS.replace(
      'ask: { en: "How can I help?" }',
      'options: [ { id: a, label: { en: A } }, { id: a, label: { en: B } } ]',
    ).replace('say: { en: "Thank you." }', 'options: [ { id: a, label: { en: A } } ]');
    const result = check(withSteps(steps));
    expect(codes(result)).toEqual(['DUPLICATE_OPTION_ID']);
    expect(expectDiagnostic(result, 'DUPLICATE_OPTION_ID', '7:77').params).toEqual({
      id: 'a',
      step: 'need',
    });
  });
});

describe('jumps', () => {
  it('reports a next to a missing step, suggesting a close id', () => {
    const steps = FIVE_STEPS.replace('stage: rapport,', 'stage: rapport, next: ofer,');
    const d = expectDiagnostic(check(withSteps(steps)), 'MISSING_STEP', '6:39');
    expect(d.params).toEqual({ target: 'ofer', suggestion: 'offer' });
    expect(d.path).toBe('steps.1.next');
  });

  it('reports an option next to a missing step', () => {
    const steps = FIVE_STEPS.replace(
      'ask: { en: "How can I help?" }',
      'options: [ { id: a, label: { en: A }, next: nowhere } ]',
    );
    const d = expectDiagnostic(check(withSteps(steps)), 'MISSING_STEP', '7:75');
    expect(d.params).toEqual({ target: 'nowhere' });
    expect(d.path).toBe('steps.2.options.0.next');
  });
});

describe('reachability', () => {
  it('reports a step that no path reaches, at its id', () => {
    const steps = FIVE_STEPS.replace('stage: rapport,', 'stage: rapport, next: offer,');
    const d = expectDiagnostic(check(withSteps(steps)), 'UNREACHABLE_STEP', '7:11');
    expect(d.params).toEqual({ step: 'need' });
    expect(d.path).toBe('steps.2');
  });

  it('counts an option without next as going where the step goes', () => {
    const steps = FIVE_STEPS.replace(
      'ask: { en: "How can I help?" }',
      'next: thanks, options: [ { id: a, label: { en: A }, next: offer }, { id: b, label: { en: B } } ]',
    );
    expect(check(withSteps(steps)).diagnostics).toEqual([]);
  });

  it('stops at end: true', () => {
    const steps = FIVE_STEPS.replace('stage: needs,', 'stage: needs, end: true,');
    const result = check(withSteps(steps));
    expect(codes(result)).toEqual(['UNREACHABLE_STEP', 'UNREACHABLE_STEP']);
    expectDiagnostic(result, 'UNREACHABLE_STEP', '8:11');
    expectDiagnostic(result, 'UNREACHABLE_STEP', '9:11');
  });
});

describe('loops', () => {
  it('reports a loop the call cannot leave, once, at its first step', () => {
    const steps = FIVE_STEPS.replace('stage: solutions,', 'stage: solutions, next: need,');
    const result = check(withSteps(steps));
    const d = expectDiagnostic(result, 'LOOP_WITHOUT_EXIT', '7:11');
    expect(d.params).toEqual({ step: 'need', steps: 'need, offer' });
    expect(codes(result)).toEqual(['LOOP_WITHOUT_EXIT', 'UNREACHABLE_STEP']);
  });

  it('reports a step that jumps to itself', () => {
    const steps = FIVE_STEPS.replace('stage: needs,', 'stage: needs, next: need,');
    const d = expectDiagnostic(check(withSteps(steps)), 'LOOP_WITHOUT_EXIT', '7:11');
    expect(d.params).toEqual({ step: 'need', steps: 'need' });
  });

  it('accepts a loop with a way out', () => {
    const steps = FIVE_STEPS.replace(
      'ask: { en: "How can I help?" }',
      'options: [ { id: again, label: { en: Again }, next: name }, { id: go, label: { en: Go } } ]',
    );
    expect(check(withSteps(steps)).diagnostics).toEqual([]);
  });
});

describe('stages', () => {
  it('reports each stage no step covers, at the steps key', () => {
    const steps = FIVE_STEPS.split('\n').slice(0, 3).join('\n');
    const result = check(withSteps(steps));
    expect(
      result.diagnostics.map((d) => [d.code, d.params.stage, d.start.line, d.start.col]),
    ).toEqual([
      ['MISSING_STAGE', 'solutions', 4, 1],
      ['MISSING_STAGE', 'gratitude', 4, 1],
    ]);
  });

  it('reports a stage that goes back in the cycle', () => {
    const steps = `${FIVE_STEPS.replace('stage: solutions', 'stage: rapport')}`;
    const d = expectDiagnostic(check(withSteps(steps)), 'STAGE_ORDER', '8:25');
    expect(d.params).toEqual({ stage: 'rapport', previous: 'needs', previousStep: 'need' });
  });

  it('allows several steps in one stage', () => {
    const steps = FIVE_STEPS.replace(
      '  - { id: thanks',
      '  - { id: verify, stage: solutions, ask: { en: "Anything else?" } }\n  - { id: thanks',
    );
    expect(check(withSteps(steps)).diagnostics).toEqual([]);
  });
});
