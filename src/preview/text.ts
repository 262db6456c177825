/**
 * The preview for a terminal: every line wrapped to the window by display width
 * (Bengali vowel signs take their own column), continuation lines hung under
 * their text, colour only through the given chalk instance.
 */
import type { ChalkInstance } from 'chalk';
import { displayWidth } from '../text/width.js';
import { wrapLines } from '../text/wrap.js';
import type { Outline, PreviewStep, PreviewText } from './model.js';
import { plainText, type Words } from './words.js';

const NO_BREAK_SPACE = '\u00a0';
const PLACEHOLDER = /‹[^›]*›/g;

type Paint = (text: string) => string;

export interface TextOptions {
  readonly columns: number;
  readonly chalk: ChalkInstance;
}

/** `‹label›` kept on one line. */
const placeholder = (label: string) => `‹${label.replaceAll(' ', NO_BREAK_SPACE)}›`;
const flat = (text: PreviewText) => plainText(text, placeholder);

export function renderText(outline: Outline, words: Words, options: TextOptions): string {
  const columns = Math.max(20, Math.floor(options.columns));
  const c = options.chalk;
  const mark: Paint = (line) =>
    line.includes('‹') ? line.replace(PLACEHOLDER, (m) => c.inverse(m)) : line;
  const plain: Paint = (text) => text;

  /** `prefix` at `indent`, the text after it, continuation lines under the text. */
  const hang = (
    indent: number,
    prefix: string,
    text: string,
    paintText: Paint,
    paintPrefix: Paint = plain,
  ) => {
    const lead = ' '.repeat(indent);
    const prefixWidth = indent + displayWidth(prefix);
    if (prefix !== '' && prefixWidth > columns / 2) {
      return [
        ...wrapLines(prefix, () => columns - indent).map((l) => lead + paintPrefix(l)),
        ...wrapLines(text, () => columns - indent - 2).map((l) => `${lead}  ${paintText(mark(l))}`),
      ];
    }
    const under = ' '.repeat(prefixWidth);
    return wrapLines(text, () => columns - prefixWidth).map((l, i) =>
      i === 0 ? lead + paintPrefix(prefix) + paintText(mark(l)) : under + paintText(mark(l)),
    );
  };

  const out: string[] = [];
  out.push(...hang(0, '', flat(outline.title), c.bold));
  out.push(...hang(0, '', words.meta(outline), c.dim));
  const fallback = words.fallback(outline);
  if (fallback) out.push(...hang(0, '! ', fallback, c.yellow, c.yellow));

  const heading = (text: string) => {
    out.push('');
    const lines = hang(0, '', text, c.bold.cyan);
    const last = lines.at(-1) ?? '';
    const room = columns - displayWidth(last) - 1;
    if (room >= 2) lines[lines.length - 1] = `${last} ${c.dim('─'.repeat(room))}`;
    out.push(...lines);
  };

  if (outline.variables.length > 0) {
    heading(words.t('preview.variables.heading'));
    for (const variable of outline.variables) {
      const notes = [`{{${variable.name}}}`, ...words.variableNotes(variable)].join(' · ');
      out.push(...hang(2, '', `${placeholder(variable.label)} ${notes}`, plain));
    }
  }

  for (const stage of outline.stages) {
    heading(words.stage(stage.stage));
    for (const step of stage.steps) out.push('', ...stepLines(step));
  }
  return `${out.join('\n')}\n`;

  function stepLines(step: PreviewStep): string[] {
    const lines: string[] = [];
    const number = `${words.number(step.number)}. `;
    const head = [flat(step.title), ...words.marks(step)].join(' · ');
    lines.push(...hang(2, number, head, c.bold, c.bold));
    const indent = 2 + displayWidth(number);
    for (const field of ['say', 'ask'] as const) {
      const text = step[field];
      if (text) lines.push(...hang(indent, `${words.field(field)}  `, flat(text), c.bold, c.cyan));
    }
    const list = (label: string, items: readonly string[], bullet: string) => {
      if (items.length === 0) return;
      lines.push(...hang(indent, '', label, c.cyan));
      for (const item of items) lines.push(...hang(indent + 2, bullet, item, plain, c.dim));
    };
    list(words.field('tips'), step.tips.map(flat), '• ');
    list(words.field('checklist'), step.checklist.map(flat), '☐ ');
    list(
      words.field('options'),
      step.options.map((o) => `${flat(o.label)} ${words.destination(o.to, flat)}`),
      '▸ ',
    );
    if (step.capture) {
      const label = `${words.t('preview.labels.capture')}  `;
      lines.push(...hang(indent, label, placeholder(step.capture.label), plain, c.cyan));
    }
    if (step.then) {
      const label = `${words.t('preview.labels.then')}  `;
      lines.push(...hang(indent, label, words.destination(step.then, flat), c.magenta, c.cyan));
    }
    return lines;
  }
}
