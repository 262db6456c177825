/**
 * The top of the screen: script title with agent and locale, the stage bar, and
 * "step 3 of 8" with the call and step clocks.
 */
import { formatClock } from '../i18n/durations.js';
import { elapsed } from '../session/progress.js';
import { sanitizeLine } from '../text/sanitize.js';
import { flow, spread, type Token } from './layout.js';
import { currentStep, localLine, type TextContext } from './script-text.js';
import { renderStageBar } from './stage-bar.js';
import { paint } from './theme.js';
import { timerLevel } from './timers.js';
import type { Translate } from './translate.js';
import type { ScreenView } from './view.js';

export function renderTitle(view: ScreenView, context: TextContext, t: Translate): string[] {
  const title = localLine(context, view.script.title) || sanitizeLine(view.script.id);
  const meta = `${t('screen.agent', { agent: view.agent })} · ${view.locale}`;
  return spread(
    { text: title, paint: paint.title },
    { text: meta, paint: paint.meta },
    view.columns,
  );
}

function timerTokens(view: ScreenView, t: Translate): Token[] {
  const { state, locale } = view;
  const { callMs, stepMs } = elapsed(state, view.now);
  const tokens: Token[] = [
    { text: t('screen.timers.call', { time: formatClock(callMs, locale) }), paint: paint.plain },
  ];
  const step = currentStep(view.script, state);
  if (!step) return tokens;
  const time = formatClock(stepMs, locale);
  const level = timerLevel(stepMs, step.targetMs);
  const text =
    step.targetMs === undefined
      ? t('screen.timers.step', { time })
      : t('screen.timers.stepTarget', { time, target: formatClock(step.targetMs, locale) });
  tokens.push({ text, paint: paint[level] });
  if (level === 'alert')
    tokens.push({ text: `⚠ ${t('screen.timers.overTarget')}`, paint: paint.alert });
  return tokens;
}

export function renderStatus(view: ScreenView, t: Translate): string[] {
  const { index, total } = view.progress;
  const where =
    view.state.status === 'active'
      ? t('screen.progress', { index, count: total })
      : t(view.state.status === 'wrapup' ? 'screen.wrapup' : 'screen.ended');
  return flow([{ text: where, paint: paint.title }, ...timerTokens(view, t)], view.columns, '   ');
}

export function renderHeader(view: ScreenView, context: TextContext, t: Translate): string[] {
  return [...renderTitle(view, context, t), ...renderStageBar(view, t), ...renderStatus(view, t)];
}
