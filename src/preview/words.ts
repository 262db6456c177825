/**
 * The preview's own words, shared by its writers: the headings and labels come
 * from the screen's vocabulary where it has them (stages, Say, Ask, Tips…), the
 * rest from the `preview` section of the locale files.
 */

import { formatClock } from '../i18n/durations.js';
import type { Stage } from '../script/types.js';
import type { Destination, Outline, PreviewStep, PreviewText, PreviewVariable } from './model.js';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type Field = 'say' | 'ask' | 'tips' | 'checklist' | 'options';

/** Flattens a text: placeholders as `‹label›`, or their --var value. */
export function plainText(text: PreviewText, placeholder = (label: string) => `‹${label}›`) {
  return text.segments
    .map((s) => (s.kind === 'text' ? s.text : (s.value ?? placeholder(s.label))))
    .join('');
}

export interface Words {
  readonly t: Translate;
  stage(stage: Stage): string;
  field(field: Field): string;
  number(n: number): string;
  /** `required · target 00:15`, as separate parts. */
  marks(step: PreviewStep): string[];
  /** `→ next step`, `→ end of call`, `→ 4. Find the need`, `→ back to 4. Find the need`; `step` is the target's name as the writer shows it. */
  destination(to: Destination, step: (title: PreviewText) => string): string;
  language(code: string): string;
  /** The header line: id, version, language. */
  meta(outline: Outline): string;
  /** Said once when some texts are shown in the source locale; undefined when none are. */
  fallback(outline: Outline): string | undefined;
  /** `default: Aurora · personal data · typed in at step 2` */
  variableNotes(variable: PreviewVariable): string[];
}

export function wordsFor(locale: string, t: Translate): Words {
  const numbers = new Intl.NumberFormat(locale, { useGrouping: false });
  let names: Intl.DisplayNames | undefined;
  const language = (code: string) => {
    try {
      names ??= new Intl.DisplayNames([locale], { type: 'language' });
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const number = (n: number) => numbers.format(n);
  return {
    t,
    stage: (stage) => t(`screen.stages.${stage}`),
    field: (field) => t(`screen.labels.${field}`),
    number,
    marks(step) {
      const marks: string[] = [];
      if (step.required) marks.push(t('preview.marks.required'));
      if (step.targetMs !== undefined) {
        marks.push(
          t('preview.marks.target', { time: formatClock(step.targetMs, locale as never) }),
        );
      }
      return marks;
    },
    destination(to, step) {
      if (to.kind === 'following') return t('preview.to.following');
      if (to.kind === 'end') return t('preview.to.end');
      const name = `${number(to.number)}. ${step(to.title)}`;
      return t(to.back ? 'preview.to.back' : 'preview.to.step', { step: name });
    },
    language,
    meta(outline) {
      const parts = [t('preview.meta.id', { id: outline.id })];
      if (outline.version) parts.push(t('preview.meta.version', { version: outline.version }));
      parts.push(language(outline.locale));
      return parts.join(' · ');
    },
    fallback(outline) {
      if (outline.fallbacks === 0) return undefined;
      return t('preview.fallback', {
        count: outline.fallbacks,
        language: language(outline.locale),
        source: language(outline.source),
      });
    },
    variableNotes(variable) {
      const notes: string[] = [];
      if (variable.value !== undefined) {
        notes.push(t('preview.variables.filled', { value: variable.value }));
      }
      if (variable.default !== undefined) {
        notes.push(t('preview.variables.default', { value: variable.default }));
      }
      if (variable.builtin) notes.push(t('preview.variables.builtin'));
      if (variable.capturedAt !== undefined) {
        notes.push(t('preview.variables.captured', { step: number(variable.capturedAt) }));
      }
      if (variable.pii) notes.push(t('preview.variables.pii'));
      return notes;
    },
  };
}
