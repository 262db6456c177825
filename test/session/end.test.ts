import { describe, expect, it } from 'vitest';
import { applyAction, startSession, unreachedAt } from '../../src/session/index.js';
import { elapsed } from '../../src/session/progress.js';
import type { Action, Transition } from '../../src/session/types.js';
import { cycle, deepFreeze, drive } from './fixtures.js';

const T0 = 1_000_000;
const DONE: Action = { type: 'done' };
const choose = (option: string): Action => ({ type: 'choose', option });
const THROUGH_RETURN: Action[] = [
  DONE,
  { type: 'skip', reason: '' },
  choose('return'),
  DONE,
  DONE,
  DONE,
];

function refused(t: Transition): string {
  if (t.ok) throw new Error('expected a refusal');
  return t.reason;
}

describe('end', () => {
  it('completes a call from wrapup with its outcome and skipped steps', () => {
    const { state } = drive(cycle, THROUGH_RETURN);
    const t = applyAction(
      cycle,
      deepFreeze(state),
      { type: 'end', outcome: 'resolved' },
      T0 + 183_000,
    );
    expect(t.ok && t.events).toEqual([
      {
        type: 'end',
        status: 'completed',
        outcome: 'resolved',
        skipped: ['name'],
        unreached: [],
        ms: 183_000,
      },
    ]);
    expect(t.state).toMatchObject({
      status: 'ended',
      current: undefined,
      endStatus: 'completed',
      outcome: 'resolved',
      endedAt: T0 + 183_000,
    });
  });

  it('aborts a call ended early and lists the required steps it can still reach', () => {
    const { state } = drive(cycle, [DONE, DONE]);
    expect(unreachedAt(cycle, state)).toEqual(['verify', 'thanks']);
    const t = applyAction(cycle, state, { type: 'end' }, T0 + 10_000);
    expect(t.ok && t.events).toEqual([
      { type: 'end', status: 'aborted', skipped: [], unreached: ['verify', 'thanks'], ms: 10_000 },
    ]);
    expect(t.state.endStatus).toBe('aborted');
    expect(t.state).not.toHaveProperty('outcome');
    expect(unreachedAt(cycle, t.state)).toEqual(['verify', 'thanks']);
  });

  it('counts the current step as unreached when it is required and not finished', () => {
    const { state } = startSession(cycle, T0);
    const t = applyAction(cycle, state, { type: 'end', outcome: 'callback' }, T0 + 1);
    expect(t.ok && t.events[0]).toMatchObject({
      status: 'aborted',
      outcome: 'callback',
      unreached: ['greet', 'verify', 'thanks'],
    });
  });

  it('does not list a required step already skipped, and lists a skip once even after a loop', () => {
    const { state } = drive(cycle, [
      { type: 'skip', reason: 'hurry' },
      DONE,
      choose('unsure'),
      { type: 'skip', reason: '' },
      choose('unsure'),
      { type: 'skip', reason: '' },
    ]);
    const t = applyAction(cycle, state, { type: 'end' }, T0 + 99_000);
    expect(t.ok && t.events[0]).toMatchObject({
      skipped: ['greet', 'probe'],
      unreached: ['verify', 'thanks'],
    });
  });

  it('does not count a skip that was later done as skipped', () => {
    const { state } = drive(cycle, [
      DONE,
      DONE,
      choose('unsure'),
      { type: 'skip', reason: '' },
      choose('unsure'),
      DONE,
    ]);
    expect(state.results.probe).toBe('done');
    const t = applyAction(cycle, state, { type: 'end' }, T0 + 99_000);
    expect(t.ok && t.events[0]).toMatchObject({ skipped: [] });
  });

  it('refuses every action once ended', () => {
    const ended = drive(cycle, [{ type: 'end' }]).state;
    const actions: Action[] = [
      DONE,
      { type: 'skip', reason: 'x' },
      choose('buy'),
      { type: 'capture', values: { customer: 'x' } },
      { type: 'note', text: 'x' },
      { type: 'toggle', item: 0 },
      { type: 'back' },
      { type: 'end' },
    ];
    for (const action of actions)
      expect(refused(applyAction(cycle, ended, action, T0))).toBe('ended');
  });

  it('refuses an unknown outcome and an unknown action', () => {
    const { state } = startSession(cycle, T0);
    const badEnd = { type: 'end', outcome: 'happy' } as unknown as Action;
    expect(refused(applyAction(cycle, state, badEnd, T0))).toBe('unknown-outcome');
    const jump = { type: 'jump' } as unknown as Action;
    expect(refused(applyAction(cycle, state, jump, T0))).toBe('unknown-action');
    expect(refused(applyAction(cycle, state, null as unknown as Action, T0))).toBe(
      'unknown-action',
    );
  });

  it('refuses step actions in wrapup', () => {
    const { state } = drive(cycle, THROUGH_RETURN);
    for (const action of [
      DONE,
      { type: 'skip', reason: 'x' },
      choose('buy'),
      { type: 'toggle', item: 0 },
    ] as Action[]) {
      expect(refused(applyAction(cycle, state, action, T0))).toBe('no-step');
    }
  });
});

describe('timers', () => {
  it('measures each step from when it was entered, back included', () => {
    const s = startSession(cycle, T0).state;
    const a = applyAction(cycle, s, DONE, T0 + 3000);
    const b = applyAction(cycle, a.state, { type: 'back' }, T0 + 5000);
    const c = applyAction(cycle, b.state, DONE, T0 + 5400);
    expect(c.ok && c.events[0]).toMatchObject({ step: 'greet', ms: 400 });
  });

  it('never reports a negative time when the clock goes backwards', () => {
    const s = startSession(cycle, T0).state;
    const a = applyAction(cycle, s, DONE, T0 - 5000);
    expect(a.ok && a.events[0]).toMatchObject({ ms: 0 });
    const e = applyAction(cycle, a.state, { type: 'end' }, T0 - 9000);
    expect(e.ok && e.events[0]).toMatchObject({ ms: 0 });
    expect(elapsed(s, T0 - 1)).toEqual({ callMs: 0, stepMs: 0 });
  });

  it('gives the call and step clocks, which stop at the end', () => {
    const { state } = drive(cycle, [DONE, DONE]);
    expect(elapsed(state, T0 + 2500)).toEqual({ callMs: 2500, stepMs: 500 });
    const ended = applyAction(cycle, state, { type: 'end' }, T0 + 4000).state;
    expect(elapsed(ended, T0 + 60_000)).toEqual({ callMs: 4000, stepMs: 2000 });
  });

  it('starts the wrapup clock when the flow ends', () => {
    const { state } = drive(cycle, THROUGH_RETURN);
    expect(state.stepStartedAt).toBe(T0 + 6000);
    expect(elapsed(state, T0 + 6500)).toEqual({ callMs: 6500, stepMs: 500 });
  });
});
