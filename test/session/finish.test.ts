import { describe, expect, it } from 'vitest';
import { applyAction, startSession } from '../../src/session/index.js';
import type { SessionState, Transition } from '../../src/session/types.js';
import { cycle, deepFreeze, drive, option, script, step } from './fixtures.js';

const T0 = 1_000_000;

function refused(t: Transition): string {
  if (t.ok) throw new Error('expected a refusal');
  return t.reason;
}

function onNeed(): SessionState {
  return drive(cycle, [{ type: 'done' }, { type: 'done' }]).state;
}

describe('startSession', () => {
  it('enters the first step and seeds variables with defaults, then given values', () => {
    const { state, events } = startSession(cycle, T0, { agent: 'ana', company: 'Loja Verde' });
    expect(events).toEqual([{ type: 'enter', step: 'greet', stage: 'greeting' }]);
    expect(state).toMatchObject({
      status: 'active',
      current: 'greet',
      startedAt: T0,
      stepStartedAt: T0,
      path: ['greet'],
      vars: { agent: 'ana', company: 'Loja Verde' },
    });
    expect(startSession(cycle, T0).state.vars).toEqual({ company: 'Loja Azul' });
  });

  it('goes straight to wrapup for a script without steps', () => {
    const { state, events } = startSession(script([]), T0);
    expect(events).toEqual([]);
    expect(state.status).toBe('wrapup');
    expect(state.current).toBeUndefined();
  });
});

describe('done', () => {
  it('emits done with the time on the step, then enters the next step', () => {
    const { state } = startSession(cycle, T0);
    const t = applyAction(cycle, deepFreeze(state), { type: 'done' }, T0 + 4210);
    expect(t.ok && t.events).toEqual([
      { type: 'done', step: 'greet', stage: 'greeting', ms: 4210 },
      { type: 'enter', step: 'name', stage: 'rapport' },
    ]);
    expect(t.state).toMatchObject({
      current: 'name',
      stepStartedAt: T0 + 4210,
      path: ['greet', 'name'],
      results: { greet: 'done' },
    });
  });

  it('is refused on a choice step until an option is chosen', () => {
    const state = onNeed();
    const t = applyAction(cycle, state, { type: 'done' }, T0 + 9000);
    expect(refused(t)).toBe('choose-first');
    expect(t.state).toBe(state);
  });

  it('moves to wrapup without an enter when the flow ends', () => {
    const s = script([step('a', 'greeting'), step('b', 'gratitude', { end: true })]);
    const { state, events } = drive(s, [{ type: 'done' }, { type: 'done' }]);
    expect(events.at(-1)).toEqual({ type: 'done', step: 'b', stage: 'gratitude', ms: 1000 });
    expect(state).toMatchObject({ status: 'wrapup', current: undefined, path: ['a', 'b'] });
    expect(refused(applyAction(s, state, { type: 'done' }, T0 + 5000))).toBe('no-step');
  });
});

describe('choose', () => {
  it('emits choice, done and the enter of the option’s target in one action', () => {
    const t = applyAction(
      cycle,
      deepFreeze(onNeed()),
      { type: 'choose', option: 'buy' },
      T0 + 5500,
    );
    expect(t.ok && t.events).toEqual([
      { type: 'choice', step: 'need', option: 'buy' },
      { type: 'done', step: 'need', stage: 'needs', ms: 3500 },
      { type: 'enter', step: 'compare', stage: 'solutions' },
    ]);
    expect(t.state).toMatchObject({ current: 'compare', choices: { need: 'buy' } });
  });

  it('refuses a step without options and an unknown option', () => {
    const { state } = startSession(cycle, T0);
    expect(refused(applyAction(cycle, state, { type: 'choose', option: 'buy' }, T0))).toBe(
      'not-a-choice',
    );
    expect(refused(applyAction(cycle, onNeed(), { type: 'choose', option: 'x' }, T0))).toBe(
      'unknown-option',
    );
  });

  it('goes on in file order for an option without next, and to wrapup past the last step', () => {
    const s = script([step('a', 'needs', { options: [option('x'), option('y')] })]);
    const t = applyAction(s, startSession(s, T0).state, { type: 'choose', option: 'y' }, T0 + 1);
    expect(t.state.status).toBe('wrapup');
  });
});

describe('skip', () => {
  it('needs a reason on a required step; blank counts as none', () => {
    const { state } = startSession(cycle, T0);
    expect(refused(applyAction(cycle, state, { type: 'skip', reason: '  ' }, T0))).toBe(
      'reason-required',
    );
    const t = applyAction(cycle, state, { type: 'skip', reason: ' in a hurry ' }, T0 + 800);
    expect(t.ok && t.events).toEqual([
      { type: 'skip', step: 'greet', stage: 'greeting', reason: 'in a hurry', ms: 800 },
      { type: 'enter', step: 'name', stage: 'rapport' },
    ]);
    expect(t.state.results).toEqual({ greet: 'skipped' });
  });

  it('takes an empty reason on an optional step', () => {
    const { state, events } = drive(cycle, [{ type: 'done' }, { type: 'skip', reason: '' }]);
    expect(events.at(-2)).toMatchObject({ type: 'skip', step: 'name', reason: '' });
    expect(state.current).toBe('need');
  });

  it('sends a skipped choice step to its next, else to the following step', () => {
    const { state } = drive(cycle, [
      { type: 'done' },
      { type: 'done' },
      { type: 'skip', reason: '' },
    ]);
    expect(state.current).toBe('probe');
    expect(state.choices).toEqual({});
    const s = script([
      step('a', 'needs', { options: [option('x', 'c')], next: 'b' }),
      step('b', 'solutions'),
      step('c', 'gratitude'),
    ]);
    expect(drive(s, [{ type: 'skip', reason: '' }]).state.current).toBe('b');
  });
});
