import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionFromEvent, applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionEvent, SessionState } from '../../src/session/types.js';
import { cycle, deepFreeze } from './fixtures.js';

const T0 = 1_700_000_000_000;
const VARS = { agent: 'ana' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ type: 'done' }),
  fc.constant<Action>({ type: 'back' }),
  fc
    .constantFrom('return', 'buy', 'unsure', 'nope')
    .map((option): Action => ({ type: 'choose', option })),
  fc
    .constantFrom('', '  ', 'hurry', ' declined ')
    .map((reason): Action => ({ type: 'skip', reason })),
  fc
    .dictionary(
      fc.constantFrom('customer', 'company', 'agent', 'phone', '__proto__'),
      fc.string(),
      {
        maxKeys: 3,
      },
    )
    .map((values): Action => ({ type: 'capture', values })),
  fc.string({ maxLength: 8 }).map((text): Action => ({ type: 'note', text })),
  fc.integer({ min: -1, max: 3 }).map((item): Action => ({ type: 'toggle', item })),
  fc
    .constantFrom(undefined, 'resolved', 'complaint')
    .map((outcome): Action => (outcome ? { type: 'end', outcome } : { type: 'end' })),
);

/** Actions with the clock step before each (the clock may go backwards). */
const runArb = fc.array(fc.tuple(actionArb, fc.integer({ min: -3000, max: 20_000 })), {
  maxLength: 40,
});

interface Logged {
  readonly event: SessionEvent;
  readonly now: number;
}

function run(steps: readonly (readonly [Action, number])[]): {
  log: Logged[];
  state: SessionState;
} {
  const started = startSession(cycle, T0, VARS);
  const log: Logged[] = started.events.map((event) => ({ event, now: T0 }));
  let state = deepFreeze(started.state);
  let now = T0;
  for (const [action, delta] of steps) {
    now += delta;
    const t = applyAction(cycle, state, action, now);
    expect(t.state === state || t.ok).toBe(true);
    if (!t.ok) continue;
    state = deepFreeze(t.state);
    for (const event of t.events) log.push({ event, now });
  }
  return { log, state };
}

function replay(log: readonly Logged[]): { log: Logged[]; state: SessionState } {
  const started = startSession(cycle, T0, VARS);
  const again: Logged[] = started.events.map((event) => ({ event, now: T0 }));
  let state = started.state;
  for (const [index, { event: logged, now }] of log.entries()) {
    const action = actionFromEvent(logged, log[index - 1]?.event);
    if (!action) continue;
    const t = applyAction(cycle, state, action, now);
    if (!t.ok) throw new Error(`replayed ${JSON.stringify(action)} refused: ${t.reason}`);
    state = t.state;
    for (const event of t.events) again.push({ event, now });
  }
  return { log: again, state };
}

describe('replay from events', () => {
  it('re-driving the machine from its own events yields the same events and state', () => {
    fc.assert(
      fc.property(runArb, (steps) => {
        const original = run(steps);
        const replayed = replay(original.log);
        expect(replayed.log).toEqual(original.log);
        expect(replayed.state).toEqual(original.state);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on any run', () => {
    fc.assert(
      fc.property(runArb, (steps) => {
        const { log, state } = run(steps);
        expect(state.visits.map((visit) => visit.step)).toEqual(state.path);
        if (state.status === 'active') expect(state.current).toBe(state.path.at(-1));
        for (const { event } of log) {
          if ('ms' in event) expect(event.ms).toBeGreaterThanOrEqual(0);
        }
        expect(log.filter(({ event }) => event.type === 'end').length).toBe(
          state.status === 'ended' ? 1 : 0,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.anything(), fc.double())), (junk) => {
        let state = startSession(cycle, T0).state;
        for (const [action, now] of junk) {
          state = applyAction(cycle, state, action as Action, now).state;
        }
      }),
    );
  });
});

describe('actionFromEvent', () => {
  it('maps recorded events to actions and consequences to nothing', () => {
    const choice: SessionEvent = { type: 'choice', step: 'need', option: 'buy' };
    const done: SessionEvent = { type: 'done', step: 'need', stage: 'needs', ms: 5 };
    expect(actionFromEvent(choice)).toEqual({ type: 'choose', option: 'buy' });
    expect(actionFromEvent(done, choice)).toBeUndefined();
    expect(actionFromEvent(done)).toEqual({ type: 'done' });
    expect(actionFromEvent({ type: 'enter', step: 'need', stage: 'needs' })).toBeUndefined();
    const capture = actionFromEvent({ type: 'capture', step: 'n', var: '__proto__', value: 'x' });
    expect(capture).toEqual({ type: 'capture', values: JSON.parse('{"__proto__":"x"}') });
    expect(
      actionFromEvent({ type: 'end', status: 'completed', skipped: [], unreached: [], ms: 1 }),
    ).toEqual({ type: 'end' });
  });
});
