/**
 * `coach replay --summary`: the call as a table of its steps in path order — stage,
 * what became of each, its time against its target — with choices, captured values
 * (as logged: redacted ones stay redacted) and notes under each, then how it ended.
 * Works from the log alone; the script, when there is one, adds titles and targets.
 */

import { formatClock } from '../i18n/durations.js';
import { translatorFor } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import type { LoggedEvent, SessionHeader } from '../log/read/types.js';
import type { Script } from '../script/types.js';
import { showInvisible } from '../text/invisible.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';
import { displayWidth, padEnd } from '../view/index.js';
import { skipReasonLabel, stageName } from '../view/record-words.js';
import { localLine, variableValues } from '../view/script-text.js';
import { sessionLocale, stepLabel } from './frames.js';
import { pathFromEvents, type Remark } from './path.js';

export interface TimelineInput {
  readonly start: SessionHeader;
  readonly events: readonly LoggedEvent[];
  /** The script snapshot; without it steps show their ids and targets are unknown. */
  readonly script?: Script;
  /** Locale of the timeline's words (the script's text stays in the session's locale). */
  readonly locale: Locale;
  /** For a log without an end line: required steps left, when a re-drive could tell. */
  readonly unreached?: readonly string[];
}

const INDENT = '    ';

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === cells.length - 1 ? cell : padEnd(cell, widths[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

export function renderTimeline(input: TimelineInput): string[] {
  const { start, script } = input;
  const t = translatorFor(input.locale);
  const scriptLocale = sessionLocale(start);
  const path = pathFromEvents(input.events);
  const title = (id: string) => (script ? stepLabel(script, scriptLocale, id) : sanitizeLine(id));
  const stageOf = (stage: string | undefined) => (stage ? stageName(stage, t) : '–');
  const clock = (ms: number | undefined) =>
    ms === undefined ? t('replay.timeline.unknownTime') : formatClock(ms, input.locale);
  const target = (id: string) => {
    const step = script?.steps.find((s) => s.id === id);
    return clock(step ? step.targetMs : undefined);
  };
  const optionLabel = (stepId: string, option: string) => {
    const step = script?.steps.find((s) => s.id === stepId);
    const found = step?.options?.find((o) => o.id === option);
    const context = script && { script, locale: scriptLocale, values: variableValues(script) };
    return (context && found && localLine(context, found.label)) || sanitizeLine(option);
  };
  const remarkLines = (remark: Remark) => {
    if (remark.kind === 'capture') {
      return [
        t('replay.timeline.capture', {
          name: sanitizeLine(remark.name ?? ''),
          value: sanitizeLine(remark.text),
        }),
      ];
    }
    const [first = '', ...rest] = sanitizeText(remark.text).split('\n');
    const label = t('replay.timeline.note', { text: first });
    const hang = ' '.repeat(Math.max(0, displayWidth(label) - displayWidth(first)));
    return [label, ...rest.map((line) => hang + line)];
  };

  const rows: string[][] = [];
  const details: string[][] = [];
  const lastVisit = new Map(path.visits.map((visit, i) => [visit.step, i]));
  const orphan: Remark[] = [];
  const remarksAt = new Map<number, Remark[]>();
  for (const remark of path.remarks) {
    const at = lastVisit.get(remark.step);
    if (at === undefined) orphan.push(remark);
    else remarksAt.set(at, [...(remarksAt.get(at) ?? []), remark]);
  }
  path.visits.forEach((visit, i) => {
    const result =
      visit.result === 'done'
        ? t('replay.timeline.done')
        : visit.result === 'skipped'
          ? t('replay.timeline.skipped')
          : t('replay.timeline.unfinished');
    const time = t('replay.timeline.time', { time: clock(visit.ms), target: target(visit.step) });
    rows.push([String(i + 1), title(visit.step), stageOf(visit.stage), result, time]);
    const lines: string[] = [];
    if (visit.result === 'skipped') {
      lines.push(t('replay.timeline.reason', { reason: skipReasonLabel(visit.reason ?? '', t) }));
    }
    if (visit.choice !== undefined) {
      lines.push(t('replay.timeline.choice', { option: optionLabel(visit.step, visit.choice) }));
    }
    for (const remark of remarksAt.get(i) ?? []) lines.push(...remarkLines(remark));
    details.push(lines);
  });
  const unreached = path.end ? path.end.unreached : (input.unreached ?? []);
  for (const id of unreached) {
    const stage = script?.steps.find((s) => s.id === id)?.stage;
    rows.push(['–', title(id), stageOf(stage), t('replay.timeline.unreached'), '']);
    details.push([]);
  }

  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(0, ...rows.map((cells) => displayWidth(cells[column] ?? ''))),
  );
  const scriptTitle =
    (script && localLine({ script, locale: scriptLocale, values: new Map() }, script.title)) ||
    sanitizeLine(start.script.id);
  const startedAt = new Intl.DateTimeFormat(input.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(start.startedAt);
  const out = [
    t('replay.timeline.heading', { script: scriptTitle, session: sanitizeLine(start.session) }),
    t('replay.timeline.meta', {
      agent: sanitizeLine(showInvisible(start.agent)),
      locale: sanitizeLine(start.locale),
      start: startedAt,
    }),
    '',
  ];
  rows.forEach((cells, i) => {
    out.push(row(cells, widths));
    const pad = ' '.repeat((widths[0] ?? 0) + 2);
    for (const line of details[i] ?? []) out.push(`${pad}${INDENT}${line}`.trimEnd());
  });
  if (orphan.length > 0) {
    out.push('', t('replay.timeline.otherRemarks'));
    for (const remark of orphan) {
      out.push(...remarkLines(remark).map((line) => `${INDENT}${title(remark.step)}: ${line}`));
    }
  }
  out.push('', ...closing(input, path.end, path.lastAt, t));
  return out;
}

function closing(
  input: TimelineInput,
  end: ReturnType<typeof pathFromEvents>['end'],
  lastAt: number | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
): string[] {
  const status = end?.status === 'completed' || end?.status === 'aborted' ? end.status : undefined;
  const ms = end ? end.ms : Math.max(0, (lastAt ?? input.start.startedAt) - input.start.startedAt);
  const outcome = end?.outcome
    ? t(`screen.outcomes.${end.outcome}`, { defaultValue: sanitizeLine(String(end.outcome)) })
    : undefined;
  return [
    t('replay.timeline.status', {
      status: t(`replay.timeline.statuses.${status ?? 'interrupted'}`),
    }),
    outcome ? t('replay.timeline.outcome', { outcome }) : t('replay.timeline.noOutcome'),
    t('replay.timeline.duration', { time: formatClock(ms, input.locale) }),
  ].map(sanitizeLine);
}
