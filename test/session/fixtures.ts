/** Scripts built as typed literals, so that session tests do not depend on the YAML loader. */
import type { Script, Stage, Step, StepOption, Variable } from '../../src/script/types.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionEvent, SessionState } from '../../src/session/types.js';

export function step(id: string, stage: Stage, extra: Partial<Step> = {}): Step {
  return { id, stage, required: false, end: false, say: { en: `Say ${id}` }, ...extra };
}

export function option(id: string, next?: string): StepOption {
  return next === undefined ? { id, label: { en: id } } : { id, label: { en: id }, next };
}

export function variable(name: string, extra: Partial<Variable> = {}): Variable {
  return { name, pii: false, ...extra };
}

export function script(steps: readonly Step[], extra: Partial<Script> = {}): Script {
  return {
    coach: 1,
    id: 'test',
    title: { en: 'Test' },
    source: 'en',
    locales: ['en'],
    variables: [],
    steps,
    ...extra,
  };
}

/**
 * The service cycle of the design: a choice step with three branches, one of which
 * loops back through a probing checklist.
 */
export const cycle: Script = script(
  [
    step('greet', 'greeting', { required: true, targetMs: 15_000 }),
    step('name', 'rapport', { capture: 'customer' }),
    step('need', 'needs', {
      options: [
        option('return', 'return-item'),
        option('buy', 'compare'),
        option('unsure', 'probe'),
      ],
    }),
    step('probe', 'needs', { checklist: { en: ['Use?', 'Budget?'], pt: ['Uso?'] }, next: 'need' }),
    step('return-item', 'solutions', { next: 'verify' }),
    step('compare', 'solutions', { checklist: { en: ['Price', 'Weight', 'Battery'] } }),
    step('verify', 'solutions', { required: true }),
    step('thanks', 'gratitude', { required: true, end: true }),
    step('after-end', 'gratitude'),
  ],
  {
    id: 'cycle',
    variables: [variable('company', { default: 'Loja Azul' }), variable('customer', { pii: true })],
  },
);

export interface Drive {
  readonly state: SessionState;
  readonly events: SessionEvent[];
}

/** Starts at `t0` and applies each action one second apart; every action must be accepted. */
export function drive(subject: Script, actions: readonly Action[], t0 = 1_000_000): Drive {
  const started = startSession(subject, t0);
  let state = started.state;
  const events = [...started.events];
  actions.forEach((action, i) => {
    const transition = applyAction(subject, state, action, t0 + (i + 1) * 1000);
    if (!transition.ok) {
      throw new Error(`action ${i} ${JSON.stringify(action)} refused: ${transition.reason}`);
    }
    state = transition.state;
    events.push(...transition.events);
  });
  return { state, events };
}

/** Freezes a value and everything in it, to prove the machine never mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
