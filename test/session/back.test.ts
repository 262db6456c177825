import { describe, expect, it } from 'vitest';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, Transition } from '../../src/session/types.js';
import { cycle, deepFreeze, drive } from './fixtures.js';

const T0 = 1_000_000;
const DONE: Action = { type: 'done' };
const BACK: Action = { type: 'back' };
const choose = (option: string): Action => ({ type: 'choose', option });

function refused(t: Transition): string {
  if (t.ok) throw new Error('expected a refusal');
  return t.reason;
}

describe('back', () => {
  it('returns to the previous step and clears its result', () => {
    const { state } = drive(cycle, [DONE]);
    const t = applyAction(cycle, deepFreeze(state), BACK, T0 + 7000);
    expect(t.ok && t.events).toEqual([
      { type: 'back', from: 'name', to: 'greet' },
      { type: 'enter', step: 'greet', stage: 'greeting' },
    ]);
    expect(t.state).toMatchObject({
      current: 'greet',
      path: ['greet'],
      results: {},
      stepStartedAt: T0 + 7000,
    });
  });

  it('has nothing to go back to on the first step', () => {
    const { state } = startSession(cycle, T0);
    expect(refused(applyAction(cycle, state, BACK, T0))).toBe('nothing-to-go-back-to');
  });

  it('clears the ticks of the step it returns to, keeping notes and captured values', () => {
    const { state } = drive(cycle, [
      DONE,
      { type: 'capture', values: { customer: 'Maria' } },
      DONE,
      choose('buy'),
      { type: 'toggle', item: 2 },
      { type: 'note', text: 'light laptop' },
      DONE,
      BACK,
    ]);
    expect(state.current).toBe('compare');
    expect(state.checked).toEqual({});
    expect(state.results).toEqual({ greet: 'done', name: 'done', need: 'done' });
    expect(state.vars.customer).toBe('Maria');
    expect(state.notes).toEqual([{ step: 'compare', text: 'light laptop' }]);
  });

  it('goes back over a branch: choose, back, choose another', () => {
    const { state, events } = drive(cycle, [DONE, DONE, choose('return'), BACK, choose('buy')]);
    expect(events.slice(-5)).toEqual([
      { type: 'back', from: 'return-item', to: 'need' },
      { type: 'enter', step: 'need', stage: 'needs' },
      { type: 'choice', step: 'need', option: 'buy' },
      { type: 'done', step: 'need', stage: 'needs', ms: 1000 },
      { type: 'enter', step: 'compare', stage: 'solutions' },
    ]);
    expect(state.path).toEqual(['greet', 'name', 'need', 'compare']);
    expect(state.choices).toEqual({ need: 'buy' });
    expect(state.results).not.toHaveProperty('return-item');
  });

  it('clears the choice of the step it returns to', () => {
    const { state } = drive(cycle, [DONE, DONE, choose('return'), BACK]);
    expect(state.current).toBe('need');
    expect(state.choices).toEqual({});
    expect(refused(applyAction(cycle, state, DONE, T0 + 9000))).toBe('choose-first');
  });

  it('reopens the last step from wrapup', () => {
    const finished = drive(cycle, [DONE, DONE, choose('return'), DONE, DONE, DONE]).state;
    expect(finished.status).toBe('wrapup');
    const t = applyAction(cycle, deepFreeze(finished), BACK, T0 + 60_000);
    expect(t.ok && t.events).toEqual([
      { type: 'back', from: 'thanks', to: 'thanks' },
      { type: 'enter', step: 'thanks', stage: 'gratitude' },
    ]);
    expect(t.state).toMatchObject({ status: 'active', current: 'thanks' });
    expect(t.state.results).not.toHaveProperty('thanks');
    expect(t.state.path).toEqual(finished.path);
  });
});

describe('loops', () => {
  const aroundOnce = [DONE, DONE, choose('unsure'), { type: 'toggle', item: 0 } as Action, DONE];

  it('enters the choice step again after a probe, as a fresh visit', () => {
    const { state, events } = drive(cycle, aroundOnce);
    expect(events.slice(-2)).toEqual([
      { type: 'done', step: 'probe', stage: 'needs', ms: 2000 },
      { type: 'enter', step: 'need', stage: 'needs' },
    ]);
    expect(state.path).toEqual(['greet', 'name', 'need', 'probe', 'need']);
    expect(state.visits.at(-1)).toEqual({ step: 'need', checked: [] });
    expect(refused(applyAction(cycle, state, DONE, T0 + 9000))).toBe('choose-first');
    // The first visit of need was done: that stands while the second is open.
    expect(state.results.need).toBe('done');
  });

  it('can go round twice and leave by another branch', () => {
    const { state } = drive(cycle, [...aroundOnce, choose('unsure'), DONE, choose('buy'), DONE]);
    expect(state.path).toEqual([
      'greet',
      'name',
      'need',
      'probe',
      'need',
      'probe',
      'need',
      'compare',
      'verify',
    ]);
    expect(state.choices.need).toBe('buy');
    // probe's latest visit had no tick.
    expect(state.checked).toEqual({});
  });

  it('goes back over a loop to the earlier visit with its ticks cleared', () => {
    const { state } = drive(cycle, [...aroundOnce, BACK]);
    expect(state.current).toBe('probe');
    expect(state.path).toEqual(['greet', 'name', 'need', 'probe']);
    expect(state.checked).toEqual({});
    expect(state.results).toEqual({ greet: 'done', name: 'done', need: 'done' });
    expect(state.choices).toEqual({ need: 'unsure' });
  });
});
