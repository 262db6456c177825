/**
 * The checker follows a call's flow rules (docs/script-format.md §8): a skipped
 * choice step goes where the step itself goes, and a chosen option's `next` wins
 * over `end: true`. Each script is also walked with the session machine.
 */
import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/script/index.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action } from '../../src/session/types.js';
import { check, codes, expectClean, expectDiagnostic, withSteps } from './helpers.js';

/** The step a call stands on after `actions`, or undefined once its flow has ended. */
function walk(script: Script, actions: readonly Action[]): string | undefined {
  let state = startSession(script, 0).state;
  for (const action of actions) {
    const moved = applyAction(script, state, action, 1000);
    expect(moved.ok, JSON.stringify(action)).toBe(true);
    state = moved.state;
  }
  return state.current;
}

const done: Action = { type: 'done' };
const skip: Action = { type: 'skip', reason: 'the customer already said' };
const choose = (option: string): Action => ({ type: 'choose', option });

// withSteps: step i (from 0) is on line 5 + i.
const GREET = [
  '  - { id: hello, stage: greeting, say: { en: "Hello." } }',
  '  - { id: name, stage: rapport, ask: { en: "Your name?" } }',
];
const CLOSE = [
  '  - { id: offer, stage: solutions, say: { en: "Here is what we can do." } }',
  '  - { id: thanks, stage: gratitude, say: { en: "Thank you." } }',
];
const OPTION = (id: string, next?: string) =>
  `{ id: ${id}, label: { en: ${id} }${next === undefined ? '' : `, next: ${next}`} }`;

describe('a skipped choice step', () => {
  it('goes on in file order when every option jumps, so the step after it is reachable', () => {
    const source = withSteps(
      [
        ...GREET,
        `  - { id: need, stage: needs, options: [ ${OPTION('return', 'offer')}, ${OPTION('buy', 'offer')} ] }`,
        '  - { id: probe, stage: needs, ask: { en: "What will you use it for?" } }',
        ...CLOSE,
      ].join('\n'),
    );
    const result = check(source);
    expectClean(result);
    const script = result.script as Script;
    expect(walk(script, [done, done, skip])).toBe('probe');
    expect(walk(script, [done, done, choose('buy')])).toBe('offer');
  });

  it('gives a loop through a choice step the way out that skipping it takes', () => {
    const source = withSteps(
      [
        ...GREET,
        '  - { id: probe, stage: needs, ask: { en: "What will you use it for?" } }',
        `  - { id: need, stage: needs, options: [ ${OPTION('again', 'probe')}, ${OPTION('more', 'probe')} ] }`,
        ...CLOSE,
      ].join('\n'),
    );
    const result = check(source);
    expectClean(result);
    const script = result.script as Script;
    expect(walk(script, [done, done, done, choose('again'), done, skip])).toBe('offer');
  });
});

describe('an option of an end: true step', () => {
  it('leads on through its next, so its target is reachable', () => {
    const source = withSteps(
      [
        ...GREET,
        `  - { id: need, stage: needs, end: true, options: [ ${OPTION('more', 'offer')}, ${OPTION('stop')} ] }`,
        ...CLOSE,
      ].join('\n'),
    );
    const result = check(source);
    expectClean(result);
    const script = result.script as Script;
    expect(walk(script, [done, done, choose('more')])).toBe('offer');
    expect(walk(script, [done, done, choose('stop')])).toBeUndefined();
    expect(walk(script, [done, done, skip])).toBeUndefined();
  });

  it('can lead into a loop without exit, reported as such rather than as unreachable', () => {
    const source = withSteps(
      [
        ...GREET,
        `  - { id: need, stage: needs, end: true, options: [ ${OPTION('more', 'probe')}, ${OPTION('stop')} ] }`,
        '  - { id: probe, stage: needs, ask: { en: "Which budget?" }, next: offer }',
        '  - { id: offer, stage: solutions, say: { en: "Here is what we can do." }, next: probe }',
        '  - { id: thanks, stage: gratitude, say: { en: "Thank you." } }',
      ].join('\n'),
    );
    const result = check(source);
    expect(codes(result)).toEqual(['LOOP_WITHOUT_EXIT', 'UNREACHABLE_STEP']);
    expect(expectDiagnostic(result, 'LOOP_WITHOUT_EXIT', '8:11').params).toEqual({
      step: 'probe',
      steps: 'probe, offer',
    });
    expect(expectDiagnostic(result, 'UNREACHABLE_STEP', '10:11').params).toEqual({
      step: 'thanks',
    });
  });
});
