/**
 * The middle of the screen: what the agent says, asks, checks and chooses on the
 * current step, or what to do once the script has run its course.
 */
import type { Step } from '../script/types.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';
import { hanging, paragraph } from './layout.js';
import {
  localLine,
  localList,
  localText,
  placeholder,
  type TextContext,
  variableLabel,
} from './script-text.js';
import { type Paint, paint } from './theme.js';
import type { Translate } from './translate.js';
import type { ScreenView } from './view.js';

/** Keys 1-9 pick items; later ones are shown without a number. */
const keyNumber = (index: number) => (index < 9 ? String(index + 1) : ' ');

function list(
  label: string,
  prefixes: string[],
  items: string[],
  columns: number,
  paints: Paint[],
) {
  const lines = paragraph(label, columns, paint.label);
  items.forEach((item, i) => {
    const itemPaint = paints[i] ?? paint.plain;
    lines.push(...hanging(prefixes[i] ?? '  ', item, columns, itemPaint, itemPaint));
  });
  return lines;
}

function captureLine(view: ScreenView, step: Step, context: TextContext, t: Translate): string[] {
  if (!step.capture) return [];
  const value = context.values.get(step.capture);
  const text =
    value === undefined || value.trim() === ''
      ? t('screen.capture.missing', { variable: placeholder(context, step.capture), key: 'c' })
      : t('screen.capture.captured', {
          variable: variableLabel(context, step.capture),
          value,
          key: 'c',
        });
  return paragraph(text, view.columns, paint.label);
}

export function renderStep(view: ScreenView, step: Step, context: TextContext, t: Translate) {
  const columns = view.columns;
  const stage = t(`screen.stages.${step.stage}`);
  const title = localLine(context, step.title);
  const lines = paragraph(title ? `${stage} · ${title}` : stage, columns, paint.title);
  for (const field of ['say', 'ask'] as const) {
    const text = localText(context, step[field]);
    if (text)
      lines.push(
        ...hanging(`${t(`screen.labels.${field}`)}  `, text, columns, paint.say, paint.label),
      );
  }
  const tips = localList(context, step.tips);
  if (tips.length > 0) {
    lines.push(
      ...list(
        t('screen.labels.tips'),
        tips.map(() => '  • '),
        tips,
        columns,
        [],
      ),
    );
  }
  const checklist = localList(context, step.checklist);
  if (checklist.length > 0) {
    const ticked = new Set(view.state.checked[step.id] ?? []);
    // On a choice step the number keys choose: the checklist is a reminder there.
    const tickable = !step.options?.length;
    const prefixes = checklist.map((_, i) =>
      tickable ? `  [${ticked.has(i) ? 'x' : ' '}] ${keyNumber(i)} ` : '  • ',
    );
    const paints = checklist.map((_, i) => (ticked.has(i) ? paint.ticked : paint.plain));
    lines.push(...list(t('screen.labels.checklist'), prefixes, checklist, columns, paints));
  }
  const options = step.options ?? [];
  if (options.length > 0) {
    const chosen = view.state.choices[step.id];
    const labels = options.map(
      (option) => localLine(context, option.label) || sanitizeLine(option.id),
    );
    const prefixes = options.map((o, i) => `${o.id === chosen ? '▸' : ' '} ${keyNumber(i)} `);
    const paints = options.map((o) => (o.id === chosen ? paint.chosen : paint.plain));
    lines.push(...list(t('screen.labels.options'), prefixes, labels, columns, paints));
  }
  lines.push(...captureLine(view, step, context, t));
  for (const note of view.state.notes) {
    if (note.step !== step.id) continue;
    const text = sanitizeText(note.text).trim();
    if (text)
      lines.push(...hanging(`${t('screen.labels.note')}  `, text, columns, paint.dim, paint.label));
  }
  return lines;
}

/** Wrap-up and after the end: no step, only what to do next. */
export function renderNoStep(view: ScreenView, t: Translate): string[] {
  const key = view.state.status === 'ended' ? 'screen.endedBody' : 'screen.wrapupBody';
  return paragraph(t(key, { end: 'e', back: 'b' }), view.columns, paint.plain);
}
