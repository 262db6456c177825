/** What the agent sees when a call ends: how it went and where its log is. */

import { formatClock } from '../i18n/durations.js';
import type { Locale } from '../i18n/locale.js';
import type { Script } from '../script/types.js';
import type { SessionEvent, SessionState } from '../session/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import { clipStyled } from '../text/wrap.js';
import { flow, paragraph } from './layout.js';
import { localLine, type TextContext, variableValues } from './script-text.js';
import { paint, STAGE_SYMBOL, stagePaint } from './theme.js';
import { screenTranslator, type Translate } from './translate.js';

export type EndEvent = Extract<SessionEvent, { readonly type: 'end' }>;

export interface SummaryView {
  readonly script: Script;
  readonly state: SessionState;
  /** The end event the machine emitted: status, outcome, skipped, unreached, ms. */
  readonly end: EndEvent;
  readonly columns: number;
  readonly locale: Locale;
  /** Where the session log was written. */
  readonly logPath?: string;
}

function stepNames(context: TextContext, ids: readonly string[]): string {
  const names = ids.map((id) => {
    const step = context.script.steps.find((s) => s.id === id);
    return localLine(context, step?.title) || sanitizeLine(id);
  });
  return new Intl.ListFormat(context.locale, { type: 'conjunction' }).format(names);
}

function counts(view: SummaryView, t: Translate): string[] {
  const done = Object.values(view.state.results).filter((result) => result === 'done').length;
  const unreached = view.end.unreached.length;
  return flow(
    [
      {
        text: `${STAGE_SYMBOL.done} ${t('screen.summary.done', { count: done })}`,
        paint: stagePaint.done,
      },
      {
        text: `${STAGE_SYMBOL.skipped} ${t('screen.summary.skipped', { count: view.end.skipped.length })}`,
        paint: view.end.skipped.length > 0 ? stagePaint.skipped : paint.plain,
      },
      // A mark of failure only when something failed: no "✗ 0 … not reached".
      ...(unreached > 0
        ? [{ text: `✗ ${t('screen.summary.unreached', { count: unreached })}`, paint: paint.error }]
        : []),
    ],
    view.columns,
  );
}

export function renderSummary(view: SummaryView): string[] {
  const columns = Number.isFinite(view.columns) ? Math.max(1, Math.floor(view.columns)) : 80;
  const sized = { ...view, columns };
  const t = screenTranslator(view.locale);
  const context: TextContext = {
    script: view.script,
    locale: view.locale,
    values: variableValues(view.script, view.state.vars),
  };
  const { end } = view;
  const title = localLine(context, view.script.title) || sanitizeLine(view.script.id);
  const outcome = end.outcome
    ? t('screen.summary.outcome', { outcome: t(`screen.outcomes.${end.outcome}`) })
    : t('screen.summary.noOutcome');
  const lines = [
    ...paragraph(`${t(`screen.summary.${end.status}`)} · ${title}`, columns, paint.title),
    ...paragraph(
      t('screen.summary.duration', { time: formatClock(end.ms, view.locale) }),
      columns,
      paint.plain,
    ),
    ...paragraph(outcome, columns, paint.plain),
    ...counts(sized, t),
  ];
  if (end.skipped.length > 0) {
    const steps = stepNames(context, end.skipped);
    lines.push(...paragraph(t('screen.summary.skippedList', { steps }), columns, paint.warning));
  }
  if (end.unreached.length > 0) {
    const steps = stepNames(context, end.unreached);
    lines.push(...paragraph(t('screen.summary.unreachedList', { steps }), columns, paint.error));
  }
  const shown = lines.map((line) => clipStyled(line, columns));
  if (view.logPath !== undefined) shown.push(...logLines(sanitizeLine(view.logPath), columns, t));
  return shown;
}

/**
 * The log's path is never cut or broken: an agent copies it from here. When it
 * does not fit beside its label it goes on a line of its own, left whole for the
 * terminal to wrap, so that selecting it gives the path back.
 */
function logLines(path: string, columns: number, t: Translate): string[] {
  const line = t('screen.summary.log', { path });
  if (displayWidth(line) <= columns) return [paint.dim(line)];
  const label = t('screen.summary.log', { path: '' }).trimEnd();
  return [
    ...paragraph(label, columns, paint.dim).map((l) => clipStyled(l, columns)),
    paint.dim(path),
  ];
}
