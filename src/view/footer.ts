/**
 * The bottom of the screen: a transient message, then the keys that work right
 * now. Key names are what the agent presses; their meanings are localized.
 */
import type { Step } from '../script/types.js';
import { flow, paragraph, type Token } from './layout.js';
import { MESSAGE_SYMBOL, paint } from './theme.js';
import type { Translate } from './translate.js';
import type { ScreenMessage, ScreenView } from './view.js';

export interface KeyHelp {
  /** What is pressed: a localized key name (Enter) or the character itself. */
  readonly key: string;
  /** i18n key of the short label (footer) and of the help line (`screen.help.*`). */
  readonly action: string;
}

/** Keys that do something in this state: `step` is undefined in wrap-up. */
export function activeKeys(step: Step | undefined, t: Translate): KeyHelp[] {
  const keys: KeyHelp[] = [];
  if (step) {
    // A choice step moves on by its options: Enter there is refused.
    if (step.options?.length) keys.push({ key: '1-9', action: 'choose' });
    else {
      keys.push({ key: t('screen.keys.enter'), action: 'done' });
      if (step.checklist) keys.push({ key: '1-9', action: 'tick' });
    }
    keys.push({ key: 's', action: 'skip' });
  }
  keys.push({ key: 'b', action: 'back' }, { key: 'n', action: 'note' });
  if (step?.capture) keys.push({ key: 'c', action: 'capture' });
  keys.push({ key: 'e', action: 'end' }, { key: '?', action: 'help' });
  return keys;
}

export function renderMessage(message: ScreenMessage | undefined, columns: number, t: Translate) {
  if (!message) return [];
  const text = `${MESSAGE_SYMBOL[message.kind]} ${t(message.key, { ...message.params })}`;
  return paragraph(text, columns, paint[message.kind]);
}

export function renderKeys(keys: readonly KeyHelp[], columns: number, t: Translate): string[] {
  const tokens: Token[] = keys.map(({ key, action }) => ({
    text: `${key} ${t(`screen.keys.${action}`)}`,
    paint: (text) => paint.key(text.slice(0, key.length)) + paint.dim(text.slice(key.length)),
  }));
  return flow(tokens, columns);
}

export function renderFooter(view: ScreenView, step: Step | undefined, t: Translate): string[] {
  if (view.footer) return [...view.footer];
  if (view.mode === 'help') return paragraph(t('screen.help.close'), view.columns, paint.dim);
  return [
    ...renderMessage(view.message, view.columns, t),
    ...renderKeys(activeKeys(step, t), view.columns, t),
  ];
}
