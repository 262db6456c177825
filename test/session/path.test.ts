/**
 * The path readers rebuild from a log is the path the machine kept: for any run
 * of actions, at every point, the visits from the events logged so far equal the
 * machine's visits, and what an end right now would call unreached is what the
 * readers work out from those events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, startSession } from '../../src/session/index.js';
import { visitsFromEvents } from '../../src/session/path.js';
import type { Action, SessionEvent, Visit } from '../../src/session/types.js';
import { unreachedAt, unreachedFrom } from '../../src/session/unreached.js';
import { skippedSteps } from '../../src/session/visits.js';
import { cycle } from './fixtures.js';

const T0 = 1_700_000_000_000;

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Action>({ type: 'done' }) },
  { weight: 2, arbitrary: fc.constant<Action>({ type: 'back' }) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('return', 'buy', 'unsure')
      .map((option): Action => ({ type: 'choose', option })),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', 'hurry').map((reason): Action => ({ type: 'skip', reason })),
  },
  fc.integer({ min: 0, max: 2 }).map((item): Action => ({ type: 'toggle', item })),
  fc.constant<Action>({ type: 'note', text: 'n' }),
);

const machineView = (visits: readonly Visit[]) =>
  visits.map(({ step, result, choice, checked }) => ({ step, result, choice, checked }));

describe('the path from the events', () => {
  it('is the machine path after every action, and so are skipped and unreached', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const started = startSession(cycle, T0);
        let state = started.state;
        const events: SessionEvent[] = [...started.events];
        const check = () => {
          const visits = visitsFromEvents(events);
          expect(machineView(visits)).toEqual(machineView(state.visits));
          expect(skippedSteps(visits)).toEqual(skippedSteps(state.visits));
          expect(unreachedFrom(cycle, visits)).toEqual(unreachedAt(cycle, state));
        };
        check();
        actions.forEach((action, i) => {
          const next = applyAction(cycle, state, action, T0 + (i + 1) * 1000);
          if (!next.ok) return;
          state = next.state;
          events.push(...next.events);
          check();
        });
      }),
      { numRuns: 500 },
    );
  });

  it('stands a log cut between a done and its enter on the step the call moved to', () => {
    const started = startSession(cycle, T0);
    const done = applyAction(cycle, started.state, { type: 'done' }, T0 + 1000);
    if (!done.ok) throw new Error('refused');
    const cut = [...started.events, ...done.events.filter((e) => e.type !== 'enter')];
    expect(unreachedFrom(cycle, visitsFromEvents(cut))).toEqual(unreachedAt(cycle, done.state));
    // Before any enter was read, the call stood on its first step.
    expect(unreachedFrom(cycle, [])).toEqual(unreachedAt(cycle, started.state));
  });
});
