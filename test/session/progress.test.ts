import { describe, expect, it } from 'vitest';
import { stageStatus, stepProgress, unreachedAt } from '../../src/session/index.js';
import type { Action } from '../../src/session/types.js';
import { cycle, drive, option, script, step } from './fixtures.js';

const DONE: Action = { type: 'done' };
const SKIP: Action = { type: 'skip', reason: 'hurry' };
const choose = (option: string): Action => ({ type: 'choose', option });

describe('stepProgress', () => {
  it('counts the path so far plus the likely path ahead along first options', () => {
    // greet name need → return-item verify thanks
    expect(stepProgress(cycle, drive(cycle, []).state)).toEqual({ index: 1, total: 6 });
    expect(stepProgress(cycle, drive(cycle, [DONE, DONE]).state)).toEqual({ index: 3, total: 6 });
    // buy: compare verify thanks
    expect(stepProgress(cycle, drive(cycle, [DONE, DONE, choose('buy')]).state)).toEqual({
      index: 4,
      total: 6,
    });
  });

  it('counts loops each time round', () => {
    const state = drive(cycle, [DONE, DONE, choose('unsure'), DONE]).state;
    expect(stepProgress(cycle, state)).toEqual({ index: 5, total: 8 });
  });

  it('stops the walk ahead where it would repeat itself', () => {
    const s = script([
      step('a', 'needs', { options: [option('again', 'b'), option('out', 'c')] }),
      step('b', 'needs', { next: 'a' }),
      step('c', 'gratitude'),
    ]);
    expect(stepProgress(s, drive(s, []).state)).toEqual({ index: 1, total: 2 });
  });

  it('is the whole path in wrapup', () => {
    const state = drive(cycle, [DONE, DONE, choose('return'), DONE, DONE, DONE]).state;
    expect(stepProgress(cycle, state)).toEqual({ index: 6, total: 6 });
  });
});

describe('stageStatus', () => {
  it('marks the current stage and leaves later ones pending', () => {
    expect(stageStatus(cycle, drive(cycle, []).state)).toEqual({
      greeting: 'current',
      rapport: 'pending',
      needs: 'pending',
      solutions: 'pending',
      gratitude: 'pending',
    });
  });

  it('tells done, skipped and partial stages apart', () => {
    const state = drive(cycle, [SKIP, DONE, choose('buy'), DONE, SKIP]).state;
    expect(stageStatus(cycle, state)).toEqual({
      greeting: 'skipped',
      rapport: 'done',
      needs: 'done',
      solutions: 'partial',
      gratitude: 'current',
    });
  });

  it('shows a stage the flow jumped over as skipped once past it', () => {
    const s = script([
      step('hi', 'greeting', { next: 'what' }),
      step('chat', 'rapport'),
      step('what', 'needs'),
      step('bye', 'gratitude'),
    ]);
    expect(stageStatus(s, drive(s, [DONE]).state)).toMatchObject({
      rapport: 'skipped',
      needs: 'current',
      solutions: 'pending',
    });
    expect(stageStatus(s, drive(s, [DONE, DONE, DONE]).state)).toEqual({
      greeting: 'done',
      rapport: 'skipped',
      needs: 'done',
      solutions: 'skipped',
      gratitude: 'done',
    });
  });

  it('leaves the stages after an aborted call pending', () => {
    const state = drive(cycle, [DONE, DONE, { type: 'end' }]).state;
    expect(stageStatus(cycle, state)).toEqual({
      greeting: 'done',
      rapport: 'done',
      needs: 'pending',
      solutions: 'pending',
      gratitude: 'pending',
    });
  });
});

describe('unreachedAt', () => {
  it('lists required steps reachable from the current step in file order', () => {
    expect(unreachedAt(cycle, drive(cycle, []).state)).toEqual(['greet', 'verify', 'thanks']);
    expect(unreachedAt(cycle, drive(cycle, [DONE, DONE, choose('return')]).state)).toEqual([
      'verify',
      'thanks',
    ]);
  });

  it('leaves out required steps on branches the call can no longer reach', () => {
    const s = script([
      step('a', 'needs', { options: [option('x', 'b'), option('y', 'c')] }),
      step('b', 'solutions', { required: true, end: true }),
      step('c', 'solutions', { required: true }),
    ]);
    expect(unreachedAt(s, drive(s, []).state)).toEqual(['b', 'c']);
    expect(unreachedAt(s, drive(s, [choose('y')]).state)).toEqual(['c']);
  });

  it('is empty once the flow has ended', () => {
    const state = drive(cycle, [DONE, SKIP, choose('return'), DONE, SKIP, DONE]).state;
    expect(state.status).toBe('wrapup');
    expect(unreachedAt(cycle, state)).toEqual([]);
  });
});
