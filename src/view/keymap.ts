/**
 * What a key means on the live screen, as a pure function of the mode the screen is
 * in. The screen is an explicit union of modes; a key yields an action for the
 * session machine, a new mode, or both.
 */
import type { Step } from '../script/types.js';
import { type Action, OUTCOMES } from '../session/types.js';

/** Predefined skip reasons: stable ids in the log, localized on screen. */
export const SKIP_REASONS = ['hurry', 'not-relevant', 'already-done', 'declined'] as const;

export type Mode =
  | { readonly kind: 'main' }
  | { readonly kind: 'help' }
  | { readonly kind: 'skip-confirm' }
  | { readonly kind: 'skip-reason' }
  | { readonly kind: 'text'; readonly purpose: 'note' | 'capture' | 'reason' }
  | { readonly kind: 'end' }
  /** Ctrl-D asks before it ends the call; declining goes back to `from`. */
  | { readonly kind: 'quit-confirm'; readonly from: Mode };

export const MAIN: Mode = { kind: 'main' };

export interface Key {
  readonly name: string;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  /** What the key typed, when it typed a character. */
  readonly sequence?: string;
}

/** The body of the screen moved by a line or a page, when it is taller than the window. */
export type Scroll = 'up' | 'down' | 'pageup' | 'pagedown';

const SCROLL_KEYS: ReadonlySet<string> = new Set<Scroll>(['up', 'down', 'pageup', 'pagedown']);

export interface KeyResult {
  readonly mode: Mode;
  readonly action?: Action;
  /** A hint for the footer line, as an i18n key. */
  readonly message?: string;
  /** The text field must be emptied. */
  readonly clearLine?: boolean;
  readonly scroll?: Scroll;
  /** End the call now, as aborted (Ctrl-C, or Ctrl-D confirmed). */
  readonly stop?: true;
}

/** The confirm key of every language: its own (`run.panel.yesKey`) is added to it. */
export const YES = 'y';

const digit = (key: Key): number | undefined => {
  const ch = key.sequence ?? key.name;
  return /^[1-9]$/.test(ch) ? Number(ch) : undefined;
};

const isEnter = (key: Key) => key.name === 'return' || key.name === 'enter';

const scrollOf = (key: Key): Scroll | undefined =>
  SCROLL_KEYS.has(key.name) ? (key.name as Scroll) : undefined;

function mainKey(key: Key, step: Step | undefined): KeyResult {
  const stay = { mode: MAIN, clearLine: true } as const;
  if (isEnter(key)) return { ...stay, action: { type: 'done' } };
  const scroll = scrollOf(key);
  if (scroll) return { mode: MAIN, scroll };
  const n = digit(key);
  if (n !== undefined && step) {
    const option = step.options?.[n - 1];
    if (option) return { ...stay, action: { type: 'choose', option: option.id } };
    // On a choice step the numbers choose; its checklist is only a reminder.
    if (step.checklist && !step.options?.length) {
      return { ...stay, action: { type: 'toggle', item: n - 1 } };
    }
    return { ...stay, message: 'run.keys.nothingToPick' };
  }
  switch (key.name) {
    case 's':
      if (!step) return stay;
      return {
        mode: step.required ? { kind: 'skip-confirm' } : { kind: 'skip-reason' },
        clearLine: true,
      };
    case 'b':
      return { ...stay, action: { type: 'back' } };
    case 'n':
      return { mode: { kind: 'text', purpose: 'note' }, clearLine: true };
    case 'c':
      if (step?.capture) return { mode: { kind: 'text', purpose: 'capture' }, clearLine: true };
      return { ...stay, message: 'run.keys.nothingToCapture' };
    case 'e':
      return { mode: { kind: 'end' }, clearLine: true };
    case '?':
      return { mode: { kind: 'help' }, clearLine: true };
    default:
      if (key.sequence === '?') return { mode: { kind: 'help' }, clearLine: true };
      return { ...stay, message: 'run.keys.unknown' };
  }
}

/**
 * `line` is what the agent has typed so far in a text field; `step` is the current
 * step (undefined in wrap-up); `yes` the keys that confirm (`y` and the language's own).
 */
export function interpretKey(
  mode: Mode,
  key: Key,
  step: Step | undefined,
  line: string,
  yes: readonly string[] = [YES],
): KeyResult {
  const back = { mode: MAIN, clearLine: true } as const;
  const confirmed = !key.ctrl && yes.includes(key.name);
  if (key.ctrl && key.name === 'c') return { mode, stop: true };
  if (mode.kind === 'quit-confirm')
    return confirmed ? { mode: MAIN, stop: true } : { mode: mode.from };
  // EOF must not end a call by accident: it asks first, like e.
  if (key.ctrl && key.name === 'd') return { mode: { kind: 'quit-confirm', from: mode } };
  if (key.name === 'escape') return back;
  switch (mode.kind) {
    case 'main':
      return mainKey(key, step);
    case 'help': {
      const scroll = scrollOf(key);
      return scroll ? { mode, scroll } : back;
    }
    case 'skip-confirm':
      if (confirmed) return { mode: { kind: 'skip-reason' }, clearLine: true };
      return back;
    case 'skip-reason': {
      const n = digit(key);
      if (n === undefined) return { mode, clearLine: true };
      const reason = SKIP_REASONS[n - 1];
      if (reason) return { ...back, action: { type: 'skip', reason } };
      if (n === SKIP_REASONS.length + 1) {
        return { mode: { kind: 'text', purpose: 'reason' }, clearLine: true };
      }
      return { mode, clearLine: true };
    }
    case 'end': {
      const n = digit(key);
      const outcome = n === undefined ? undefined : OUTCOMES[n - 1];
      if (outcome) return { ...back, action: { type: 'end', outcome } };
      return { mode, clearLine: true };
    }
    case 'text': {
      if (!isEnter(key)) return { mode };
      const text = line.trim();
      if (!text) return { mode, clearLine: true, message: 'run.keys.typeSomething' };
      if (mode.purpose === 'note') return { ...back, action: { type: 'note', text } };
      if (mode.purpose === 'reason') return { ...back, action: { type: 'skip', reason: text } };
      const variable = step?.capture;
      if (!variable) return back;
      return { ...back, action: { type: 'capture', values: { [variable]: text } } };
    }
  }
}
