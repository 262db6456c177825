/**
 * The live session screen as a pure function of what it shows: lines of at most
 * `columns` columns, wrapped here so that the terminal never wraps them itself.
 */

import { clipStyled } from '../text/wrap.js';
import { renderNoStep, renderStep } from './body.js';
import { renderFooter } from './footer.js';
import { renderHeader } from './header.js';
import { renderHelp } from './help.js';
import { rule } from './layout.js';
import { currentStep, type TextContext, variableValues } from './script-text.js';
import { paint } from './theme.js';
import { screenTranslator, type Translate } from './translate.js';
import type { ScreenView } from './view.js';

/** What the screen's text is read with: the script, the locale and the values of its variables. */
export function textContext(view: ScreenView): TextContext {
  return {
    script: view.script,
    locale: view.locale,
    values: variableValues(view.script, { agent: view.agent }, view.vars, view.state.vars),
  };
}

/** The middle of the screen: the help, the current step, or what to do with no step. */
export function renderBody(view: ScreenView, context: TextContext, t: Translate): string[] {
  const step = currentStep(view.script, view.state);
  if (view.mode === 'help') return renderHelp(view.columns, t);
  return step ? renderStep(view, step, context, t) : renderNoStep(view, t);
}

export function renderScreen(view: ScreenView): string[] {
  const columns = Number.isFinite(view.columns) ? Math.max(1, Math.floor(view.columns)) : 80;
  const sized = columns === view.columns ? view : { ...view, columns };
  const t = screenTranslator(view.locale);
  const context = textContext(sized);
  const step = currentStep(view.script, view.state);
  const body = renderBody(sized, context, t);
  const lines = [
    ...renderHeader(sized, context, t),
    rule(columns, paint.rule),
    ...body,
    rule(columns, paint.rule),
    ...renderFooter(sized, step, t),
  ];
  // Layout keeps to the width; this only bites in windows too narrow for a word.
  return lines.map((line) => clipStyled(line, columns));
}
