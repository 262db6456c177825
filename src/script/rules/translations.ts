/**
 * What translators get wrong in practice: a text left in the source language, a
 * `{{variable}}` dropped or added, a question that is no longer a question.
 */
import { type Issue, warning } from '../issues.js';
import { variablesIn } from '../text/placeholders.js';
import type { RuleContext } from './context.js';
import { listed } from './listed.js';
import { forEachTranslation, translationPath } from './translation-pairs.js';

/** Shown in a message where a list of variables is empty. */
const NONE = '—';

/**
 * A translation identical to its source is probably untranslated. Texts that are
 * rightly the same everywhere are left alone: short ones, numbers and placeholders,
 * names and codes (no lowercase letter), and single words (Laptop, Hotline, Online).
 */
export function sameAsSource(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  forEachTranslation(ctx, (pair) => {
    if (pair.text !== pair.source || !worthTranslating(pair.text)) return;
    issues.push(
      warning('TRANSLATION_SAME_AS_SOURCE', translationPath(pair), {
        language: pair.locale,
        source: ctx.draft.source,
      }),
    );
  });
  return issues;
}

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const PLACEHOLDER = /\{\{\w+\}\}/g;
export const MIN_LETTERS = 4;

/** Only for a text equal to its source, which is rare: regexes are affordable here. */
function worthTranslating(text: string): boolean {
  const words = text.replace(PLACEHOLDER, ' ').split(/\s+/);
  let letters = 0;
  let wordsWithLetters = 0;
  let lowercase = false;
  for (const word of words) {
    let hasLetter = false;
    for (const char of word) {
      if (!LETTER.test(char)) continue;
      letters++;
      hasLetter = true;
      if (!lowercase && LOWERCASE.test(char)) lowercase = true;
    }
    if (hasLetter) wordsWithLetters++;
  }
  return letters >= MIN_LETTERS && lowercase && wordsWithLetters >= 2;
}

/** Every translation uses the same variables as its source, no more, no fewer. */
export function translationVariables(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  forEachTranslation(ctx, (pair) => {
    if (!pair.source.includes('{{') && !pair.text.includes('{{')) return;
    const inSource = variablesIn(pair.source);
    const inText = variablesIn(pair.text);
    const missing = inSource.filter((name) => !inText.includes(name));
    const extra = inText.filter((name) => !inSource.includes(name));
    if (missing.length === 0 && extra.length === 0) return;
    issues.push(
      warning('TRANSLATION_VARIABLES', translationPath(pair), {
        language: pair.locale,
        missing: missing.length > 0 ? listed(missing) : NONE,
        extra: extra.length > 0 ? listed(extra) : NONE,
      }),
    );
  });
  return issues;
}

/**
 * The end of a sentence survives translation: a question stays a question (what
 * matters most on a call), and a sentence still ends as one — with the full stop of
 * its own script, so the Bengali dari `।` counts as one.
 */
export function translationPunctuation(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  forEachTranslation(ctx, (pair) => {
    const { source, text } = pair;
    // Most texts end with the same character as their source: nothing to look at.
    const last = source.charCodeAt(source.length - 1);
    if (last === text.charCodeAt(text.length - 1) && last > 32 && !CLOSING_CODES.has(last)) return;
    const expected = lastMark(source);
    const found = lastMark(text);
    // An empty text is reported as such.
    if (expected === found || expected === '' || found === '') return;
    const sourceEnds = SENTENCE_END.has(expected);
    const textEnds = SENTENCE_END.has(found);
    if (QUESTION.has(expected) ? QUESTION.has(found) : sourceEnds === textEnds) return;
    issues.push(
      warning('TRANSLATION_PUNCTUATION', translationPath(pair), {
        language: pair.locale,
        sourceEnd: expected,
        textEnd: found,
      }),
    );
  });
  return issues;
}

const QUESTION = new Set(['?', '？']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '।', '॥', '。', '！', '？']);
/** Closing quotes and brackets after the final mark: `"Ready?"` ends with `?`. */
const CLOSING = new Set(['"', "'", '”', '’', '»', '«', '“', '„', ')', ']', '）']);
const CLOSING_CODES = new Set([...CLOSING].map((char) => char.charCodeAt(0)));

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ZWJ = '\u200d';
/** What joins the character before it: a mark, a joiner, a variation selector, a skin tone, a flag's half, a tag. */
const JOINS =
  /^(?:\p{M}|\u200c|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|[\u{1f1e6}-\u{1f1ff}]|[\u{e0020}-\u{e007f}])$/u;
/** Longer than any character a reader sees as one (an emoji sequence, a letter and its marks). */
const LONGEST_GRAPHEME = 32;

/**
 * The last character, as a reader sees one (a letter with its vowel sign or accent,
 * an emoji), that is neither white space nor a closing quote or bracket.
 */
function lastMark(text: string): string {
  let end = text.length;
  while (end > 0) {
    const char = text[end - 1] as string;
    if (char.trim() !== '' && !CLOSING.has(char)) break;
    end--;
  }
  if (end === 0) return '';
  const code = text.charCodeAt(end - 1);
  // A letter outside the Basic Multilingual Plane (an emoji) is two code units.
  const start = code >= 0xdc00 && code <= 0xdfff && end > 1 ? end - 2 : end - 1;
  const char = text.slice(start, end);
  // Most texts end with a character that stands alone: segmenting is the slow path.
  if (!JOINS.test(char) && text[start - 1] !== ZWJ) return char;
  let last = '';
  for (const { segment } of GRAPHEMES.segment(text.slice(Math.max(0, end - LONGEST_GRAPHEME), end)))
    last = segment;
  return last;
}
