import { describe, expect, it } from 'vitest';
import {
  END,
  nextStepAfter,
  reachableFrom,
  stepIndex,
  successorsAt,
} from '../../src/script/flow.js';
import type { Script } from '../../src/script/types.js';
import { cycle, option, script, step } from './fixtures.js';

/** `successorsAt` by step id: the steps it leads to, and whether a way leaves the flow. */
function successorsOf(s: Script, stepId: string) {
  const index = stepIndex(s.steps);
  const targets = successorsAt(s.steps, index, index.get(stepId) as number);
  return { steps: targets.flatMap((i) => s.steps[i]?.id ?? []), exits: targets.includes(END) };
}

describe('nextStepAfter', () => {
  it('goes on in file order', () => {
    expect(nextStepAfter(cycle, 'greet')).toBe('name');
    expect(nextStepAfter(cycle, 'compare')).toBe('verify');
  });

  it('follows a step’s next', () => {
    expect(nextStepAfter(cycle, 'probe')).toBe('need');
    expect(nextStepAfter(cycle, 'return-item')).toBe('verify');
  });

  it('branches on the chosen option', () => {
    expect(nextStepAfter(cycle, 'need', 'return')).toBe('return-item');
    expect(nextStepAfter(cycle, 'need', 'buy')).toBe('compare');
    expect(nextStepAfter(cycle, 'need', 'unsure')).toBe('probe');
  });

  it('sends an option without next to the step’s next, else to the following step', () => {
    const s = script([
      step('a', 'needs', { options: [option('x'), option('y', 'c')], next: 'd' }),
      step('b', 'needs', { options: [option('z')] }),
      step('c', 'solutions'),
      step('d', 'gratitude'),
    ]);
    expect(nextStepAfter(s, 'a', 'x')).toBe('d');
    expect(nextStepAfter(s, 'a', 'y')).toBe('c');
    expect(nextStepAfter(s, 'b', 'z')).toBe('c');
  });

  it('treats a skipped choice step (no option) like an option without next', () => {
    expect(nextStepAfter(cycle, 'need')).toBe('probe');
    expect(nextStepAfter(cycle, 'need', 'no-such-option')).toBe('probe');
  });

  it('ends the flow after end: true and after the last step', () => {
    expect(nextStepAfter(cycle, 'thanks')).toBeUndefined();
    expect(nextStepAfter(cycle, 'after-end')).toBeUndefined();
    const s = script([step('a', 'greeting', { end: true, next: 'b' }), step('b', 'gratitude')]);
    expect(nextStepAfter(s, 'a')).toBeUndefined();
  });

  it('lets an option’s next win over end: true', () => {
    const s = script([
      step('a', 'needs', { end: true, options: [option('more', 'b'), option('stop')] }),
      step('b', 'gratitude'),
    ]);
    expect(nextStepAfter(s, 'a', 'more')).toBe('b');
    expect(nextStepAfter(s, 'a', 'stop')).toBeUndefined();
  });

  it('ends the flow at a jump to a missing step, and knows nothing after an unknown step', () => {
    const s = script([step('a', 'greeting', { next: 'ghost' }), step('b', 'gratitude')]);
    expect(nextStepAfter(s, 'a')).toBeUndefined();
    expect(nextStepAfter(s, 'nope')).toBeUndefined();
  });
});

describe('successorsAt and reachableFrom', () => {
  it('lists each option target and the skip target once', () => {
    expect(successorsOf(cycle, 'need')).toEqual({
      steps: ['probe', 'return-item', 'compare'],
      exits: false,
    });
    expect(successorsOf(cycle, 'thanks')).toEqual({ steps: [], exits: true });
  });

  it('lists where skipping a choice step goes, and an option’s next on an end step', () => {
    const s = script([
      step('a', 'needs', { options: [option('x', 'c'), option('y', 'c')] }),
      step('b', 'needs', { end: true, options: [option('more', 'a'), option('stop')] }),
      step('c', 'gratitude'),
    ]);
    expect(successorsOf(s, 'a')).toEqual({ steps: ['b', 'c'], exits: false });
    expect(successorsOf(s, 'b')).toEqual({ steps: ['a'], exits: true });
  });

  it('counts a dangling target as a way out of the flow', () => {
    const s = script([step('a', 'greeting', { next: 'ghost' })]);
    expect(successorsOf(s, 'a')).toEqual({ steps: [], exits: true });
  });

  it('finds everything reachable through branches and loops', () => {
    expect(reachableFrom(cycle, 'probe').sort()).toEqual(
      ['compare', 'need', 'probe', 'return-item', 'thanks', 'verify'].sort(),
    );
    expect(reachableFrom(cycle, 'thanks')).toEqual(['thanks']);
    expect(reachableFrom(cycle, 'nope')).toEqual([]);
  });
});
