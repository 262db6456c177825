/** What every key means in every mode of the live screen (`interpretKey`). */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/script/types.js';
import { OUTCOMES } from '../../src/session/types.js';
import { interpretKey, type Key, MAIN, type Mode, SKIP_REASONS } from '../../src/view/keymap.js';

const step = (fields: Partial<Step> = {}): Step => ({
  id: 'plain',
  stage: 'needs',
  required: false,
  end: false,
  ...fields,
});

const PLAIN = step();
const REQUIRED = step({ id: 'greet', stage: 'greeting', required: true });
const CHOICE = step({
  id: 'need',
  options: [
    { id: 'return', label: { en: 'Return' } },
    { id: 'buy', label: { en: 'Buy' } },
  ],
});
const CHECKLIST = step({ id: 'probe', checklist: { en: ['Use?', 'Budget?', 'When?'] } });
const CAPTURE = step({ id: 'name', stage: 'rapport', capture: 'customer' });

const key = (name: string, sequence?: string): Key =>
  sequence === undefined ? { name } : { name, sequence };
const ENTER = key('return');
const ESC = key('escape');

const SKIP_CONFIRM: Mode = { kind: 'skip-confirm' };
const SKIP_REASON: Mode = { kind: 'skip-reason' };
const END: Mode = { kind: 'end' };
const HELP: Mode = { kind: 'help' };
const text = (purpose: 'note' | 'capture' | 'reason'): Mode => ({ kind: 'text', purpose });

describe('main mode', () => {
  it.each([['return'], ['enter']])('%s marks the step done', (name) => {
    expect(interpretKey(MAIN, key(name), PLAIN, '')).toEqual({
      mode: MAIN,
      clearLine: true,
      action: { type: 'done' },
    });
  });

  it('a number chooses the option with that number', () => {
    expect(interpretKey(MAIN, key('1'), CHOICE, '').action).toEqual({
      type: 'choose',
      option: 'return',
    });
    expect(interpretKey(MAIN, key('2'), CHOICE, '').action).toEqual({
      type: 'choose',
      option: 'buy',
    });
  });

  it('reads the number from what the key typed', () => {
    expect(interpretKey(MAIN, { name: 'undefined', sequence: '2' }, CHOICE, '').action).toEqual({
      type: 'choose',
      option: 'buy',
    });
  });

  it('a number ticks the checklist item with that number', () => {
    expect(interpretKey(MAIN, key('3'), CHECKLIST, '').action).toEqual({
      type: 'toggle',
      item: 2,
    });
  });

  it.each([
    ['an option number past the last option', CHOICE, '3'],
    [
      'a number past the options of a choice step with a checklist',
      { ...CHOICE, checklist: { en: ['Use?', 'Budget?', 'When?'] } },
      '3',
    ],
    ['a number on a step with nothing to pick', PLAIN, '1'],
  ])('%s picks nothing and says so', (_, on, name) => {
    expect(interpretKey(MAIN, key(name), on, '')).toEqual({
      mode: MAIN,
      clearLine: true,
      message: 'run.keys.nothingToPick',
    });
  });

  it('0 is not a number key', () => {
    const result = interpretKey(MAIN, key('0'), CHOICE, '');
    expect(result.action).toBeUndefined();
    expect(result.message).toBe('run.keys.unknown');
  });

  it('s opens the skip reasons, or the confirmation first on a required step', () => {
    expect(interpretKey(MAIN, key('s'), PLAIN, '')).toEqual({ mode: SKIP_REASON, clearLine: true });
    expect(interpretKey(MAIN, key('s'), REQUIRED, '')).toEqual({
      mode: SKIP_CONFIRM,
      clearLine: true,
    });
  });

  it('b goes back, n opens a note, e the outcome list', () => {
    expect(interpretKey(MAIN, key('b'), PLAIN, '')).toMatchObject({
      mode: MAIN,
      action: { type: 'back' },
    });
    expect(interpretKey(MAIN, key('n'), PLAIN, '')).toEqual({
      mode: text('note'),
      clearLine: true,
    });
    expect(interpretKey(MAIN, key('e'), PLAIN, '')).toEqual({ mode: END, clearLine: true });
  });

  it('c opens the capture field only on a step that captures', () => {
    expect(interpretKey(MAIN, key('c'), CAPTURE, '')).toEqual({
      mode: text('capture'),
      clearLine: true,
    });
    expect(interpretKey(MAIN, key('c'), PLAIN, '')).toEqual({
      mode: MAIN,
      clearLine: true,
      message: 'run.keys.nothingToCapture',
    });
  });

  it('? opens the help, by name or by what it typed', () => {
    expect(interpretKey(MAIN, key('?'), PLAIN, '').mode).toEqual(HELP);
    expect(interpretKey(MAIN, { name: 'undefined', sequence: '?' }, PLAIN, '').mode).toEqual(HELP);
  });

  it('any other key does nothing but say so', () => {
    expect(interpretKey(MAIN, key('x'), PLAIN, '')).toEqual({
      mode: MAIN,
      clearLine: true,
      message: 'run.keys.unknown',
    });
  });

  it('Esc stays on the call', () => {
    expect(interpretKey(MAIN, ESC, PLAIN, '')).toEqual({ mode: MAIN, clearLine: true });
  });

  describe('in wrap-up (no step)', () => {
    it('has nothing to skip, pick or capture', () => {
      expect(interpretKey(MAIN, key('s'), undefined, '')).toEqual({ mode: MAIN, clearLine: true });
      expect(interpretKey(MAIN, key('1'), undefined, '').action).toBeUndefined();
      expect(interpretKey(MAIN, key('c'), undefined, '').message).toBe('run.keys.nothingToCapture');
    });

    it('still goes back, ends and marks done (the machine decides)', () => {
      expect(interpretKey(MAIN, key('b'), undefined, '').action).toEqual({ type: 'back' });
      expect(interpretKey(MAIN, key('e'), undefined, '').mode).toEqual(END);
      expect(interpretKey(MAIN, ENTER, undefined, '').action).toEqual({ type: 'done' });
    });
  });
});

describe('help mode', () => {
  it.each([['x'], ['return'], ['escape'], ['?']])('%s closes the help', (name) => {
    expect(interpretKey(HELP, key(name), PLAIN, '')).toEqual({ mode: MAIN, clearLine: true });
  });
});

describe('skip confirmation on a required step', () => {
  it('y goes on to the reasons', () => {
    expect(interpretKey(SKIP_CONFIRM, key('y'), REQUIRED, '')).toEqual({
      mode: SKIP_REASON,
      clearLine: true,
    });
  });

  it.each([['n'], ['return'], ['escape'], ['1']])('%s keeps the step', (name) => {
    expect(interpretKey(SKIP_CONFIRM, key(name), REQUIRED, '')).toEqual({
      mode: MAIN,
      clearLine: true,
    });
  });
});

describe('skip reasons', () => {
  it.each(SKIP_REASONS.map((reason, i) => [i + 1, reason] as const))(
    '%i skips with the reason %s',
    (n, reason) => {
      expect(interpretKey(SKIP_REASON, key(String(n)), REQUIRED, '')).toEqual({
        mode: MAIN,
        clearLine: true,
        action: { type: 'skip', reason },
      });
    },
  );

  it('the number after the last reason opens a field to type one', () => {
    const other = String(SKIP_REASONS.length + 1);
    expect(interpretKey(SKIP_REASON, key(other), PLAIN, '')).toEqual({
      mode: text('reason'),
      clearLine: true,
    });
  });

  it.each([['6'], ['9'], ['x'], ['return']])('%s leaves the list open', (name) => {
    expect(interpretKey(SKIP_REASON, key(name), PLAIN, '')).toEqual({
      mode: SKIP_REASON,
      clearLine: true,
    });
  });

  it('Esc closes the list without skipping', () => {
    expect(interpretKey(SKIP_REASON, ESC, PLAIN, '')).toEqual({ mode: MAIN, clearLine: true });
  });
});

describe('outcome list', () => {
  it.each(OUTCOMES.map((outcome, i) => [i + 1, outcome] as const))(
    '%i ends the call as %s',
    (n, outcome) => {
      expect(interpretKey(END, key(String(n)), undefined, '')).toEqual({
        mode: MAIN,
        clearLine: true,
        action: { type: 'end', outcome },
      });
    },
  );

  it.each([['6'], ['x'], ['return']])('%s leaves the list open', (name) => {
    expect(interpretKey(END, key(name), PLAIN, '')).toEqual({ mode: END, clearLine: true });
  });

  it('Esc goes back to the call without ending it', () => {
    expect(interpretKey(END, ESC, PLAIN, '')).toEqual({ mode: MAIN, clearLine: true });
  });
});

describe('text fields', () => {
  it('keys other than Enter keep typing, without clearing the line', () => {
    for (const name of ['a', 's', 'e', '1', 'y', '?']) {
      expect(interpretKey(text('note'), key(name), PLAIN, 'so far')).toEqual({
        mode: text('note'),
      });
    }
  });

  it.each([[''], ['   ']])('Enter with nothing typed (%j) asks for text', (line) => {
    for (const purpose of ['note', 'capture', 'reason'] as const) {
      expect(interpretKey(text(purpose), ENTER, CAPTURE, line)).toEqual({
        mode: text(purpose),
        clearLine: true,
        message: 'run.keys.typeSomething',
      });
    }
  });

  it('Enter stores the trimmed text as a note, a reason or the captured value', () => {
    expect(interpretKey(text('note'), ENTER, PLAIN, '  called twice  ')).toEqual({
      mode: MAIN,
      clearLine: true,
      action: { type: 'note', text: 'called twice' },
    });
    expect(interpretKey(text('reason'), key('enter'), PLAIN, 'line dropped').action).toEqual({
      type: 'skip',
      reason: 'line dropped',
    });
    expect(interpretKey(text('capture'), ENTER, CAPTURE, 'Ana Lima').action).toEqual({
      type: 'capture',
      values: { customer: 'Ana Lima' },
    });
  });

  it('a capture on a step that captures nothing closes the field with no action', () => {
    expect(interpretKey(text('capture'), ENTER, PLAIN, 'Ana')).toEqual({
      mode: MAIN,
      clearLine: true,
    });
    expect(interpretKey(text('capture'), ENTER, undefined, 'Ana')).toEqual({
      mode: MAIN,
      clearLine: true,
    });
  });

  it('Esc drops what was typed', () => {
    expect(interpretKey(text('note'), ESC, PLAIN, 'half a note')).toEqual({
      mode: MAIN,
      clearLine: true,
    });
  });
});
