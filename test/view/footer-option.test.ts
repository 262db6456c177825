/** A caller's own footer (`footer` of the screen's input) in place of the agent's keys. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { stripAnsi } from '../../src/text/width.js';
import { EMPTY_FIELD } from '../../src/view/field.js';
import { renderLive } from '../../src/view/live.js';
import { renderScreen } from '../../src/view/screen.js';
import { polishScript, stateOn, viewOf } from './fixtures.js';

beforeAll(() => {
  initI18n('en');
});

const CONTROLS = ['▶ playing  2×', 'space pause  → next step  q quit'];
const text = (lines: readonly string[]) => stripAnsi(lines.join('\n'));

describe('a footer of the caller’s own', () => {
  it('replaces the agent’s keys and message on the screen', () => {
    const view = viewOf(polishScript, stateOn('greet'), 'en', {
      message: { kind: 'warning', key: 'run.keys.unknown' },
    });
    const agent = text(renderScreen(view));
    expect(agent).toContain('end call');
    expect(agent).toContain('That key does nothing here');
    const replay = text(renderScreen({ ...view, footer: CONTROLS }));
    expect(replay).not.toContain('end call');
    expect(replay).not.toContain('That key does nothing here');
    expect(replay.split('\n').slice(-2)).toEqual(CONTROLS);
    // The step itself is the same as the agent saw it.
    expect(replay.split('\n').slice(0, 6)).toEqual(agent.split('\n').slice(0, 6));
  });

  it('replaces the way back from the help too, and an empty one leaves no footer', () => {
    const help = viewOf(polishScript, stateOn('greet'), 'en', { mode: 'help', footer: CONTROLS });
    expect(text(renderScreen(help))).not.toContain('Press any key to return');
    const none = text(renderScreen(viewOf(polishScript, stateOn('greet'), 'en', { footer: [] })));
    expect(none).not.toContain('end call');
    expect(none.split('\n').at(-1)).toMatch(/^─+$/);
  });

  it('is cut at the width, and kept in a window fitted to its height', () => {
    const long = ['x'.repeat(200)];
    const cut = renderScreen(viewOf(polishScript, stateOn('greet'), 'en', { footer: long }));
    expect(stripAnsi(cut.at(-1) as string)).toBe('x'.repeat(80));
    // The help is taller than 12 rows: it scrolls, and the caller's lines stay at the bottom.
    const frame = renderLive({
      ...viewOf(polishScript, stateOn('greet'), 'en', { footer: CONTROLS }),
      window: { columns: 60, rows: 12 },
      mode: { kind: 'help' },
      field: EMPTY_FIELD,
      scroll: 0,
    });
    expect(frame.lines).toHaveLength(12);
    expect(text(frame.lines)).toContain('more lines below');
    expect(text(frame.lines).split('\n').slice(-2)).toEqual(CONTROLS);
    expect(text(frame.lines)).not.toContain('end call');
  });
});
