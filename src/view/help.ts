/** The help overlay: every key with what it does, and the key to the stage bar. */

import { displayWidth } from '../text/width.js';
import { padEnd } from '../text/wrap.js';
import type { KeyHelp } from './footer.js';
import { hanging, paragraph } from './layout.js';
import { renderStageLegend } from './stage-bar.js';
import { paint } from './theme.js';
import type { Translate } from './translate.js';

/** Every key, whichever step the call is on. */
function allKeys(t: Translate): KeyHelp[] {
  const single = ['s', 'b', 'n', 'c', 'e', '?'];
  const actions = ['skip', 'back', 'note', 'capture', 'end', 'help'];
  return [
    { key: t('screen.keys.enter'), action: 'done' },
    { key: '1-9', action: 'choose' },
    { key: '1-9', action: 'tick' },
    ...single.map((key, i) => ({ key, action: actions[i] as string })),
    { key: t('screen.keys.scrollKeys'), action: 'scroll' },
    { key: t('screen.keys.ctrlD'), action: 'quit' },
  ];
}

export function renderHelp(columns: number, t: Translate): string[] {
  const keys = allKeys(t);
  const keyWidth = Math.max(...keys.map((k) => displayWidth(k.key)));
  const lines = paragraph(t('screen.help.title'), columns, paint.title);
  for (const { key, action } of keys) {
    const prefix = `  ${padEnd(key, keyWidth)}  `;
    lines.push(...hanging(prefix, t(`screen.help.${action}`), columns, paint.plain, paint.key));
  }
  lines.push('', ...paragraph(t('screen.help.legend'), columns, paint.title));
  lines.push(...renderStageLegend(columns, t));
  return lines;
}
