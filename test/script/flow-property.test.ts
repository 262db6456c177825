/**
 * The checker's flow is the machine's flow: for generated scripts, a step is
 * reported unreachable exactly when no sequence of actions in a call enters it, and
 * a step reported in a loop without exit is one from which no call can end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkScript } from '../../src/script/index.js';
import { type Script, STAGES, type Step } from '../../src/script/types.js';
import { applyAction, startSession } from '../../src/session/index.js';
import type { Action, SessionState } from '../../src/session/types.js';

/** Where the machine goes when the flow ends. */
const WRAPUP = '';

interface GenStep {
  readonly stage: number;
  readonly required: boolean;
  readonly end: boolean;
  readonly next: string | null;
  readonly options: readonly (string | null)[] | null;
}

/** A `next` target: one of the steps, or a step that does not exist. */
const target = (count: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: count - 1 }).map((i) => `s${i}`),
    fc.constant('ghost'),
  );

const stepArb = (count: number): fc.Arbitrary<GenStep> =>
  fc.record({
    stage: fc.integer({ min: 0, max: STAGES.length - 1 }),
    required: fc.boolean(),
    end: fc.nat(3).map((n) => n === 0),
    next: fc.option(target(count), { freq: 2 }),
    options: fc.option(fc.array(fc.option(target(count)), { minLength: 1, maxLength: 3 })),
  });

const scriptArb: fc.Arbitrary<Script> = fc
  .integer({ min: 1, max: 12 })
  .chain((count) => fc.array(stepArb(count), { minLength: count, maxLength: count }))
  .map((gen) => {
    const stages = gen.map((g) => g.stage).sort((a, b) => a - b);
    const steps = gen.map((g, i): Step => {
      const options = g.options?.map((next, j) => ({
        id: `o${j}`,
        label: { en: `Option ${j}` },
        ...(next === null ? {} : { next }),
      }));
      return {
        id: `s${i}`,
        stage: STAGES[stages[i] as number] as Step['stage'],
        required: g.required,
        end: g.end,
        say: { en: `Step ${i}.` },
        ...(g.next === null ? {} : { next: g.next }),
        ...(options ? { options } : {}),
      };
    });
    return {
      coach: 1,
      id: 'generated',
      title: { en: 'Generated' },
      source: 'en',
      locales: ['en'],
      variables: [],
      steps,
    };
  });

/** The file a trainer would write for `script`. */
function toYaml(script: Script): string {
  const steps = script.steps.map((step) => ({
    id: step.id,
    stage: step.stage,
    ...(step.required ? { required: true } : {}),
    ...(step.end ? { end: true } : {}),
    say: step.say,
    ...(step.next === undefined ? {} : { next: step.next }),
    ...(step.options ? { options: step.options } : {}),
  }));
  return stringify({ coach: 1, id: script.id, title: script.title, steps });
}

/**
 * Every step a call can enter, each with where one action on it leads (WRAPUP when
 * the flow ends). Explored breadth-first from the first step; the machine's moves
 * depend only on the current step, so one state per step is enough.
 */
function machineMoves(script: Script): Map<string, Set<string>> {
  const moves = new Map<string, Set<string>>();
  const first = startSession(script, 0).state;
  const queue: SessionState[] = first.current === undefined ? [] : [first];
  if (first.current !== undefined) moves.set(first.current, new Set());
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    const here = script.steps.find((step) => step.id === state?.current);
    const actions: Action[] = [
      { type: 'done' },
      { type: 'skip', reason: 'the customer is in a hurry' },
      ...(here?.options ?? []).map((o): Action => ({ type: 'choose', option: o.id })),
    ];
    for (const action of actions) {
      const moved = applyAction(script, state, action, 1000);
      if (!moved.ok) continue;
      const to = moved.state.status === 'active' ? (moved.state.current ?? WRAPUP) : WRAPUP;
      moves.get(state.current as string)?.add(to);
      if (to !== WRAPUP && !moves.has(to)) {
        moves.set(to, new Set());
        queue.push(moved.state);
      }
    }
  }
  return moves;
}

function reaches(moves: Map<string, Set<string>>, from: string, goals: Set<string>): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (goals.has(at)) return true;
    for (const to of moves.get(at) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return false;
}

describe('the checker’s flow against the session machine', () => {
  it('reports a step unreachable exactly when no call can enter it', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const { diagnostics } = checkScript(toYaml(script));
        const unreachable = new Set(
          diagnostics.filter((d) => d.code === 'UNREACHABLE_STEP').map((d) => d.params.step),
        );
        const entered = machineMoves(script);
        for (const step of script.steps) {
          expect(unreachable.has(step.id), step.id).toBe(!entered.has(step.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports loops without exit where a call that enters them can never end', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const loops = checkScript(toYaml(script)).diagnostics.filter(
          (d) => d.code === 'LOOP_WITHOUT_EXIT',
        );
        const moves = machineMoves(script);
        const ending = new Set([WRAPUP]);
        const trapped = [...moves.keys()].filter((step) => !reaches(moves, step, ending));
        const looped = loops.flatMap((d) => String(d.params.steps).split(', '));
        for (const step of looped.filter((id) => id !== '…')) expect(trapped).toContain(step);
        // Every step that cannot end leads into a reported loop.
        const firsts = new Set(loops.map((d) => String(d.params.step)));
        for (const step of trapped) expect(reaches(moves, step, firsts), step).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
