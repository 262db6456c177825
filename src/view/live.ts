/**
 * The live screen of a call as drawn in a window: the screen of src/view/screen.ts
 * with the open panel, the text field, the state of the call's record, and fitted
 * to the window's height (src/view/fit.ts). Below the smallest window it can be
 * read in, it is one line asking for a bigger window. Without cursor addressing
 * (`plain`) there is no height to keep to; without UTF-8 (`ascii`) the screen's
 * symbols are ASCII.
 */
import { clipStyled, wrapText } from '../text/wrap.js';
import { type Field, fieldLine } from './field.js';
import { type Block, fitScreen } from './fit.js';
import { activeKeys, renderKeys, renderMessage } from './footer.js';
import { asciiLine } from './glyphs.js';
import { renderStatus, renderTitle } from './header.js';
import type { Mode } from './keymap.js';
import { paragraph, rule } from './layout.js';
import { renderPanel } from './panel.js';
import { renderBody, textContext } from './screen.js';
import { currentStep } from './script-text.js';
import { renderStageBar } from './stage-bar.js';
import { renderStorage, type StorageView } from './storage.js';
import { paint } from './theme.js';
import { screenTranslator, type Translate } from './translate.js';
import type { ScreenView } from './view.js';

export interface LiveView extends Omit<ScreenView, 'columns' | 'mode'> {
  /** The terminal's size: the screen leaves its last column free. */
  readonly window: { readonly columns: number; readonly rows: number };
  readonly mode: Mode;
  /** What is typed in the text field (shown in the text mode). */
  readonly field: Field;
  readonly storage?: StorageView;
  /** The first line of the body shown, when the body is taller than its rows. */
  readonly scroll: number;
  /** Printed as plain lines, with no cursor addressing: nothing is kept to a height. */
  readonly plain?: boolean;
  /** The terminal shows only ASCII (no UTF-8 locale). */
  readonly ascii?: boolean;
}

export interface LiveFrame {
  readonly lines: readonly string[];
  /** Where the terminal's cursor goes: in the text field, while one is open. */
  readonly cursor?: { readonly row: number; readonly column: number };
  /** The scroll position as drawn, and the body's rows (a page). */
  readonly scroll: number;
  readonly page: number;
}

/** The smallest window the screen is laid out in. */
export const MIN_WINDOW = { columns: 40, rows: 12 } as const;

const FIELD_PROMPT = '› ';

function tooSmall(columns: number, rows: number, t: Translate, ascii?: boolean): LiveFrame {
  const asked = t('screen.tooSmall', MIN_WINDOW);
  const text = ascii ? asciiLine(asked) : asked;
  const lines = wrapText(text, columns).slice(0, Math.max(0, rows));
  return { lines: lines.map((line) => paint.warning(line)), scroll: 0, page: 0 };
}

function footer(view: LiveView, screen: ScreenView, t: Translate): Block[] {
  const { columns } = screen;
  const step = currentStep(view.script, view.state);
  const keys =
    view.mode.kind === 'help'
      ? paragraph(t('screen.help.close'), columns, paint.dim)
      : view.mode.kind === 'main'
        ? renderKeys(activeKeys(step, t), columns, t)
        : // A panel says itself which keys work in it.
          [];
  const panel = renderPanel(view.mode, { script: view.script, step, locale: view.locale, columns });
  // A caller's own footer (replay's controls) stands where the message and keys are.
  const own: Block[] = view.footer
    ? [{ lines: [...view.footer], drop: 5 }]
    : [
        { lines: renderMessage(view.message, columns, t), drop: 6 },
        { lines: keys, drop: 5 },
      ];
  return [
    { lines: [rule(columns, paint.rule)], drop: 1 },
    { lines: panel.body },
    { lines: panel.hint, drop: 2 },
    ...own,
  ];
}

export function renderLive(view: LiveView): LiveFrame {
  const t = screenTranslator(view.locale);
  const { window } = view;
  const columns = view.plain
    ? Math.max(20, window.columns - 1)
    : Math.max(1, Math.floor(window.columns) - 1);
  if (!view.plain && (window.columns < MIN_WINDOW.columns || window.rows < MIN_WINDOW.rows)) {
    return tooSmall(columns, Math.floor(window.rows), t, view.ascii);
  }
  const screen: ScreenView = {
    ...view,
    columns,
    mode: view.mode.kind === 'help' ? 'help' : 'main',
  };
  const context = textContext(screen);
  const field =
    view.mode.kind === 'text' ? fieldLine(view.field, FIELD_PROMPT, columns) : undefined;
  const before: Block[] = [
    { lines: renderTitle(screen, context, t), drop: 3 },
    { lines: renderStageBar(screen, t), drop: 4 },
    { lines: renderStatus(screen, t) },
    { lines: renderStorage(view.storage, columns, t) },
    { lines: [rule(columns, paint.rule)], drop: 1 },
  ];
  const after = [...footer(view, screen, t), { lines: field ? [field.line] : [] }];
  const fitted = fitScreen(
    { before, body: renderBody(screen, context, t), after },
    view.plain ? undefined : Math.floor(window.rows),
    view.scroll,
    { columns, t },
  );
  const lines = fitted.lines.map((line) => {
    const clipped = clipStyled(line, columns);
    return view.ascii ? asciiLine(clipped) : clipped;
  });
  const cursor = field ? { row: lines.length - 1, column: field.column } : undefined;
  return { lines, scroll: fitted.scroll, page: fitted.page, ...(cursor ? { cursor } : {}) };
}
