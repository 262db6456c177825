import { describe, expect, it } from 'vitest';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionState, Transition } from '../../src/session/types.js';
import { cycle, deepFreeze, drive } from './fixtures.js';

const T0 = 1_000_000;

function refused(t: Transition): string {
  if (t.ok) throw new Error('expected a refusal');
  return t.reason;
}

/** The call on `probe` (need → unsure). */
function onProbe(): SessionState {
  return drive(cycle, [{ type: 'done' }, { type: 'done' }, { type: 'choose', option: 'unsure' }])
    .state;
}

describe('capture', () => {
  it('emits one trimmed capture per variable and stays on the step', () => {
    const state = deepFreeze(drive(cycle, [{ type: 'done' }]).state);
    const action: Action = { type: 'capture', values: { customer: ' Maria ', agent: 'ana' } };
    const t = applyAction(cycle, state, action, T0 + 5000);
    expect(t.ok && t.events).toEqual([
      { type: 'capture', step: 'name', var: 'customer', value: 'Maria' },
      { type: 'capture', step: 'name', var: 'agent', value: 'ana' },
    ]);
    expect(t.state).toMatchObject({
      current: 'name',
      stepStartedAt: state.stepStartedAt,
      vars: { company: 'Loja Azul', customer: 'Maria', agent: 'ana' },
    });
  });

  it('refuses the whole action if one variable is undeclared', () => {
    const { state } = startSession(cycle, T0);
    const values = JSON.parse('{"customer":"Maria","__proto__":"x"}') as Record<string, string>;
    expect(refused(applyAction(cycle, state, { type: 'capture', values }, T0))).toBe(
      'unknown-variable',
    );
    const other = { type: 'capture', values: { phone: '123' } } as const;
    expect(refused(applyAction(cycle, state, other, T0))).toBe('unknown-variable');
  });

  it('belongs to the last step in wrapup', () => {
    const state = drive(cycle, [
      { type: 'done' },
      { type: 'done' },
      { type: 'choose', option: 'return' },
      { type: 'done' },
      { type: 'done' },
      { type: 'done' },
    ]).state;
    expect(state.status).toBe('wrapup');
    const t = applyAction(cycle, state, { type: 'capture', values: { customer: 'Jo' } }, T0);
    expect(t.ok && t.events).toEqual([
      { type: 'capture', step: 'thanks', var: 'customer', value: 'Jo' },
    ]);
  });
});

describe('note', () => {
  it('emits the trimmed text on the current step', () => {
    const { state } = startSession(cycle, T0);
    const t = applyAction(
      cycle,
      deepFreeze(state),
      { type: 'note', text: ' wants a refund \n' },
      T0,
    );
    expect(t.ok && t.events).toEqual([{ type: 'note', step: 'greet', text: 'wants a refund' }]);
    expect(t.state.notes).toEqual([{ step: 'greet', text: 'wants a refund' }]);
    expect(t.state.current).toBe('greet');
  });

  it('refuses an empty or blank note', () => {
    const { state } = startSession(cycle, T0);
    expect(refused(applyAction(cycle, state, { type: 'note', text: '' }, T0))).toBe('empty-note');
    expect(refused(applyAction(cycle, state, { type: 'note', text: ' \t\n' }, T0))).toBe(
      'empty-note',
    );
  });
});

describe('toggle', () => {
  it('ticks and unticks checklist items of the current step', () => {
    const state = deepFreeze(onProbe());
    const on = applyAction(cycle, state, { type: 'toggle', item: 1 }, T0);
    expect(on.ok && on.events).toEqual([{ type: 'toggle', step: 'probe', item: 1, checked: true }]);
    const both = applyAction(cycle, on.state, { type: 'toggle', item: 0 }, T0);
    expect(both.state.checked).toEqual({ probe: [0, 1] });
    const off = applyAction(cycle, both.state, { type: 'toggle', item: 1 }, T0);
    expect(off.ok && off.events).toEqual([
      { type: 'toggle', step: 'probe', item: 1, checked: false },
    ]);
    expect(off.state.checked).toEqual({ probe: [0] });
    expect(off.state.current).toBe('probe');
  });

  it('counts items in the source locale', () => {
    // probe has 2 items in en (the source) and 1 in pt.
    expect(refused(applyAction(cycle, onProbe(), { type: 'toggle', item: 2 }, T0))).toBe(
      'unknown-item',
    );
  });

  it('refuses a step without a checklist and an item that is not on it', () => {
    const { state } = startSession(cycle, T0);
    expect(refused(applyAction(cycle, state, { type: 'toggle', item: 0 }, T0))).toBe(
      'not-a-checklist',
    );
    for (const item of [-1, 2, 0.5, Number.NaN]) {
      expect(refused(applyAction(cycle, onProbe(), { type: 'toggle', item }, T0))).toBe(
        'unknown-item',
      );
    }
  });
});
