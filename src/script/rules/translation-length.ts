/**
 * What the agent reads aloud (`say`, `ask`) keeps about the length of its source in
 * every language: a translation under 60 % or over twice as long has most likely
 * lost or gained a sentence, while faithful ones stay well inside those bounds.
 * Short texts vary too much to judge and are left alone.
 *
 * Length is counted in letters as a reader sees them: white space is not counted,
 * nor the vowel signs and other combining marks that join a letter. Bengali writes
 * in fewer such letters than Latin scripts (about two thirds, measured on the
 * shipped scripts), so a Bengali letter counts one and a half.
 */
import { type Issue, warning } from '../issues.js';
import type { RuleContext } from './context.js';
import type { TextField } from './text-fields.js';
import { forEachTranslation, translationPath } from './translation-pairs.js';

export const MIN_RATIO = 0.6;
export const MAX_RATIO = 2;
/** Below this length (of the longer text) the ratio is not judged. */
export const MIN_LENGTH = 60;

export function translationLength(ctx: RuleContext): Issue[] {
  const spoken: TextField[] = [];
  for (const field of ctx.texts) {
    const key = field.path[2];
    if (field.step !== undefined && field.path.length === 3 && (key === 'say' || key === 'ask')) {
      spoken.push(field);
    }
  }
  const issues: Issue[] = [];
  // Locales of one text follow each other: its source is measured once.
  let measured = '';
  let source = 0;
  forEachTranslation(
    ctx,
    (pair) => {
      if (pair.source !== measured) {
        measured = pair.source;
        source = textLength(measured);
      }
      const text = textLength(pair.text);
      if (Math.max(source, text) < MIN_LENGTH || source === 0) return;
      const ratio = text / source;
      if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) return;
      issues.push(
        warning('TRANSLATION_LENGTH', translationPath(pair), {
          language: pair.locale,
          percent: Math.round(ratio * 100),
        }),
      );
    },
    spoken,
  );
  return issues;
}

/** Letters as seen, in halves so that a Bengali letter can weigh one and a half. */
export function textLength(text: string): number {
  let halves = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || isJoining(code)) continue;
    halves += code >= 0x0980 && code <= 0x09ff ? 3 : 2;
  }
  return halves / 2;
}

/** Marks drawn on or beside the letter before them, and the second half of a surrogate pair. */
function isJoining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics (decomposed Czech, Polish)
    (code >= 0x0981 && code <= 0x0983) || // Bengali candrabindu, anusvara, visarga
    code === 0x09bc || // nukta
    (code >= 0x09be && code <= 0x09cd) || // vowel signs and virama
    code === 0x09d7 ||
    (code >= 0x09e2 && code <= 0x09e3) ||
    code === 0x200c ||
    code === 0x200d || // zero-width (non-)joiner
    code === 0xfe0f || // emoji presentation
    (code >= 0xdc00 && code <= 0xdfff)
  );
}
