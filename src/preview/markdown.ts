/**
 * The preview as GitHub-flavoured Markdown: a heading per stage, a list per step.
 * Script text is data: every character Markdown would read as syntax (links,
 * emphasis, inline HTML, a list or heading at the start of a line) is escaped.
 */
import type { Outline, PreviewStep, PreviewText, Segment } from './model.js';
import { plainText as plain, type Words } from './words.js';

const INLINE = /[\\`*_[\]<>|~&]/g;
const LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Text that renders as itself: no links, no HTML, no emphasis. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const escaped = line.replace(INLINE, (ch) => `\\${ch}`);
      return escaped.replace(LINE_START, (_m, space: string, lead: string) =>
        /^\d/.test(lead) ? `${space}${lead.slice(0, -1)}\\${lead.slice(-1)}` : `${space}\\${lead}`,
      );
    })
    .join('\n');
}

/**
 * A placeholder as a code span: it stands out, works inside a word (emphasis would
 * not), and nothing in a code span is read as Markdown or HTML. Backticks, the one
 * character that could end it early, are left out.
 */
export const placeholderMarkdown = (label: string) => `\`‹${label.replaceAll('`', '')}›\``;

function segment(s: Segment): string {
  if (s.kind === 'text') return escapeMarkdown(s.text);
  return s.value !== undefined ? escapeMarkdown(s.value) : placeholderMarkdown(s.label);
}

/**
 * One text as one Markdown paragraph: its lines joined by hard breaks and indented
 * to stay inside their list item; blank lines go, as they would end the item.
 */
function text(value: PreviewText, indent: string): string {
  return value.segments
    .map(segment)
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}

export function renderMarkdown(outline: Outline, words: Words): string {
  const md = (value: string) => escapeMarkdown(value);
  const out: string[] = [];
  out.push(`# ${text(outline.title, '')}`, '', md(words.meta(outline)));
  const fallback = words.fallback(outline);
  if (fallback) out.push('', `> ${md(fallback)}`);

  if (outline.variables.length > 0) {
    out.push('', `## ${md(words.t('preview.variables.heading'))}`, '');
    for (const variable of outline.variables) {
      const notes = words.variableNotes(variable).map(md);
      out.push(
        `- ${placeholderMarkdown(variable.label)} \`{{${variable.name}}}\`${notes.length ? ` · ${notes.join(' · ')}` : ''}`,
      );
    }
  }

  for (const stage of outline.stages) {
    out.push('', `## ${md(words.stage(stage.stage))}`, '');
    for (const step of stage.steps) out.push(...stepLines(step));
  }
  return `${out.join('\n')}\n`;

  function stepLines(step: PreviewStep): string[] {
    const lines: string[] = [];
    const marks = words.marks(step).map((m) => ` · _${md(m)}_`);
    lines.push(
      `- **${md(`${words.number(step.number)}.`)} ${text(step.title, '  ')}**${marks.join('')}`,
    );
    for (const field of ['say', 'ask'] as const) {
      const value = step[field];
      if (value) lines.push(`  - **${md(words.field(field))}:** ${text(value, '    ')}`);
    }
    const list = (label: string, items: readonly string[]) => {
      if (items.length === 0) return;
      lines.push(`  - **${md(label)}:**`);
      for (const item of items) lines.push(`    - ${item}`);
    };
    list(
      words.field('tips'),
      step.tips.map((tip) => text(tip, '      ')),
    );
    list(
      words.field('checklist'),
      step.checklist.map((item) => `[ ] ${text(item, '      ')}`),
    );
    list(
      words.field('options'),
      step.options.map((o) => `${text(o.label, '      ')} ${md(words.destination(o.to, plain))}`),
    );
    if (step.capture) {
      lines.push(
        `  - **${md(words.t('preview.labels.capture'))}:** ${placeholderMarkdown(step.capture.label)}`,
      );
    }
    if (step.then) {
      lines.push(
        `  - **${md(words.t('preview.labels.then'))}:** ${md(words.destination(step.then, plain))}`,
      );
    }
    return lines;
  }
}
